package io.github.receiptbridge.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.app.ReceiptBridgeCli;
import io.github.receiptbridge.app.common.CliContext;
import io.github.receiptbridge.app.common.service.DemoSandboxes;
import io.github.receiptbridge.app.logging.LogZone;
import io.github.receiptbridge.testkit.RunningClock;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code serve} hands the configuration file's personal users and session limits to its console, lets personal users
 * stand for the password on a non-loopback address, and stamps its log in 1C's zone.
 */
class ServeCommandConsoleAccessTest {
  private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 12, 7, 12, 0, 0, 0, DemoSandboxes.ZONE);
  private static final String HASH = "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy";

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final StopSignal.Manual stop = new StopSignal.Manual();
  private final AtomicReference<ConsoleSettings> consoleSettings = new AtomicReference<>();

  @TempDir
  Path folder;

  @AfterEach
  void restoreTheLogZone() {
    LogZone.use(LogZone.DEFAULT);
  }

  @Test
  void theFilesUsersAndLimitsReachTheConsoleAndTheLogTakesOnecsZone() throws Exception {
    Path file = folder.resolve("serve.conf");
    Files.writeString(file, "onec.timezone = Asia/Vladivostok\nevery = 1h\n"
        + "console.user.ivanova.password-hash = " + HASH + "\n"
        + "console.session.idle-timeout = 15m\nconsole.session.max-lifetime = 8h\n", StandardCharsets.UTF_8);

    CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> serve("serve", "--config",
        file.toString(), "--listen", "10.0.0.5:8080"));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (consoleSettings.get() == null) {
      assertThat(System.nanoTime()).as("the console starts; stderr: %s", err).isLessThan(deadline);
      assertThat(exit).as("stderr: %s", err).isNotDone();
      Thread.sleep(20);
    }
    assertThat(LogZone.current()).isEqualTo(ZoneId.of("Asia/Vladivostok"));
    stop.raise();
    assertThat(exit.get(60, TimeUnit.SECONDS)).isZero();

    ConsoleSettings settings = consoleSettings.get();
    assertThat(settings.host()).isEqualTo("10.0.0.5");
    assertThat(settings.users()).containsOnly(Map.entry("ivanova", HASH));
    assertThat(settings.idleTimeout()).isEqualTo(Duration.ofMinutes(15));
    assertThat(settings.maxLifetime()).isEqualTo(Duration.ofHours(8));
    assertThat(out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8)).doesNotContain(HASH);
  }

  private int serve(String... args) {
    CliContext context = CliContext.unattended(Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), RunningClock.startingAt(NOW));
    CommandLine commandLine = ReceiptBridgeCli.commandLine(context);
    commandLine.getCommandSpec().removeSubcommand("serve");
    ConsoleStarter recording = (service, settings) -> {
      consoleSettings.set(settings);
      return new ConsoleStarter.Running() {
        @Override
        public String url() {
          return "http://" + settings.host() + ":" + settings.port() + "/";
        }

        @Override
        public void close() {}
      };
    };
    commandLine.addSubcommand("serve", new ServeCommand(context, recording, patience -> stop));
    commandLine.setOut(new PrintWriter(context.out(), true));
    commandLine.setErr(new PrintWriter(context.err(), true));
    return commandLine.execute(args);
  }
}
