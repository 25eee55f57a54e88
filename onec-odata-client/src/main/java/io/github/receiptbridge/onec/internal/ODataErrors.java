package io.github.receiptbridge.onec.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.receiptbridge.common.internal.BodySnippet;
import io.github.receiptbridge.onec.errors.OnecAccessDeniedException;
import io.github.receiptbridge.onec.errors.OnecApiException;
import io.github.receiptbridge.onec.errors.OnecAuthenticationException;
import io.github.receiptbridge.onec.errors.OnecBusinessException;
import io.github.receiptbridge.onec.errors.OnecDuplicateKeyException;
import io.github.receiptbridge.onec.errors.OnecEntitySetNotPublishedException;
import io.github.receiptbridge.onec.errors.OnecException;
import io.github.receiptbridge.onec.errors.OnecNotFoundException;
import io.github.receiptbridge.onec.errors.OnecQueryException;
import io.github.receiptbridge.onec.errors.OnecUnexpectedResponseException;
import io.github.receiptbridge.onec.errors.OnecUnknownFieldException;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns an error answer into a typed exception: the {@code odata.error} JSON body (code as a string), its Atom XML
 * form, or an HTML page from the web server.
 */
final class ODataErrors {
  private static final Pattern XML_CODE = Pattern.compile("<(?:m:)?code>([^<]*)</(?:m:)?code>");
  private static final Pattern XML_MESSAGE = Pattern.compile("<(?:m:)?message[^>]*>([^<]*)</(?:m:)?message>");

  private ODataErrors() {}

  /** The code and message of an error body, when it is one. */
  record Parsed(String code, String message) {}

  static Optional<Parsed> parse(ObjectMapper mapper, String body) {
    String trimmed = body.trim();
    if (trimmed.startsWith("{")) {
      try {
        JsonNode error = mapper.readTree(trimmed).path("odata.error");
        if (error.isObject()) {
          JsonNode message = error.path("message");
          String text = message.isObject() ? message.path("value").asText("") : message.asText("");
          return Optional.of(new Parsed(error.path("code").asText(""), text));
        }
      } catch (IOException e) {
        return Optional.empty();
      }
    } else if (trimmed.startsWith("<") && trimmed.contains("error")) {
      Matcher code = XML_CODE.matcher(trimmed);
      Matcher message = XML_MESSAGE.matcher(trimmed);
      if (code.find() && message.find()) {
        return Optional.of(new Parsed(code.group(1).trim(), message.group(1).trim()));
      }
    }
    return Optional.empty();
  }

  /**
   * The exception for an error answer.
   *
   * @param entitySet the entity set the request addressed, for the "not published" advice; null when none
   */
  static OnecException forAnswer(
      ObjectMapper mapper, String call, int status, String body, @Nullable String entitySet) {
    Optional<Parsed> parsed = parse(mapper, body);
    if (parsed.isEmpty()) {
      return withoutErrorBody(call, status, body, entitySet);
    }
    String code = parsed.get().code();
    String message = parsed.get().message();
    if ("20".equals(code)) {
      return new OnecAccessDeniedException(call, status, code, message);
    }
    if (status == 401) {
      return new OnecAuthenticationException(call, status, code, message);
    }
    switch (code) {
      case "9":
        return new OnecNotFoundException(call, status, code, message);
      case "14":
        return new OnecQueryException(call, status, code, message);
      case "6":
        return new OnecUnknownFieldException(call, status, code, message);
      case "15":
        return new OnecDuplicateKeyException(call, status, code, message);
      case "-1":
        return new OnecBusinessException(call, status, code, message);
      default:
        if (status == 404 && entitySet != null) {
          return new OnecEntitySetNotPublishedException(call, status, code, message, entitySet);
        }
        return new OnecApiException(call, status, code, message, "");
    }
  }

  private static OnecException withoutErrorBody(String call, int status, String body, @Nullable String entitySet) {
    boolean html = body.trim().startsWith("<");
    if (status == 401) {
      // the platform's 401 page is HTML boilerplate: the advice says more than its text
      return new OnecAuthenticationException(call, status, "",
          html || BodySnippet.of(body).isEmpty() ? "the user name or password was not accepted" : BodySnippet.of(body));
    }
    if (status == 404 && !html && entitySet != null) {
      return new OnecEntitySetNotPublishedException(call, status, "", BodySnippet.of(body), entitySet);
    }
    String reason = status == 404
        ? "the URL is not an OData service root, or the publication does not enable the standard OData interface "
            + "(default.vrd needs <standardOdata enable=\"true\"/>); check ONEC_ODATA_URL"
        : html ? "an HTML page from the web server" : "no odata.error body";
    return new OnecUnexpectedResponseException(call, status, BodySnippet.of(body), reason);
  }
}
