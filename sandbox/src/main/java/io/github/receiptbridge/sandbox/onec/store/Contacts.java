package io.github.receiptbridge.sandbox.onec.store;

/**
 * The contact information of a counterparty or natural person, each part optional.
 *
 * @param email   e-mail address, or {@code null}
 * @param phone   phone number as written, or {@code null}
 * @param address postal address, or {@code null}
 */
public record Contacts(String email, String phone, String address) {
  /** No contacts at all. */
  public static final Contacts NONE = new Contacts(null, null, null);
}
