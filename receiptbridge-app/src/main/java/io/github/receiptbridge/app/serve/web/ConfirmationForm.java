package io.github.receiptbridge.app.serve.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The form of a confirmation about one document: its hidden fields (the form's organization and period, so the
 * table can be shown again, and the document's key), the box the operator must tick, and the way back.
 *
 * @param csrfToken the session's CSRF token
 * @param fields the hidden fields but the token
 * @param cancelLink the link back to the «Заполнить» table
 */
record ConfirmationForm(String csrfToken, List<HiddenField> fields, String cancelLink) {
  /** The form field that says the operator confirmed; it must be {@value #CONFIRMED}. */
  static final String CONFIRMED_FIELD = "confirmed";
  /** The value of the ticked box. */
  static final String CONFIRMED = "yes";

  /** The form of {@code session} about {@code document}, shown from the table of {@code input}. */
  static ConfirmationForm of(Session session, FormInput input, UUID document) {
    List<HiddenField> fields = new ArrayList<>(input.hiddenFields());
    fields.add(new HiddenField("document", document.toString()));
    return new ConfirmationForm(session.csrfToken(), List.copyOf(fields), input.tableLink());
  }

  /** Never shows the token. */
  @Override
  public String toString() {
    return "ConfirmationForm[" + fields + "]";
  }
}
