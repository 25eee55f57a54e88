package io.github.receiptbridge.schetmash.errors;

/**
 * Code 4 «Не валидный токен» / «Используется старый токен»: the token is missing, expired or replaced by a newer one.
 * The client handles it by fetching a token and repeating the call once; this is thrown only when that did not help.
 *
 * @since 0.1.0
 */
public final class SchetmashInvalidTokenException extends SchetmashApiException {
  private static final long serialVersionUID = 1L;

  /**
   * The error as answered by the service.
   *
   * @param httpStatus the HTTP status of the answer (this API sends most business errors with 200)
   * @param apiMessage the {@code message} of the answer's body, verbatim
   */
  public SchetmashInvalidTokenException(int httpStatus, String apiMessage) {
    super(httpStatus, 4, apiMessage, "The client already fetched a fresh token and repeated the call once; "
        + "another process may keep rotating the token of the same credentials");
  }

  @Override
  public boolean isRetrySafe() {
    return true;
  }
}
