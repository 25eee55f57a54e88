package io.github.receiptbridge.app.cli.output;

import io.github.receiptbridge.app.cli.output.TablePrinter.Column;
import io.github.receiptbridge.app.common.service.InfobaseSurvey;
import io.github.receiptbridge.app.common.service.InfobaseSurvey.Group;
import io.github.receiptbridge.app.common.service.InfobaseSurvey.PayerType;
import io.github.receiptbridge.core.ReasonCode;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Prints an {@link InfobaseSurvey}: one row per operation kind and payer type with the number of documents, their sum
 * and whether the current policy gives such payments receipts, then the totals.
 */
public final class SurveyTable {
  private static final List<Column> COLUMNS = List.of(
      Column.left("operation kind", 28),
      Column.left("payer", 30),
      Column.right("documents", 9),
      Column.right("sum", 15),
      Column.left("receipted", 0));

  private final PrintStream out;

  /** A table printed to {@code out}. */
  public SurveyTable(PrintStream out) {
    this.out = out;
  }

  /** Prints the rows of {@code result} and a line of totals. */
  public void print(InfobaseSurvey.Result result) {
    if (result.groups().isEmpty()) {
      out.println("no posted «Поступление на расчетный счет» in the period" + notCounted(result));
      return;
    }
    TablePrinter table = new TablePrinter(out, COLUMNS);
    table.printHeader();
    for (Group group : result.groups()) {
      table.printRow(cells(group));
    }
    out.println(result.documents() + " documents, " + amount(result.sum()) + "; receipted by the current "
        + "policy: " + result.receiptedDocuments() + ", " + amount(result.receiptedSum()) + notCounted(result));
  }

  /** The cells of one row. */
  static List<String> cells(Group group) {
    return List.of(
        (group.operationKind().isEmpty() ? "(empty)" : group.operationKind()),
        payer(group.payerType(), group.payerDetail()),
        String.valueOf(group.documents()),
        amount(group.sum()),
        group.skipReason().map(reason -> "no: " + why(reason)).orElse("yes"));
  }

  /** The payer type in words. */
  static String payer(PayerType type, String detail) {
    return switch (type) {
      case COUNTERPARTY_ORGANIZATION -> "counterparty, organization";
      case COUNTERPARTY_PERSON -> "counterparty, person";
      case COUNTERPARTY_OTHER_FORM -> "counterparty, " + (detail.isEmpty() ? "form not set" : detail);
      case COUNTERPARTY_NOT_FOUND -> "counterparty, not found in 1C";
      case NATURAL_PERSON -> "natural person";
      case OTHER_TYPE -> detail.replaceFirst("^StandardODATA\\.", "");
      case NONE -> "none";
    };
  }

  private static String why(ReasonCode reason) {
    return switch (reason) {
      case OPERATION_KIND -> "not in RECEIPT_OPERATION_KINDS";
      case ORGANIZATION_PAYER -> "organization payer, RECEIPT_ORGANIZATION_PAYERS=skip";
      case NO_CONTACT -> "no payer contact in 1C, RECEIPT_FALLBACK_EMAIL not set";
      default -> reason.name();
    };
  }

  /** An amount with two decimals. */
  static String amount(BigDecimal amount) {
    return amount.setScale(Math.max(2, amount.scale()), RoundingMode.UNNECESSARY).toPlainString();
  }

  private static String notCounted(InfobaseSurvey.Result result) {
    return result.notCounted() == 0 ? ""
        : " (" + result.notCounted() + " unposted or marked for deletion not counted)";
  }
}
