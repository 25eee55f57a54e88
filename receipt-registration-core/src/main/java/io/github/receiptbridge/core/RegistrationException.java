package io.github.receiptbridge.core;

/** Base of the exceptions the registration workflow throws itself (the clients' exceptions pass through). */
public abstract class RegistrationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An exception with a message that says what to do. */
  protected RegistrationException(String message, Throwable cause) {
    super(message, cause);
  }
}
