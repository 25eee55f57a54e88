package io.github.receiptbridge.core;

import io.github.receiptbridge.core.internal.ReportFormats;
import io.github.receiptbridge.core.internal.ReportReader;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * What a run did: one {@link DocumentOutcome} per document, and totals. Serializable to JSON and CSV.
 *
 * @since 0.1.0
 */
@Value.Immutable
abstract class AbstractRunReport {
  /**
   * What the run did: a pass, or {@link Phase#RUN} for register and status passes together.
   *
   * @return the pass's phase, or {@link Phase#RUN}
   */
  public abstract Phase phase();

  /**
   * When the run started.
   *
   * @return the start, by the registrar's clock
   */
  public abstract Instant startedAt();

  /**
   * When it finished.
   *
   * @return the end, by the registrar's clock
   */
  public abstract Instant finishedAt();

  /**
   * Whether the run was stopped by its stop signal ({@link RunOptions#stopWhen()}) before every document was
   * started, or cancelled by an interrupt (the report of a {@link RunCancelledException}): the documents it never
   * started are not in {@link #outcomes()}; every started one finished its write-back. The next run goes on from
   * there. Default {@code false}.
   *
   * @return {@code true} when the stop signal or an interrupt cut the run short
   */
  @Value.Default
  public boolean stopped() {
    return false;
  }

  /**
   * One record per document, in the period's order.
   *
   * @return the outcomes; empty when the period had no documents
   */
  public abstract List<DocumentOutcome> outcomes();

  /**
   * How many documents got each action (every action present, zero when none).
   *
   * @return an unmodifiable map from every action, in declaration order, to its count
   */
  @Value.Derived
  public Map<Action, Integer> totals() {
    Map<Action, Integer> totals = new EnumMap<>(Action.class);
    for (Action action : Action.values()) {
      totals.put(action, 0);
    }
    outcomes().forEach(outcome -> totals.merge(outcome.action(), 1, Integer::sum));
    return totals;
  }

  /**
   * How many documents got {@code action}.
   *
   * @param action the action to count
   * @return the number of outcomes with that action, 0 or more
   */
  public int count(Action action) {
    return totals().get(action);
  }

  /**
   * Documents past their due day without a successful receipt.
   *
   * @return the overdue outcomes, in the period's order; empty when none is overdue
   */
  public List<DocumentOutcome> overdue() {
    return outcomes().stream().filter(DocumentOutcome::overdue).toList();
  }

  /**
   * Whether every document ended well: nothing {@link Action#FAILED}, {@link Action#UNKNOWN} or {@link
   * Action#MISMATCH}.
   *
   * @return {@code true} when no outcome failed, stayed unknown or is a mismatch
   */
  public boolean isClean() {
    return count(Action.FAILED) == 0 && count(Action.UNKNOWN) == 0 && count(Action.MISMATCH) == 0;
  }

  /**
   * A short line for logs and debuggers: the phase, the number of outcomes and the non-zero totals, never the outcomes
   * themselves (a month's report has hundreds); {@link #toJson()} has them.
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("RunReport{").append(phase().displayName()).append(", ")
        .append(outcomes().size()).append(" documents");
    totals().forEach((action, count) -> {
      if (count > 0) {
        text.append(", ").append(action.name()).append(' ').append(count);
      }
    });
    return text.append(stopped() ? ", stopped}" : "}").toString();
  }

  /**
   * Documents whose books and receipt disagree ({@link Action#MISMATCH}).
   *
   * @return the mismatching outcomes, in the period's order; empty when there are none
   */
  public List<DocumentOutcome> mismatches() {
    return outcomes().stream().filter(outcome -> outcome.action() == Action.MISMATCH).toList();
  }

  /**
   * The report as a JSON object: {@code phase}, times, {@code totals} and {@code outcomes}; each outcome's {@code
   * reason} is its {@link Reason#toString()} (code and arguments) and its {@code reasonCode} the code.
   *
   * @return the JSON text, which {@link #fromJson(String)} reads back
   */
  public String toJson() {
    return ReportFormats.json((RunReport) this, Reason::toString);
  }

  /**
   * As {@link #toJson()}, with each outcome's {@code reason} in the words {@code reasonText} gives it.
   *
   * @param reasonText the words for a reason, such as a translation keyed by {@link Reason#code()}
   * @return the JSON text, which {@link #fromJson(String)} reads back
   */
  public String toJson(Function<? super Reason, String> reasonText) {
    return ReportFormats.json((RunReport) this, reasonText);
  }

  /**
   * The report {@link #toJson()} wrote, read back: {@code fromJson(report.toJson())} equals {@code report}. Lets a
   * service keep its reports in a store and show them after a restart. The reason is read from {@code reasonCode} and
   * {@code reasonArguments}, whatever words {@code reason} has, so a report written with {@link #toJson(Function)}
   * reads back equal as well.
   *
   * @param json the JSON text {@link #toJson()} or {@link #toJson(Function)} wrote
   * @return the report, equal to the one that was written
   * @throws IllegalArgumentException when {@code json} is not a report {@link #toJson()} wrote
   */
  public static RunReport fromJson(String json) {
    return ReportReader.read(json);
  }

  /**
   * The outcomes as CSV (RFC 4180, UTF-8, a header line first), the {@code reason} column as {@link #toJson()}'s.
   *
   * @return the CSV text, lines separated by CRLF
   */
  public String toCsv() {
    return ReportFormats.csv((RunReport) this, Reason::toString);
  }

  /**
   * As {@link #toCsv()}, with each outcome's {@code reason} in the words {@code reasonText} gives it.
   *
   * @param reasonText the words for a reason, such as a translation keyed by {@link Reason#code()}
   * @return the CSV text, lines separated by CRLF
   */
  public String toCsv(Function<? super Reason, String> reasonText) {
    return ReportFormats.csv((RunReport) this, reasonText);
  }
}
