package io.github.receiptbridge.schetmash.errors;

/**
 * Code 9 «Некорректные данные в чеке»: the receipt breaks a rule of the service. The message carries the service's
 * detail text, for example «Некорректные данные в чеке, Пустой массив `items`». Thrown either by the service or,
 * with the same text and before anything is sent, by the client's own check of the same rules ({@link
 * #isDetectedLocally()}).
 *
 * @since 0.1.0
 */
public final class SchetmashInvalidReceiptException extends SchetmashApiException {
  private static final long serialVersionUID = 1L;

  /** Whether the client found the error itself and sent nothing. */
  private final boolean detectedLocally;

  private SchetmashInvalidReceiptException(int httpStatus, String apiMessage, boolean detectedLocally) {
    super(
        httpStatus,
        9,
        apiMessage,
        detectedLocally ? "Nothing was sent; fix the receipt data" : "Fix the receipt data; nothing was stored");
    this.detectedLocally = detectedLocally;
  }

  /**
   * The error as answered by the service.
   *
   * @param httpStatus the HTTP status of the answer (this API sends most business errors with 200)
   * @param apiMessage the {@code message} of the answer's body, verbatim
   */
  public SchetmashInvalidReceiptException(int httpStatus, String apiMessage) {
    this(httpStatus, apiMessage, false);
  }

  /**
   * The same error found by the client before sending; {@code httpStatus()} is 0.
   *
   * @param apiMessage the text the service would answer, such as «Некорректные данные в чеке, Пустой массив `items`»
   * @return the exception, which {@link #isDetectedLocally()} marks as the client's own finding
   */
  public static SchetmashInvalidReceiptException local(String apiMessage) {
    return new SchetmashInvalidReceiptException(0, apiMessage, true);
  }

  /**
   * Whether the client found the problem itself and sent nothing.
   *
   * @return {@code true} when nothing was sent; {@code false} when the service answered with the error
   */
  public boolean isDetectedLocally() {
    return detectedLocally;
  }
}
