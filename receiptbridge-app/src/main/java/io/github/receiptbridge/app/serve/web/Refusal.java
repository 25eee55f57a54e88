package io.github.receiptbridge.app.serve.web;

/**
 * A request the console answers with an error page (or a JSON error) instead of its result: the status and a message
 * for the accountant, in Russian, that says what to do. Never carries a secret.
 */
final class Refusal extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  Refusal(int status, String message) {
    super(message);
    this.status = status;
  }

  /** The HTTP status. */
  int status() {
    return status;
  }

  /** 400: the request's {@code what} is wrong. */
  static Refusal badRequest(String what) {
    return new Refusal(400, what);
  }

  /** 404: nothing is at this address. */
  static Refusal notFound(String what) {
    return new Refusal(404, what);
  }
}
