package io.github.receiptbridge.app.serve;

import io.github.receiptbridge.core.ReceiptJournal;
import io.github.receiptbridge.app.common.config.Configuration;
import io.github.receiptbridge.app.common.service.DemoSandboxes;
import io.github.receiptbridge.testkit.MutableClock;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The service on the in-process demo simulators (two organizations, each in its own shop) with a hand-moved clock;
 * public for the web console's browser test, which runs the real service.
 */
public final class ServiceFixture implements AutoCloseable {
  static final Duration EVERY = Duration.ofMinutes(15);
  static final LocalTime AUDIT_AT = LocalTime.of(6, 0);

  final MutableClock clock;
  final ReceiptService service;
  final DemoSandboxes sandboxes;
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  /** Starts at {@code start} in Moscow, with no journal and the history in memory. */
  public ServiceFixture(LocalDateTime start) {
    this(start, null);
  }

  /**
   * Starts at {@code start} in Moscow; with {@code journalFile}, the receipt journal and the history of passes are
   * kept in that SQLite file (as {@code serve} keeps them), so a second fixture on the same file is a restart.
   */
  ServiceFixture(LocalDateTime start, @Nullable Path journalFile) {
    clock = new MutableClock(start.atZone(DemoSandboxes.ZONE).toInstant(), DemoSandboxes.ZONE);
    ServeSettings empty = new ServeSettings(Configuration.of(Map.of()), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), List.of());
    ServeSandbox.Started started = ServeSandbox.start(empty, clock,
        new PrintStream(err, true, StandardCharsets.UTF_8));
    sandboxes = started.sandboxes();
    ServiceAssembly assembly = ServiceAssembly.of(started.settings(), new PassTiming(EVERY, AUDIT_AT)).clock(clock);
    if (journalFile == null) {
      service = assembly.journal(ReceiptJournal.none()).closing(List.of(sandboxes)).build();
    } else {
      ReceiptJournal journal = ReceiptJournal.sqlite(journalFile);
      service = assembly.journal(journal).history(journalFile, ServeSettings.DEFAULT_HISTORY_RETENTION_DAYS)
          .closing(List.of(sandboxes, journal)).build();
    }
  }

  /** Waits until no pass runs. */
  void awaitIdle() throws InterruptedException {
    if (!service.awaitIdle(Duration.ofSeconds(60))) {
      throw new AssertionError("a pass is still running after 60 s");
    }
  }

  /** Moves the clock to {@code time} and ticks. */
  List<PassRecord> tickAt(LocalDateTime time) {
    clock.set(time.atZone(DemoSandboxes.ZONE).toInstant());
    return service.tick(clock.instant());
  }

  /** The service as the web console sees it. */
  public ServiceConsole console() {
    return service;
  }

  @Override
  public void close() {
    service.close();
  }
}
