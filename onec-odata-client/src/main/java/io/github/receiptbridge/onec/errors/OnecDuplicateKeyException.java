package io.github.receiptbridge.onec.errors;

/**
 * Code 15 (HTTP 400): a record with this key already exists; the old record was left unchanged.
 *
 * @since 0.1.0
 */
public final class OnecDuplicateKeyException extends OnecApiException {
  private static final long serialVersionUID = 1L;

  /** The error as answered by 1C. */
  public OnecDuplicateKeyException(String call, int httpStatus, String odataCode, String odataMessage) {
    super(call, httpStatus, odataCode, odataMessage,
        "Update it with PATCH on its key URL instead");
  }

  @Override
  public boolean isRetrySafe() {
    return false;
  }
}
