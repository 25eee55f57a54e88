package io.github.receiptbridge.onec.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of the {@code РасшифровкаПлатежа} tabular part of a «Списание с расчетного счета».
 *
 * @since 0.1.0
 */
@Value.Immutable
abstract class AbstractBankWithdrawalRow {
  /**
   * {@code LineNumber}, from 1.
   *
   * @return the row's number within the document
   */
  public abstract int lineNumber();

  /**
   * {@code Сделка} + {@code Сделка_Type} («Документ расчетов»): the document this row settles, for a refund often
   * the payment being returned; absent when empty.
   *
   * @return the settled document; empty when the field is empty
   */
  public abstract Optional<DocumentRef> settlementDocument();

  /**
   * {@code СуммаПлатежа}: exact, never through {@code double}.
   *
   * @return the row's amount in roubles
   */
  public abstract BigDecimal amount();
}
