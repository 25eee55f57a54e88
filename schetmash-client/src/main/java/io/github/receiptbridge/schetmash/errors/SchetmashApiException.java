package io.github.receiptbridge.schetmash.errors;

/**
 * The service answered with a business error: a JSON body with {@code code} and {@code message}. Subclasses name
 * the known codes; this class itself stands for a code this SDK does not know.
 *
 * @since 0.1.0
 */
public class SchetmashApiException extends SchetmashException {
  private static final long serialVersionUID = 1L;

  /** The answer's HTTP status; 0 for an error the client found before sending. */
  private final int httpStatus;

  /** The {@code code} of the answer's body. */
  private final int apiCode;

  /** The {@code message} of the answer's body, verbatim. */
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

  /**
   * The HTTP status of the answer; 0 when the client found the error itself and sent nothing.
   *
   * @return the status, such as 200 or 400; 0 for an error found before sending
   */
  public int httpStatus() {
    return httpStatus;
  }

  /**
   * The API {@code code}.
   *
   * @return the code of the answer's body, which the subclasses name (1, 4 to 9); another number for a code this SDK
   *     does not know
   */
  public int apiCode() {
    return apiCode;
  }

  /**
   * The API {@code message}, verbatim (Russian).
   *
   * @return the message as the service wrote it
   */
  public String apiMessage() {
    return apiMessage;
  }

  @Override
  public boolean isRetrySafe() {
    return false;
  }
}
