package io.github.receiptbridge.core.internal;

import io.github.receiptbridge.core.DocumentNotFoundException;
import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.Period;
import io.github.receiptbridge.onec.model.BankReceipt;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * How an operator names a document: by its {@code Ref_Key}, or by its number as 1C shows it (case and surrounding
 * spaces ignored). Numbers restart every year, so a number may name two documents of a long period.
 */
public final class DocumentNames {
  private DocumentNames() {}

  /** Whether {@code name} names {@code document}. */
  public static boolean matches(String name, BankReceipt document) {
    return matches(name, document.key(), document.number());
  }

  /**
   * Checks that each name found exactly one of {@code rows}.
   *
   * @param consequence what did not happen because of it, e.g. {@code "Nothing was re-issued"}
   * @throws DocumentNotFoundException naming what matched nothing or several documents
   */
  public static void requireEachFound(List<String> names, List<FillRow> rows, Period period, String consequence) {
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
          + ". " + consequence + "; check the numbers with fill, or widen the period");
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
