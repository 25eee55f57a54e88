package io.github.receiptbridge.core;

import io.github.receiptbridge.onec.model.LegalForm;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/** One «Поступление на расчетный счет» of the period, with what was done and what will be done with it. */
@Value.Immutable
abstract class AbstractFillRow {
  /** The document's {@code Ref_Key}. */
  public abstract UUID documentKey();

  /** The receiving organization's {@code Ref_Key}. */
  public abstract UUID organizationKey();

  /** The document number. */
  public abstract String number();

  /** The document date (1C server time). */
  public abstract LocalDateTime date();

  /** The amount. */
  public abstract BigDecimal amount();

  /** {@code НазначениеПлатежа}. */
  public abstract String paymentPurpose();

  /** {@code ВидОперации}. */
  public abstract String operationKind();

  /** Whether the document is posted. */
  public abstract boolean posted();

  /** Whether the document is marked for deletion. */
  public abstract boolean deletionMark();

  /** The number of the payer's payment order ({@code НомерВходящегоДокумента}), when 1C has one. */
  public abstract Optional<String> incomingNumber();

  /** The date of the payer's payment order ({@code ДатаВходящегоДокумента}), when 1C has one. */
  public abstract Optional<LocalDate> incomingDate();

  /** The payer's {@code Ref_Key}, when the document has a payer. */
  public abstract Optional<UUID> payerKey();

  /** The payer's name, when 1C has one. */
  public abstract Optional<String> payerName();

  /** Whether the payer is a legal entity or a person, when 1C says. */
  public abstract Optional<LegalForm> payerLegalForm();

  /** The buyer contact the receipt goes to: an e-mail or a {@code +7XXXXXXXXXX} phone. */
  public abstract Optional<String> buyerContact();

  /** What 1C already holds for this document. */
  public abstract SavedState savedState();

  /** The idempotency key of its {@code sell} receipt: {@code 1c-<Ref_Key>}. */
  public abstract String externalId();

  /** The last day a receipt is due (54-ФЗ: the next working day after the payment). */
  public abstract LocalDate dueBy();

  /** Whether {@link #dueBy()} has passed without a successful receipt: the day after it or later. */
  public abstract boolean overdue();

  /** What register will do. */
  public abstract PlannedAction action();

  /** Why the document is skipped; present exactly when {@link #action()} is {@link PlannedAction#SKIP}. */
  public abstract Optional<String> skipReason();

  /** The stable code of {@link #skipReason()}, present exactly when it is. */
  public abstract Optional<ReasonCode> skipReasonCode();
}
