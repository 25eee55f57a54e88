package io.github.receiptbridge.schetmash.errors;

/**
 * The service answered with a business error: a JSON body with {@code code} and {@code message}. Subclasses name
 * the known codes; this class itself stands for a code this SDK does not know.
 *
 * @since 0.1.0
 */
public class SchetmashApiException extends SchetmashException {
  private static final long serialVersionUID = 1L;

  private final int httpStatus;
  private final int apiCode;
  private final String apiMessage;

  /**
   * An API error.
   *
   * @param httpStatus the HTTP status (200 for most business errors of this API), 0 for an error the client found
   *     itself before sending
   * @param apiCode the {@code code} of the body
   * @param apiMessage the {@code message} of the body, verbatim
   * @param advice what the caller should do, appended to the message
   */
  public SchetmashApiException(int httpStatus, int apiCode, String apiMessage, String advice) {
    super(
        "Счетмаш API error code " + apiCode + (httpStatus == 0 ? " (found by the client, before sending)"
            : " (HTTP " + httpStatus + ")") + ": " + apiMessage
            + (advice.isEmpty() ? "" : ". " + advice),
        null);
    this.httpStatus = httpStatus;
    this.apiCode = apiCode;
    this.apiMessage = apiMessage;
  }

  /** The HTTP status of the answer; 0 when the client found the error itself and sent nothing. */
  public int httpStatus() {
    return httpStatus;
  }

  /** The API {@code code}. */
  public int apiCode() {
    return apiCode;
  }

  /** The API {@code message}, verbatim (Russian). */
  public String apiMessage() {
    return apiMessage;
  }

  @Override
  public boolean isRetrySafe() {
    return false;
  }
}
