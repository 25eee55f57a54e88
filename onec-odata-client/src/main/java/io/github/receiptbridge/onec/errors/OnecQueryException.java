package io.github.receiptbridge.onec.errors;

/**
 * Code 14 (HTTP 400): 1C could not parse a query option such as {@code $filter}.
 *
 * @since 0.1.0
 */
public final class OnecQueryException extends OnecApiException {
  private static final long serialVersionUID = 1L;

  /** The error as answered by 1C. */
  public OnecQueryException(String call, int httpStatus, String odataCode, String odataMessage) {
    super(call, httpStatus, odataCode, odataMessage,
        "This is a bug of the query; report it with the decoded URL");
  }

  @Override
  public boolean isRetrySafe() {
    return false;
  }
}
