package io.github.receiptbridge.schetmash.errors;

/**
 * A registration got no usable answer even after the retries (timeouts, dropped connections, 5xx pages), so the
 * receipt may or may not be stored. Repeating the registration with the same {@link #externalId()} is safe: the
 * service answers a known {@code external_id} in the same shop with the first receipt's id. (The lookup by {@code
 * external_id} searches every shop of the service, so it cannot tell whether this shop holds the receipt.)
 *
 * @since 0.1.0
 */
public final class SchetmashOutcomeUnknownException extends SchetmashException {
  private static final long serialVersionUID = 1L;

  /** The {@code external_id} of the registration whose outcome is unknown. */
  private final String externalId;

  /**
   * The outcome of registering {@code externalId} is unknown; {@code cause} is the last failure.
   *
   * @param externalId the {@code external_id} of the registration
   * @param cause the last failure, a transport failure or a 5xx answer
   */
  public SchetmashOutcomeUnknownException(String externalId, SchetmashException cause) {
    super(
        "Registration of external_id " + externalId + " has an unknown outcome: " + cause.getMessage()
            + ". Repeat it with the same external_id and body: the service then answers with the stored receipt's id",
        cause);
    this.externalId = externalId;
  }

  /**
   * The {@code external_id} whose registration has an unknown outcome.
   *
   * @return the key to repeat the registration with, together with the same body
   */
  public String externalId() {
    return externalId;
  }

  @Override
  public boolean isRetrySafe() {
    return true;
  }
}
