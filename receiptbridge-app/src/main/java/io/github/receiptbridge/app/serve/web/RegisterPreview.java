package io.github.receiptbridge.app.serve.web;

import io.github.receiptbridge.core.FillRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What «Приход» is about to do, shown before it starts ({@code registerPreview.jte}): how many receipts it will send
 * and their total, and the documents dated in the future or more than a month ago, which are usually a mistake in the
 * period or in 1C. Confirming posts the form to {@code /passes} with its CSRF token; «Отмена» leads back to the table.
 *
 * @param count how many receipts will be sent
 * @param total their total, as 1C shows an amount
 * @param today the day the warnings are counted from, as 1C shows it
 * @param futureCount how many documents are dated after today
 * @param future the first {@value #LISTED} of them
 * @param oldCount how many documents are dated more than a month before today
 * @param old the first {@value #LISTED} of them
 * @param confirmFields the hidden fields of the confirmation (organization, period) but the token
 * @param cancelLink the link back to the «Заполнить» table
 */
record RegisterPreview(int count, String total, String today, int futureCount, List<DocumentFacts> future,
    int oldCount, List<DocumentFacts> old, List<HiddenField> confirmFields, String cancelLink) {
  /** How many documents of each warning the preview lists; the count says how many there are. */
  static final int LISTED = 20;

  /** The preview of sending {@code toSend} from the form's {@code input} on {@code today} (1C's zone). */
  static RegisterPreview of(FormInput input, List<FillRow> toSend, LocalDate today) {
    List<DocumentFacts> future = new ArrayList<>();
    List<DocumentFacts> old = new ArrayList<>();
    LocalDate monthAgo = today.minusMonths(1);
    for (FillRow row : toSend) {
      LocalDate day = row.date().toLocalDate();
      if (day.isAfter(today)) {
        future.add(DocumentFacts.of(row));
      } else if (day.isBefore(monthAgo)) {
        old.add(DocumentFacts.of(row));
      }
    }
    BigDecimal total = toSend.stream().map(FillRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new RegisterPreview(toSend.size(), Formats.amount(total), Formats.day(today), future.size(),
        first(future), old.size(), first(old), input.hiddenFields(), input.tableLink());
  }

  /** Whether any document deserves a second look before sending. */
  boolean warns() {
    return futureCount > 0 || oldCount > 0;
  }

  private static List<DocumentFacts> first(List<DocumentFacts> documents) {
    return List.copyOf(documents.subList(0, Math.min(LISTED, documents.size())));
  }
}
