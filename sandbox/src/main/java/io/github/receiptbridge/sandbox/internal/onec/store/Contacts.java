package io.github.receiptbridge.sandbox.internal.onec.store;

import io.github.receiptbridge.sandbox.ContactRow;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The contact information of a counterparty or natural person with at most one value of each kind, each part
 * optional: a shorthand for the usual case of {@link ContactRow} lists.
 *
 * @param email   e-mail address, or {@code null}
 * @param phone   phone number as written, or {@code null}
 * @param address postal address, or {@code null}
 */
record Contacts(@Nullable String email, @Nullable String phone, @Nullable String address) {
  /** No contacts at all. */
  public static final Contacts NONE = new Contacts(null, null, null);

  /** The rows in the order БП lists them on a new item's form: address, phone, e-mail. */
  public List<ContactRow> rows() {
    List<ContactRow> rows = new ArrayList<>(3);
    if (address != null) {
      rows.add(ContactRow.address(address));
    }
    if (phone != null) {
      rows.add(ContactRow.phone(phone));
    }
    if (email != null) {
      rows.add(ContactRow.email(email));
    }
    return List.copyOf(rows);
  }
}
