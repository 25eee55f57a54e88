package io.github.receiptbridge.schetmash.errors;

/**
 * Code 1 «Неверный логин или пароль» (HTTP 400): the login or password is empty or wrong.
 *
 * @since 0.1.0
 */
public final class SchetmashInvalidCredentialsException extends SchetmashApiException {
  private static final long serialVersionUID = 1L;

  /**
   * The error as answered by the service.
   *
   * @param httpStatus the HTTP status of the answer (this API sends most business errors with 200)
   * @param apiMessage the {@code message} of the answer's body, verbatim
   */
  public SchetmashInvalidCredentialsException(int httpStatus, String apiMessage) {
    super(httpStatus, 1, apiMessage,
        "Check SCHETMASH_LOGIN and SCHETMASH_PASSWORD (issued in the cabinet under API access)");
  }

  @Override
  public boolean isRetrySafe() {
    return false;
  }
}
