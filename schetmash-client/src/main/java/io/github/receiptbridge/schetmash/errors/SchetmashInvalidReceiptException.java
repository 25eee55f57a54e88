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

  private final boolean detectedLocally;

  private SchetmashInvalidReceiptException(int httpStatus, String apiMessage, boolean detectedLocally) {
    super(
        httpStatus,
        9,
        apiMessage,
        detectedLocally ? "Nothing was sent; fix the receipt data" : "Fix the receipt data; nothing was stored");
    this.detectedLocally = detectedLocally;
  }

  /** The error as answered by the service. */
  public SchetmashInvalidReceiptException(int httpStatus, String apiMessage) {
    this(httpStatus, apiMessage, false);
  }

  /** The same error found by the client before sending; {@code httpStatus()} is 0. */
  public static SchetmashInvalidReceiptException local(String apiMessage) {
    return new SchetmashInvalidReceiptException(0, apiMessage, true);
  }

  /** Whether the client found the problem itself and sent nothing. */
  public boolean isDetectedLocally() {
    return detectedLocally;
  }
}
