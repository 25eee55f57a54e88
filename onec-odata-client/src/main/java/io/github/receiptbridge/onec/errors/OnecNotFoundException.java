package io.github.receiptbridge.onec.errors;

/**
 * Code 9 (HTTP 404): no entity has the key in the URL.
 *
 * @since 0.1.0
 */
public final class OnecNotFoundException extends OnecApiException {
  private static final long serialVersionUID = 1L;

  /** The error as answered by 1C. */
  public OnecNotFoundException(String call, int httpStatus, String odataCode, String odataMessage) {
    super(call, httpStatus, odataCode, odataMessage,
        "The object was deleted or the key is wrong");
  }

  @Override
  public boolean isRetrySafe() {
    return false;
  }
}
