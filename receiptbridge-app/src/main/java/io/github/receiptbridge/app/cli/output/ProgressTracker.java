package io.github.receiptbridge.app.cli.output;

import io.github.receiptbridge.core.Action;
import io.github.receiptbridge.core.DocumentOutcome;
import io.github.receiptbridge.core.Phase;
import io.github.receiptbridge.core.ProgressListener;
import io.github.receiptbridge.core.ReceiptStatus;
import io.github.receiptbridge.core.RunReport;
import java.io.PrintStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Turns the workflow's progress events into a {@link ProgressView}. A register or dry-run pass counts documents
 * against the period's total; the status passes of {@code run}, one per poll, share a single task that counts
 * receipts in {@code success} against the receipts being checked, so waiting looks like one bar filling up.
 */
public final class ProgressTracker implements ProgressListener, AutoCloseable {
  private final ProgressView view;
  private final Map<Action, Integer> actions = new EnumMap<>(Action.class);
  private boolean running;
  private boolean statusTask;
  private long total;
  private long done;
  private long receipts;
  private long checked;
  private long successful;

  /** A tracker drawing on {@code view}. */
  public ProgressTracker(ProgressView view) {
    this.view = view;
  }

  /** A live bar when a person watches a terminal, else periodic lines; both on {@code err}. */
  public static ProgressTracker forOutput(boolean interactive, PrintStream err) {
    return new ProgressTracker(interactive ? new TerminalProgressView(err) : new PeriodicProgressLines(err));
  }

  @Override
  public synchronized void started(Phase phase, OptionalLong documents) {
    if (phase == Phase.STATUS) {
      if (!statusTask) {
        end();
        view.begin(phase.displayName(), ProgressView.UNKNOWN_TOTAL);
        running = true;
        statusTask = true;
      }
      checked = 0;
      successful = 0;
      return;
    }
    end();
    total = documents.orElse(ProgressView.UNKNOWN_TOTAL);
    view.begin(phase.displayName(), total);
    running = true;
    done = 0;
    actions.clear();
  }

  @Override
  public synchronized void documentDone(DocumentOutcome outcome) {
    if (statusTask) {
      checked++;
      successful += outcome.status().filter(ReceiptStatus.SUCCESS::equals).isPresent() ? 1 : 0;
      long checkedNow = checked;
      view.update(successful, receipts > 0 ? receipts : ProgressView.UNKNOWN_TOTAL,
          () -> "success; checked " + checkedNow);
      return;
    }
    done++;
    actions.merge(outcome.action(), 1, Integer::sum);
    view.update(done, total, this::describeActions);
  }

  @Override
  public synchronized void finished(RunReport report) {
    if (statusTask) {
      receipts = report.outcomes().size();
      long success = report.outcomes().stream()
          .filter(o -> o.status().filter(ReceiptStatus.SUCCESS::equals).isPresent()).count();
      long pending = receipts - success;
      view.update(success, receipts, () -> "success; " + pending + " pending");
      return;
    }
    view.update(done, total, this::describeActions);
    end();
  }

  /** Ends the current task, if any. */
  @Override
  public synchronized void close() {
    end();
  }

  private void end() {
    if (running) {
      view.end();
    }
    running = false;
    statusTask = false;
  }

  /** The count of each action so far; called by the view under this tracker's lock, only for a line it shows. */
  private synchronized String describeActions() {
    StringBuilder text = new StringBuilder();
    actions.forEach((action, count) -> text.append(text.length() == 0 ? "" : ", ")
        .append(action.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).append(' ').append(count));
    return text.toString();
  }
}
