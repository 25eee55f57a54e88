package io.github.receiptbridge.app.serve.web;

import io.github.receiptbridge.app.serve.PassRecord;
import io.github.receiptbridge.app.serve.PassState;
import io.github.receiptbridge.core.Action;
import io.github.receiptbridge.core.RunReport;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One pass ({@code pass.jte}): while it runs, its progress (documents done of total), which the page's script polls as
 * JSON and reloads the page when the pass ends; then its summary, totals and reports.
 *
 * @param frame the page's frame
 * @param pass the pass
 * @param organizationName the name of its organization
 * @param when its period and times, as 1C shows dates
 * @param state its state in Russian
 * @param outcome its summary and totals, once it no longer runs
 * @param tableLink the link back to the «Заполнить» table of its organization and period
 */
record PassView(Frame frame, PassRecord pass, String organizationName, PassTimes when, String state,
    Optional<Outcome> outcome, String tableLink) {
  /**
   * What an ended pass did.
   *
   * @param summary one line on what it did
   * @param totals per action how many documents, and «просрочено»; empty without a report
   */
  record Outcome(String summary, List<Total> totals) {}

  /**
   * One line of the totals.
   *
   * @param label what, in Russian
   * @param count how many documents
   */
  record Total(String label, long count) {}

  /** The page of {@code pass}, of the organization named {@code organizationName}, times shown in {@code zone}. */
  static PassView of(Frame frame, PassRecord pass, String organizationName, String tableLink, ZoneId zone) {
    Optional<Outcome> outcome = pass.state() == PassState.RUNNING ? Optional.empty()
        : Optional.of(new Outcome(pass.summary(), pass.report().map(PassView::totals).orElse(List.of())));
    return new PassView(frame, pass, organizationName, PassTimes.of(pass, zone), Words.state(pass.state()), outcome,
        tableLink);
  }

  private static List<Total> totals(RunReport report) {
    List<Total> totals = new ArrayList<>();
    for (Action action : Action.values()) {
      int count = report.count(action);
      if (count > 0) {
        totals.add(new Total(Words.action(action), count));
      }
    }
    totals.add(new Total("просрочено", report.overdue().size()));
    return List.copyOf(totals);
  }
}
