package io.github.receiptbridge.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * A receipt fiscalized after its due day (54-ФЗ: the next working day after a non-cash payment), as the receipt journal
 * remembers it: one line of the voluntary notice to the tax office about a late receipt. Listed by {@link
 * ReceiptRegistrar#lateReceipts} whatever the receipt's status is now.
 *
 * @since 0.1.0
 */
@Value.Immutable
abstract class AbstractLateReceipt {
  /**
   * The document's key ({@code Ref_Key} in 1C).
   *
   * @return the document's key
   */
  public abstract UUID documentKey();

  /**
   * The document number, as 1C showed it when the receipt was sent.
   *
   * @return the document number the notice names
   */
  public abstract String number();

  /**
   * The day of the payment: the document date when the receipt was sent.
   *
   * @return the payment's day, without a time
   */
  public abstract LocalDate paymentDate();

  /**
   * The amount of the payment.
   *
   * @return the amount in roubles
   */
  public abstract BigDecimal amount();

  /**
   * The last day the receipt was due.
   *
   * @return the due day, by the registrar's working calendar
   */
  public abstract LocalDate dueBy();

  /**
   * When the receipt was fiscalized (tag 1012, the cash register's wall clock, in the ledger's zone).
   *
   * @return the cash register's date and time, without a zone
   */
  public abstract LocalDateTime fiscalizedAt();

  /**
   * The day the receipt was fiscalized: the date of {@link #fiscalizedAt()}.
   *
   * @return the date part of {@link #fiscalizedAt()}, after {@link #dueBy()}
   */
  @Value.Derived
  public LocalDate fiscalDate() {
    return fiscalizedAt().toLocalDate();
  }

  /**
   * How many calendar days after {@link #dueBy()} the receipt was fiscalized; at least 1.
   *
   * @return the days late, 1 or more
   */
  @Value.Derived
  public long daysLate() {
    return ChronoUnit.DAYS.between(dueBy(), fiscalDate());
  }

  /**
   * The Счетмаш receipt id.
   *
   * @return the receipt id, above zero
   */
  public abstract long receiptId();

  /**
   * The receipt's idempotency key ({@code 1c-<Ref_Key>}, or a re-issue's).
   *
   * @return the key the receipt was registered under
   */
  public abstract String externalId();

  /**
   * The fiscal numbers of the receipt (ФН, ФД, ФПД, shift).
   *
   * @return the numbers the notice names
   */
  public abstract FiscalNumbers fiscalNumbers();

  @Value.Check
  void check() {
    if (!fiscalDate().isAfter(dueBy())) {
      throw new IllegalArgumentException("A receipt fiscalized on " + fiscalDate() + " was not late: it was due by "
          + dueBy());
    }
  }
}
