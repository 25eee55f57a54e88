package io.github.receiptbridge.app.serve;

/** The console named an organization key that is not in the configuration. */
public final class UnknownOrganizationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** {@code key} is not configured. */
  public UnknownOrganizationException(String key) {
    super("no organization '" + key + "' is configured");
  }
}
