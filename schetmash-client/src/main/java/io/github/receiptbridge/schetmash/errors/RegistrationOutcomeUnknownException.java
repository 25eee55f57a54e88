package io.github.receiptbridge.schetmash.errors;

/**
 * A registration got no usable answer even after the retries (timeouts, dropped connections, 5xx pages), so the
 * receipt may or may not be stored. Repeating the registration with the same {@link #externalId()} is safe: the
 * service answers a known {@code external_id} with the first receipt's id. Or look it up with {@code
 * reportByExternalId}.
 */
public final class RegistrationOutcomeUnknownException extends SchetmashException {
  private static final long serialVersionUID = 1L;

  private final String externalId;

  /** The outcome of registering {@code externalId} is unknown; {@code cause} is the last failure. */
  public RegistrationOutcomeUnknownException(String externalId, SchetmashException cause) {
    super(
        "Registration of external_id " + externalId + " has an unknown outcome: " + cause.getMessage()
            + ". Repeat it with the same external_id, or look it up by external_id",
        cause);
    this.externalId = externalId;
  }

  /** The {@code external_id} whose registration has an unknown outcome. */
  public String externalId() {
    return externalId;
  }

  @Override
  public boolean isRetrySafe() {
    return true;
  }
}
