package io.github.receiptbridge.core.internal;

import io.github.receiptbridge.core.DocumentNotFoundException;
import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.PaymentDocument;
import io.github.receiptbridge.core.DateRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * How an operator names a document: by its key ({@code Ref_Key} in 1C), or by its number as the ledger shows it (case
 * and surrounding spaces ignored). Numbers restart every year, so a number may name two documents of a long period.
 */
public final class DocumentNames {
  private DocumentNames() {}

  /** What the operator named the documents for: what does not happen when a name is wrong. */
  public enum Purpose {
    /** To send them although they look like duplicates. */
    NOT_DUPLICATE("Nothing was sent"),
    /** To re-issue their rejected receipts. */
    REISSUE("Nothing was re-issued"),
    /** To correct their receipts: a refund of the old receipt and a new one. */
    CORRECT("Nothing was corrected");

    private final String consequence;

    Purpose(String consequence) {
      this.consequence = consequence;
    }
  }

  /** Whether {@code name} names {@code document}. */
  public static boolean matches(String name, PaymentDocument document) {
    return matches(name, document.key(), document.number());
  }

  /**
   * Checks that each name found exactly one of {@code rows}.
   *
   * @param purpose what the names are for, which the message says did not happen
   * @throws DocumentNotFoundException naming what matched nothing or several documents
   */
  public static void requireEachFound(List<String> names, List<FillRow> rows, DateRange period, Purpose purpose) {
    List<String> missing = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (String name : names) {
      List<FillRow> found = rows.stream().filter(row -> matches(name, row.documentKey(), row.number())).toList();
      if (found.isEmpty()) {
        missing.add(name);
        problems.add("no document " + name + " in " + period);
      } else if (found.size() > 1) {
        missing.add(name);
        problems.add("number " + name + " names " + found.size() + " documents ("
            + found.stream().map(row -> row.date().toLocalDate() + " " + row.documentKey()).toList()
            + "): give the Ref_Key");
      }
    }
    if (!problems.isEmpty()) {
      throw new DocumentNotFoundException(missing, String.join("; ", problems)
          + ". " + purpose.consequence + "; check the numbers with fill, or widen the period");
    }
  }

  /** Whether {@code name} names the document of {@code key} and {@code number}. */
  public static boolean matches(String name, UUID key, String number) {
    return asKey(name).map(key::equals).orElseGet(() -> number.trim().equalsIgnoreCase(name.trim()));
  }

  /** The name as a {@code Ref_Key}, when it is a GUID in its 36-character form. */
  private static Optional<UUID> asKey(String name) {
    if (name.trim().length() != 36) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(name.trim()));
    } catch (IllegalArgumentException notAKey) {
      return Optional.empty();
    }
  }
}
