package io.github.receiptbridge.app.serve;

import io.github.receiptbridge.core.FillRow;
import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * The order of the «Заполнить» table: a column and a direction. Rows that tie keep 1C's order (date, number).
 *
 * @param column the column sorted by
 * @param descending whether the largest (latest, last) comes first
 */
public record FillSort(Column column, boolean descending) {
  /** A column the table sorts by. */
  public enum Column {
    /** The document's date and time, then its number. */
    DATE,
    /** The document's number. */
    NUMBER,
    /** The amount. */
    AMOUNT,
    /** The payer's name, alphabetically in Russian; rows without a payer first. */
    PAYER,
    /** The receipt's saved status as the service names it; rows without a status first. */
    STATUS;

    private Comparator<FillRow> comparator() {
      return switch (this) {
        case DATE -> Comparator.comparing(FillRow::date).thenComparing(FillRow::number);
        case NUMBER -> Comparator.comparing(FillRow::number);
        case AMOUNT -> Comparator.comparing(FillRow::amount);
        case PAYER -> Comparator.comparing(row -> row.payerName().orElse(""), russian());
        case STATUS -> Comparator.comparing(row -> row.savedState().rawStatus().orElse(""));
      };
    }
  }

  /** The comparator of this order. */
  public Comparator<FillRow> comparator() {
    Comparator<FillRow> ascending = column.comparator();
    return descending ? ascending.reversed() : ascending;
  }

  private static Comparator<Object> russian() {
    Collator collator = Collator.getInstance(Locale.forLanguageTag("ru-RU"));
    collator.setStrength(Collator.SECONDARY);
    return collator;
  }
}
