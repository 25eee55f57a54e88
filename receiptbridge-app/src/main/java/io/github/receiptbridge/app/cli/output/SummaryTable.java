package io.github.receiptbridge.app.cli.output;

import io.github.receiptbridge.core.Action;
import io.github.receiptbridge.core.DocumentOutcome;
import io.github.receiptbridge.core.ReasonCode;
import io.github.receiptbridge.core.ReceiptStatus;
import io.github.receiptbridge.core.RunReport;
import io.github.receiptbridge.app.cli.output.TablePrinter.Column;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Prints the totals of a run: documents sent, already sent, skipped by reason, failed, with an outcome unknown (sent,
 * but no answer came: the next run settles them by the idempotency key, so they are no failure); receipts {@code success},
 * {@code error} and pending; overdue documents; then the first problems, each with its document number.
 */
final class SummaryTable {
  private static final int MAX_PROBLEMS = 10;
  /** Skip reasons that name each document and its counterpart, with the line that counts them in the table. */
  private static final Map<ReasonCode, String> PER_DOCUMENT = Map.of(
      ReasonCode.POSSIBLE_DUPLICATE, "possible duplicate of another document (listed below)",
      ReasonCode.RECEIPT_ID_UNKNOWN, "receipt id in 1C that Счетмаш does not know (listed below)");

  /** Why an operator's refund was refused: each is listed with its document, since the operator named it. */
  private static final Set<ReasonCode> REFUND_REFUSALS = EnumSet.of(ReasonCode.REFUND_ALREADY_SENT,
      ReasonCode.REFUND_PAYMENT_NOT_FISCALIZED, ReasonCode.REFUND_OVER_REMAINDER, ReasonCode.REFUND_OTHER_PAYMENT);

  private final PrintStream out;

  /** A summary printed to {@code out}. */
  public SummaryTable(PrintStream out) {
    this.out = out;
  }

  /** Prints the summary of {@code report} under {@code heading}. */
  public void print(String heading, RunReport report) {
    out.println();
    out.println(heading);
    Map<String, Long> lines = lines(report);
    int width = lines.keySet().stream().mapToInt(String::length).max().orElse(0);
    TablePrinter table = new TablePrinter(out, List.of(Column.left("", width), Column.right("", 6)));
    lines.forEach((label, count) -> table.printRow(List.of(label, String.valueOf(count))));
    section("Books and receipts disagree (each needs a refund or correction receipt; a person decides):",
        report.mismatches().stream().map(SummaryTable::line).toList());
    section("Waiting for a person (nothing is sent for them until then):", linesOf(report, PER_DOCUMENT::containsKey));
    section("Not re-issued:", linesOf(report, ReasonCode.NOT_REISSUED::equals));
    section("Not refunded:", linesOf(report, REFUND_REFUSALS::contains));
    section("Problems:", problems(report));
    out.flush();
  }

  /** Prints {@code lines} under {@code title}, the first {@link #MAX_PROBLEMS} of them; nothing when there are none. */
  private void section(String title, List<String> lines) {
    if (lines.isEmpty()) {
      return;
    }
    out.println();
    out.println(title);
    lines.stream().limit(MAX_PROBLEMS).forEach(line -> out.println("  " + line));
    if (lines.size() > MAX_PROBLEMS) {
      out.println("  … and " + (lines.size() - MAX_PROBLEMS) + " more (write them all with --report)");
    }
  }

  /** The lines of the documents whose reason code {@code listed} accepts. */
  private static List<String> linesOf(RunReport report, Predicate<ReasonCode> listed) {
    return report.outcomes().stream().filter(outcome -> outcome.reasonCode().filter(listed).isPresent())
        .map(SummaryTable::line).toList();
  }

  /** A document's line: its number, date and reason. */
  private static String line(DocumentOutcome outcome) {
    return "№ " + outcome.number() + " of " + outcome.date().toLocalDate() + ": " + outcome.reason().map(EnglishReasons::text).orElse("");
  }

  /** The labelled counts, in print order. */
  static Map<String, Long> lines(RunReport report) {
    Map<String, Long> lines = new LinkedHashMap<>();
    lines.put("documents", (long) report.outcomes().size());
    lines.put("sent", (long) report.count(Action.SENT));
    lines.put("already sent", (long) report.count(Action.ALREADY_SENT));
    if (report.count(Action.PLANNED) > 0) {
      lines.put("would be sent (dry run)", (long) report.count(Action.PLANNED));
    }
    if (report.count(Action.UPDATED) > 0) {
      lines.put("status updated", (long) report.count(Action.UPDATED));
    }
    lines.put("skipped", (long) report.count(Action.SKIPPED));
    skippedByReason(report).forEach((reason, count) -> lines.put("  skipped: " + reason, count));
    lines.put("failed", (long) report.count(Action.FAILED));
    lines.put("outcome unknown (settled by the next run)", (long) report.count(Action.UNKNOWN));
    if (report.count(Action.MISMATCH) > 0) {
      lines.put("mismatch (books and receipt disagree)", (long) report.count(Action.MISMATCH));
    }
    lines.put("receipts success", countStatus(report, Optional.of(ReceiptStatus.SUCCESS)));
    lines.put("receipts error", countStatus(report, Optional.of(ReceiptStatus.ERROR)));
    lines.put("receipts pending (accept, processing)", countStatus(report, Optional.empty()));
    lines.put("overdue (due day passed without success)", (long) report.overdue().size());
    return lines;
  }

  private static Map<String, Long> skippedByReason(RunReport report) {
    Map<String, Long> counts = report.outcomes().stream()
        .filter(outcome -> outcome.action() == Action.SKIPPED)
        .collect(Collectors.groupingBy(SummaryTable::skipLabel, Collectors.counting()));
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
  }

  /** A skip's line: one per reason code, and for the reasons that name each document, a line saying so. */
  private static String skipLabel(DocumentOutcome outcome) {
    return outcome.reasonCode()
        .map(code -> PER_DOCUMENT.getOrDefault(code, EnglishReasons.label(code)))
        .orElse("no reason given");
  }

  /** Receipts with {@code status}; with empty, the receipts still in flight ({@link ReceiptStatus#isInFlight()}). */
  private static long countStatus(RunReport report, Optional<ReceiptStatus> status) {
    return report.outcomes().stream()
        .filter(outcome -> outcome.receiptId().isPresent())
        .filter(outcome -> status.isPresent()
            ? outcome.status().equals(status)
            : outcome.status().map(ReceiptStatus::isInFlight).orElse(true))
        .count();
  }

  private static List<String> problems(RunReport report) {
    List<String> problems = new ArrayList<>();
    for (DocumentOutcome outcome : report.outcomes()) {
      if (outcome.error().isPresent()) {
        problems.add("№ " + outcome.number() + " of " + outcome.date().toLocalDate() + ": " + outcome.error().get());
      }
    }
    return problems;
  }
}
