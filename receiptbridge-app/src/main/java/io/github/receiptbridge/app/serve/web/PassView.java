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
 * JSON and reloads the page when the pass ends; then its summary, totals, the documents that need a look and its
 * reports.
 *
 * @param frame the page's frame
 * @param pass the pass
 * @param organizationName the name of its organization
 * @param when its period and times, in 1C's zone
 * @param state its state in Russian
 * @param trigger who started it: «по расписанию» or the session
 * @param failure why it failed as a whole, in Russian with the detail folded; empty unless it failed
 * @param outcome its summary, totals and problem documents, once it no longer runs
 * @param tableLink the link back to the «Заполнить» table of its organization and period
 */
record PassView(Frame frame, PassRecord pass, String organizationName, PassTimes when, String state, String trigger,
    Optional<FailureNote> failure, Optional<Outcome> outcome, String tableLink) {
  /** How many problem documents the page lists at most; the reports hold them all. */
  static final int PROBLEMS_SHOWN = 200;

  /**
   * What an ended pass did.
   *
   * @param summary one line on what it did
   * @param totals per action how many documents, and «просрочено»; empty without a report
   * @param problems the documents that need a look, at most {@link #PROBLEMS_SHOWN}
   * @param moreProblems how many more there are than shown
   */
  record Outcome(String summary, List<Total> totals, List<DocumentProblem> problems, int moreProblems) {}

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
        : Optional.of(outcome(pass));
    return new PassView(frame, pass, organizationName, PassTimes.of(pass, zone), Words.state(pass.state()),
        Words.trigger(pass.trigger()), pass.failure().map(FailureNote::of), outcome, tableLink);
  }

  private static Outcome outcome(PassRecord pass) {
    if (pass.report().isEmpty()) {
      return new Outcome(pass.summary(), List.of(), List.of(), 0);
    }
    RunReport report = pass.report().get();
    List<DocumentProblem> problems = report.outcomes().stream().filter(DocumentProblem::concerns)
        .map(DocumentProblem::of).toList();
    int shown = Math.min(problems.size(), PROBLEMS_SHOWN);
    return new Outcome(pass.summary(), totals(report), problems.subList(0, shown), problems.size() - shown);
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
