package io.github.receiptbridge.schetmash.internal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An HTTP answer whose body is a JSON object.
 *
 * @param call the method and path of the call, token redacted, for messages
 * @param httpStatus the HTTP status
 * @param json the body
 */
public record Answer(String call, int httpStatus, JsonNode json) {

  /** The body's {@code code} when the body has one and no {@code status}: the shape of a business error. */
  boolean isBusinessError() {
    return json.has("code") && !json.has("status") && !json.hasNonNull("token");
  }
}
