package io.github.receiptbridge.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.app.common.CliContext;
import io.github.receiptbridge.app.ReceiptBridgeCli;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The {@code serve} command in-process, with its console and its stop signal given by the test; it hands the
 * configuration file's personal users and session limits to its console and stamps its log in 1C's zone.
 */
class ServeCommandTest {
  /** When the service starts: Monday 7 December 2026, noon in Moscow; its clock runs on from there. */
  private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 12, 7, 12, 0, 0, 0, DemoSandboxes.ZONE);
  private static final String HASH = "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy";
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private StopSignal.Manual stop = new StopSignal.Manual();
  private final AtomicReference<ServiceConsole> console = new AtomicReference<>();
  private final AtomicReference<ConsoleSettings> consoleSettings = new AtomicReference<>();

  @TempDir
  Path folder;

  @AfterEach
  void restoreTheLogZone() {
    LogZone.use(LogZone.DEFAULT);
  }

  private int serve(Map<String, String> environment, ConsoleStarter starter, String... args) {
    CliContext context = CliContext.unattended(environment, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), RunningClock.startingAt(NOW));
    CommandLine commandLine = ReceiptBridgeCli.commandLine(context);
    commandLine.getCommandSpec().removeSubcommand("serve");
    commandLine.addSubcommand("serve", new ServeCommand(context, starter, patience -> stop));
    commandLine.setOut(new PrintWriter(context.out(), true)); // again, so the new subcommand writes there too
    commandLine.setErr(new PrintWriter(context.err(), true));
    return commandLine.execute(args);
  }

  private ConsoleStarter recording() {
    return (service, settings) -> {
      console.set(service);
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
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void withNoEndpointItServesBothDemoOrganizationsOnTheSandboxPrintsTheUrlAndStopsWithExitZero() throws Exception {
    CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> serve(Map.of(), recording(), "serve",
        "--every", "1h", "--listen", "127.0.0.1:0"));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (console.get() == null || console.get().history(10).stream()
        .filter(pass -> pass.state() == PassState.FINISHED).count() < 2) {
      assertThat(System.nanoTime()).as("both first passes finish; stderr: %s", stderr()).isLessThan(deadline);
      assertThat(exit).isNotDone();
      Thread.sleep(20);
    }

    stop.raise();

    assertThat(exit.get(60, TimeUnit.SECONDS)).isZero();
    assertThat(stop.awaitStopped(Duration.ofSeconds(1))).isZero();
    assertThat(stderr()).contains("Running on the built-in sandbox").contains("uk in shop").contains("tsj in shop");
    assertThat(stdout()).contains("Console: http://127.0.0.1:0/").contains("Serving 2 organizations (uk, tsj)")
        .containsPattern("Stopped: \\d+ passes, [1-9]\\d* receipts sent; heap used at start \\d+ MB, at end \\d+ MB");
    assertThat(consoleSettings.get().password()).isEmpty();
  }

  @Test
  void theHistoryIsThereAfterAStopAndAStartOnTheSameJournalAndPassIdsContinue() throws Exception {
    Map<String, String> environment = Map.of("RECEIPT_JOURNAL", folder.resolve("journal.db").toString());
    List<PassRecord> before = serveUntilTwoPassesFinishedAfter(0, environment);
    assertThat(before).isNotEmpty();

    console.set(null);
    stop = new StopSignal.Manual();
    List<PassRecord> after = serveUntilTwoPassesFinishedAfter(before.get(0).id(), environment);

    assertThat(after).extracting(PassRecord::id).containsAll(before.stream().map(PassRecord::id).toList());
    assertThat(after).filteredOn(pass -> before.stream().noneMatch(old -> old.id() == pass.id()))
        .isNotEmpty().allSatisfy(pass -> assertThat(pass.id()).isGreaterThan(before.get(0).id()));
  }

  /**
   * Runs serve until two passes with an id above {@code afterId} finished, stops it as SIGTERM does; returns its
   * history as it stood.
   */
  private List<PassRecord> serveUntilTwoPassesFinishedAfter(long afterId, Map<String, String> environment)
      throws Exception {
    CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> serve(environment, recording(), "serve",
        "--every", "1h", "--listen", "127.0.0.1:0"));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (console.get() == null || console.get().history(50).stream()
        .filter(pass -> pass.id() > afterId && pass.state() == PassState.FINISHED).count() < 2) {
      assertThat(System.nanoTime()).as("two passes finish; stderr: %s", stderr()).isLessThan(deadline);
      assertThat(exit).isNotDone();
      Thread.sleep(20);
    }
    List<PassRecord> history = console.get().history(50);
    stop.raise();
    assertThat(exit.get(60, TimeUnit.SECONDS)).isZero();
    return history;
  }

  @Test
  void aBadConfigurationFileExitsTwoWithOneErrorLineNamingTheLineAndKeyBeforeAnythingStarts() throws Exception {
    Path file = folder.resolve("serve.conf");
    Files.writeString(file, "every = 15m\norganization.uk.id = 7701234567\norganization.uk.tax = vat99\n");

    int exit = serve(Map.of(), recording(), "serve", "--config", file.toString());

    assertThat(exit).isEqualTo(2);
    assertThat(stderr().lines().toList()).hasSize(1);
    assertThat(stderr()).startsWith("error: " + file + ", line 3, organization.uk.tax:");
    assertThat(console.get()).isNull();
  }

  @Test
  void aNonLoopbackListenWithoutAPasswordExitsTwoBeforeAnythingStarts() {
    int exit = serve(Map.of(), recording(), "serve", "--listen", "0.0.0.0:8080");

    assertThat(exit).isEqualTo(2);
    assertThat(stderr()).startsWith("error: --listen 0.0.0.0:8080 is not the loopback address")
        .contains("SERVE_PASSWORD").doesNotContain("sandbox");
    assertThat(console.get()).isNull();
  }

  @Test
  void aConsoleThatRefusesItsSettingsExitsTwoWithItsMessage() {
    ConsoleStarter refusing = (service, settings) -> {
      throw new IllegalArgumentException("listening on 10.0.0.5 needs a password: set SERVE_PASSWORD");
    };

    int exit = serve(Map.of("SERVE_PASSWORD", "s3cret-pass"), refusing, "serve", "--listen", "10.0.0.5:8080");

    assertThat(exit).isEqualTo(2);
    assertThat(stderr()).contains("error: listening on 10.0.0.5 needs a password").doesNotContain("s3cret-pass");
  }

  @Test
  void theFilesUsersAndLimitsReachTheConsoleAndTheLogTakesOnecsZone() throws Exception {
    Path file = folder.resolve("serve.conf");
    Files.writeString(file, "onec.timezone = Asia/Vladivostok\nevery = 1h\n"
        + "console.user.ivanova.password-hash = " + HASH + "\n"
        + "console.session.idle-timeout = 15m\nconsole.session.max-lifetime = 8h\n", StandardCharsets.UTF_8);

    CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> serve(Map.of(), recording(), "serve",
        "--config", file.toString(), "--listen", "10.0.0.5:8080"));
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
}
