package io.github.receiptbridge.app.cli.output;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** A live progress bar redrawn in place on a terminal ({@code me.tongfei:progressbar}). */
final class TerminalProgressView implements ProgressView {
  private final PrintStream terminal;
  private @Nullable ProgressBar bar;

  /** A view drawing on {@code terminal} (stderr, so that stdout stays clean). */
  public TerminalProgressView(PrintStream terminal) {
    this.terminal = terminal;
  }

  @Override
  public synchronized void begin(String task, long total) {
    end();
    bar = new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(total)
        .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
        .setUpdateIntervalMillis(200)
        .setConsumer(new ConsoleProgressBarConsumer(terminal))
        .build();
  }

  @Override
  public synchronized void update(long done, long total, Supplier<String> detail) {
    if (bar == null) {
      return;
    }
    if (total >= 0 && (bar.isIndefinite() || total != bar.getMax())) {
      bar.maxHint(total);
    }
    bar.stepTo(done);
    bar.setExtraMessage(detail.get());
  }

  @Override
  public synchronized void end() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
