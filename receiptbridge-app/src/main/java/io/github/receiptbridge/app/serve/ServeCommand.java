package io.github.receiptbridge.app.serve;

import io.github.receiptbridge.app.common.CliContext;
import io.github.receiptbridge.app.common.ExitCodes;
import io.github.receiptbridge.app.common.config.ConfigKey;
import io.github.receiptbridge.app.common.config.Configuration;
import io.github.receiptbridge.app.common.config.ConfigurationException;
import io.github.receiptbridge.app.common.config.ConfigurationLoader;
import io.github.receiptbridge.app.common.config.DurationConverter;
import io.github.receiptbridge.app.common.service.JournalFile;
import io.github.receiptbridge.app.logging.LogZone;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code serve}: runs unattended. Every {@code --every} a register-and-status pass for each organization, daily at
 * {@code --audit-at} an audit, the web console on {@code --listen}; SIGTERM stops it gracefully (exit 0). With no
 * endpoint configured it runs on the built-in sandbox with the two demo organizations.
 */
@Command(name = "serve", description = "Run as a service: scheduled register-and-status passes for every "
    + "organization, a daily audit, the «Регистрация чеков» console in a browser, /health and /metrics. Stop it "
    + "with SIGTERM (Ctrl+C): started documents finish, then it exits 0.")
public final class ServeCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);
  static final Duration DEFAULT_EVERY = Duration.ofMinutes(15);
  static final LocalTime DEFAULT_AUDIT_AT = LocalTime.of(6, 0);
  static final String DEFAULT_LISTEN = "127.0.0.1:8080";
  /** The environment variable of the console password. */
  static final String PASSWORD_VARIABLE = "SERVE_PASSWORD";
  /** The journal's file name in the sandbox's temporary folder, as {@link JournalFile} names it. */

  private final CliContext context;
  private final ConsoleStarter consoleStarter;
  private final Function<Duration, StopSignal> stopSignals;

  @Option(names = "--config", paramLabel = "<file>",
      description = "The service's configuration file (key = value lines; see README «Run as a service»). "
          + "Without it the environment configures one organization (--organization), or the sandbox two.")
  private @Nullable Path configFile;

  @Option(names = "--every", paramLabel = "<duration>", converter = DurationConverter.class,
      description = "How often each organization's register-and-status pass runs (default: the file's every, "
          + "else 15m).")
  private @Nullable Duration every;

  @Option(names = "--audit-at", paramLabel = "HH:mm",
      description = "The time of the daily audit in 1C's zone (default: the file's audit-at, else 06:00).")
  private @Nullable String auditAt;

  @Option(names = "--listen", paramLabel = "host:port",
      description = "Where the console listens (default: the file's listen, else 127.0.0.1:8080). Any other "
          + "address than the loopback one needs a password: SERVE_PASSWORD or console.password-hash.")
  private @Nullable String listen;

  @Option(names = "--shutdown-timeout", paramLabel = "<duration>", defaultValue = "30s",
      converter = DurationConverter.class,
      description = "How long a stop waits for the documents in flight to finish (default: ${DEFAULT-VALUE}).")
  private Duration shutdownTimeout = Duration.ofSeconds(30);

  @Option(names = "--organization", paramLabel = "<INN | name | key>",
      description = "Without --config against real services: the one organization to serve.")
  private @Nullable String organization;

  @Option(names = {"-v", "--verbose"}, description = "Print stack traces of errors.")
  private boolean verbose;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  private boolean help;

  /** The command in {@code context}, with the console the app was built with ({@link ConsoleStarter#installed()}). */
  public ServeCommand(CliContext context) {
    this(context, (service, settings) -> ConsoleStarter.installed().start(service, settings), StopSignal.Jvm::install);
  }

  /** The command with its console and its stop signal given, for tests. */
  ServeCommand(CliContext context, ConsoleStarter consoleStarter, Function<Duration, StopSignal> stopSignals) {
    this.context = context;
    this.consoleStarter = consoleStarter;
    this.stopSignals = stopSignals;
  }

  /** Runs until stopped; exit code 0 after a graceful stop, 2 for a bad configuration, 1 if the stop timed out. */
  @Override
  public Integer call() throws InterruptedException {
    // Installed first, so that a SIGTERM during start-up is a graceful stop as well, not the JVM's exit 143.
    StopSignal stop = stopSignals.apply(shutdownTimeout.plusSeconds(10));
    int exitCode = ExitCodes.INCOMPLETE;
    try {
      exitCode = serve(stop);
      return exitCode;
    } finally {
      stop.stopped(exitCode);
    }
  }

  private int serve(StopSignal stop) throws InterruptedException {
    ServeConfigFile.Contents contents = contents();
    ServeSettings settings = contents.settings();
    LogZone.use(settings.connections().onecTimeZone().orElse(LogZone.DEFAULT));
    Duration period = every != null ? checkedEvery(every) : settings.every().orElse(DEFAULT_EVERY);
    LocalTime audit = auditAt != null ? parseAuditAt(auditAt) : settings.auditAt().orElse(DEFAULT_AUDIT_AT);
    String address = listen != null ? listen : settings.listen().orElse(DEFAULT_LISTEN);
    if (!ServeConfigFile.validListen(address)) {
      throw new ConfigurationException("--listen '" + address + "' is not host:port: write it like 127.0.0.1:8080");
    }
    ConsoleSettings consoleSettings = consoleSettings(address, settings, contents.console());
    List<AutoCloseable> resources = new ArrayList<>();
    JournalFile journal = JournalFile.open(settings.connections(), context.environment(), settings.sandbox());
    resources.add(journal);
    // the history of passes lives in the journal's file
    Path journalPath = journal.file();
    if (settings.sandbox()) {
      try {
        ServeSandbox.Started sandbox = ServeSandbox.start(settings, context.clock(), context.err());
        settings = sandbox.settings();
        resources.add(sandbox.sandboxes());
      } catch (RuntimeException e) {
        journal.close();
        throw e;
      }
    }
    PrintStream out = context.out();
    long heapAtStart = ServeMetrics.heapRetained();
    try (ReceiptService service = ServiceAssembly.of(settings, new PassTiming(period, audit)).clock(context.clock())
        .journal(journal.journal()).history(journalPath, settings.historyRetention()).closing(resources).build()) {
      ConsoleStarter.Running console = startConsole(service, consoleSettings);
      ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "serve-schedule");
        thread.setDaemon(true);
        return thread;
      });
      try {
        ticker.scheduleWithFixedDelay(() -> tick(service), 0, tickInterval(period), TimeUnit.MILLISECONDS);
        out.println("Console: " + console.url());
        out.println("Serving " + service.organizations().size() + " organizations ("
            + String.join(", ", service.organizations().stream().map(OrganizationView::key).toList())
            + "): register and status every " + period + ", audit daily at " + audit + "; heap used "
            + megabytes(heapAtStart) + " MB; stop with SIGTERM or Ctrl+C");
        out.flush();
        stop.await();
        context.err().println("Stopping: no new document is started; waiting up to " + shutdownTimeout.toSeconds()
            + " s for the documents in flight");
        ticker.shutdownNow();
        boolean finished = service.stop(shutdownTimeout);
        console.close();
        if (!finished) {
          context.err().println("Stopped after " + shutdownTimeout.toSeconds() + " s with a pass still running; "
              + "the next start completes its documents without sending anything twice");
        }
        out.println("Stopped: " + service.passesEnded() + " passes, " + service.receiptsSent() + " receipts sent; "
            + "heap used at start " + megabytes(heapAtStart) + " MB, at end " + megabytes(ServeMetrics.heapRetained())
            + " MB (after a full GC)");
        out.flush();
        return finished ? ExitCodes.SUCCESS : ExitCodes.INCOMPLETE;
      } finally {
        ticker.shutdownNow();
        console.close();
      }
    }
  }

  private void tick(ReceiptService service) {
    try {
      service.tick(context.clock().instant());
    } catch (RuntimeException e) {
      LOG.error("The schedule's tick failed; it runs again in a moment", e);
    }
  }

  /** How often the schedule looks at the clock: a tenth of the period, between 100 ms and 1 s. */
  static long tickInterval(Duration every) {
    return Math.max(100, Math.min(1000, every.toMillis() / 10));
  }

  private ConsoleStarter.Running startConsole(ReceiptService service, ConsoleSettings settings) {
    try {
      return consoleStarter.start(service, settings);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(e.getMessage(), e);
    }
  }

  private ConsoleSettings consoleSettings(String address, ServeSettings settings,
      ServeConfigFile.ConsoleAccess access) {
    int colon = address.lastIndexOf(':');
    String host = address.substring(0, colon);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    int port = Integer.parseInt(address.substring(colon + 1));
    Optional<String> password = Optional.ofNullable(context.environment().get(PASSWORD_VARIABLE))
        .filter(value -> !value.isEmpty());
    if (password.isEmpty() && settings.passwordHash().isEmpty() && access.users().isEmpty() && !loopback(host)) {
      throw new ConfigurationException("--listen " + address + " is not the loopback address, so the console needs "
          + "a password: set " + PASSWORD_VARIABLE + ", console.password-hash or console.user.<name>.password-hash in"
          + " the --config file");
    }
    return access.applyTo(new ConsoleSettings(host, port, password, settings.passwordHash()));
  }

  private static boolean loopback(String host) {
    if (host.equals("localhost")) {
      return true;
    }
    if (!host.matches("[0-9.]+|[0-9a-fA-F:]+")) {
      return false; // a name is not resolved here: it may point anywhere
    }
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** The configuration file's contents, or without one the settings of the environment. */
  private ServeConfigFile.Contents contents() {
    if (configFile != null) {
      try {
        return ServeConfigFile.readAll(configFile, context.environment());
      } catch (ConfigFileException e) {
        throw new ConfigurationException(e.getMessage(), e);
      }
    }
    return new ServeConfigFile.Contents(settingsOfTheEnvironment(), ServeConfigFile.ConsoleAccess.none());
  }

  private ServeSettings settingsOfTheEnvironment() {
    Configuration config = ConfigurationLoader.load(context.environment(), Optional.empty());
    config.onecTimeZone();
    config.calendar();
    ServeSettings fromEnvironment = new ServeSettings(config, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), List.of());
    boolean real = config.isSet(ConfigKey.SCHETMASH_URL) || config.isSet(ConfigKey.ONEC_ODATA_URL);
    if (!real) {
      return fromEnvironment;
    }
    if (!config.isSet(ConfigKey.SCHETMASH_URL) || !config.isSet(ConfigKey.ONEC_ODATA_URL)) {
      ConfigKey set = config.isSet(ConfigKey.SCHETMASH_URL) ? ConfigKey.SCHETMASH_URL : ConfigKey.ONEC_ODATA_URL;
      ConfigKey unset = set == ConfigKey.SCHETMASH_URL ? ConfigKey.ONEC_ODATA_URL : ConfigKey.SCHETMASH_URL;
      throw new ConfigurationException("Only " + set + " is set: set " + unset + " too to use real services, or "
          + "unset both to run on the built-in sandbox");
    }
    if (organization == null || organization.isBlank()) {
      throw new ConfigurationException("--organization is required with real services and no --config file: give "
          + "the INN, the name or the Ref_Key of the organization in 1C, or list several in a --config file");
    }
    OrganizationSettings single = new OrganizationSettings("main", organization.trim(),
        OptionalLong.of(config.schetmashShopId()), Optional.empty(), Optional.empty(), config.receiptPolicy());
    return fromEnvironment.withOrganizations(List.of(single));
  }

  private static LocalTime parseAuditAt(String text) {
    try {
      return ServeConfigFile.checkedAuditAt(text);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("--audit-at " + e.getMessage(), e);
    }
  }

  private static Duration checkedEvery(Duration every) {
    try {
      return ServeConfigFile.checkedEvery(every.toString());
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("--every " + e.getMessage(), e);
    }
  }

  private static long megabytes(long bytes) {
    return bytes / (1024 * 1024);
  }
}
