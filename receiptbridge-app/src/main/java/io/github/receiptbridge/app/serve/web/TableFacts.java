package io.github.receiptbridge.app.serve.web;

import io.github.receiptbridge.app.serve.RowFacts;
import io.github.receiptbridge.app.serve.ServiceConsole;
import io.github.receiptbridge.core.DateRange;
import io.github.receiptbridge.core.RefundRow;
import io.github.receiptbridge.core.RegistrationException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the «Заполнить» table marks its rows with, read for the page and for its export alike: the last audit's
 * mismatches and the period's refunds. A failed read of the refunds does not stop the table: the rows go without
 * the «Есть возврат» mark, and {@link #refundsUnread()} says why.
 *
 * @param facts the facts the rows are marked and filtered by
 * @param refundsUnread why the refunds could not be read from 1C, if they could not
 */
record TableFacts(RowFacts facts, Optional<RegistrationException> refundsUnread) {
  private static final Logger LOG = LoggerFactory.getLogger(TableFacts.class);

  /** The facts of {@code organizationKey}'s table over {@code period}. */
  static TableFacts read(ServiceConsole service, String organizationKey, DateRange period) {
    List<RefundRow> refunds = List.of();
    Optional<RegistrationException> unread = Optional.empty();
    try {
      refunds = service.refunds(organizationKey, period);
    } catch (RegistrationException e) {
      LOG.warn("The refunds of {} for the table could not be read: {}", organizationKey, e.getMessage());
      unread = Optional.of(e);
    }
    return new TableFacts(RowFacts.of(service.auditFindings(organizationKey), refunds), unread);
  }
}
