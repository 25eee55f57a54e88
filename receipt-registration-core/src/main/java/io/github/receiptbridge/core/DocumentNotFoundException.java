package io.github.receiptbridge.core;

import java.util.List;

/**
 * A document named for {@link ReceiptRegistrar#reissue} is not in the period, or a number matches several documents.
 * Raised before anything is sent or written; the message says which names and what to give instead.
 *
 * @since 0.1.0
 */
public final class DocumentNotFoundException extends RegistrationException {
  private static final long serialVersionUID = 1L;

  /** The numbers or keys that were not found, or that are ambiguous. */
  private final List<String> names;

  /**
   * The documents {@code names} could not be resolved; {@code message} says why.
   *
   * @param names the numbers or keys as the operator gave them
   * @param message why each could not be resolved, and what to give instead
   */
  public DocumentNotFoundException(List<String> names, String message) {
    super(message, null);
    this.names = List.copyOf(names);
  }

  /** Never: the names must be corrected first. */
  @Override
  public boolean isRetrySafe() {
    return false;
  }

  /**
   * The numbers or keys that were not found, or that are ambiguous.
   *
   * @return the names as given, in order
   */
  public List<String> names() {
    return names;
  }
}
