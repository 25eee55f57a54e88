package io.github.receiptbridge.app.serve.web;

import io.github.receiptbridge.app.serve.PassRecord;
import io.github.receiptbridge.app.serve.PassState;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * «История» ({@code history.jte}): the last passes of every organization, newest first, scheduled and manual.
 *
 * @param frame the page's frame
 * @param rows one per pass, newest first
 */
record HistoryView(Frame frame, List<Row> rows) {
  /**
   * One pass of the history.
   *
   * @param pass the pass
   * @param organizationName the name of its organization
   * @param when its period and times, in 1C's zone
   * @param state its state in Russian
   * @param trigger who started it: «по расписанию» or the session
   * @param failure why it failed, in Russian with the detail folded; empty unless it failed
   */
  record Row(PassRecord pass, String organizationName, PassTimes when, String state, String trigger,
      Optional<FailureNote> failure) {
    /**
     * Whether the pass has a report to download: it finished (the history may list a finished pass without its report
     * in memory; the download reads it by the pass's id).
     */
    boolean hasReport() {
      return pass.state() == PassState.FINISHED || pass.report().isPresent();
    }

    /** The CSS class of the row: its state in lower case ({@code failed} rows are red, {@code skipped} grey). */
    String cssClass() {
      return pass.state().name().toLowerCase(Locale.ROOT);
    }
  }

  /** The history of {@code passes}; {@code organizationName} names an organization by its key. */
  static HistoryView of(Frame frame, List<PassRecord> passes, Function<String, String> organizationName,
      ZoneId zone) {
    return new HistoryView(frame, passes.stream().map(pass -> new Row(pass,
        organizationName.apply(pass.organizationKey()), PassTimes.of(pass, zone), Words.state(pass.state()),
        Words.trigger(pass.trigger()), pass.failure().map(FailureNote::of))).toList());
  }
}
