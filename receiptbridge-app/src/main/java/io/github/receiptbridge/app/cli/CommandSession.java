package io.github.receiptbridge.app.cli;

import io.github.receiptbridge.core.onec.OnecLedger;
import io.github.receiptbridge.core.schetmash.SchetmashFiscalService;
import io.github.receiptbridge.core.Concurrency;
import io.github.receiptbridge.core.DateRange;
import io.github.receiptbridge.core.ProgressListener;
import io.github.receiptbridge.core.ReceiptJournal;
import io.github.receiptbridge.core.ReceiptPolicy;
import io.github.receiptbridge.core.ReceiptRegistrar;
import io.github.receiptbridge.core.RunReport;
import io.github.receiptbridge.core.WorkingCalendar;
import io.github.receiptbridge.app.common.CliContext;
import io.github.receiptbridge.app.common.config.Configuration;
import io.github.receiptbridge.app.common.config.ConfigurationException;
import io.github.receiptbridge.app.common.config.ConfigurationLoader;
import io.github.receiptbridge.app.cli.output.ProgressTracker;
import io.github.receiptbridge.app.cli.output.ReportFile;
import io.github.receiptbridge.app.cli.output.RunOutput;
import io.github.receiptbridge.app.common.service.JournalFile;
import io.github.receiptbridge.app.common.service.SchetmashConnectionCheck;
import io.github.receiptbridge.app.common.service.ServiceConnections;
import io.github.receiptbridge.app.common.service.ServiceSelector;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * One command's connection to the services: the configuration loaded and checked, the clients (or the in-process
 * sandboxes) opened, and registrars built on them. Closing it closes everything.
 */
final class CommandSession implements AutoCloseable {
  private final CliContext context;
  private final ServiceConnections services;
  private final ReceiptPolicy policy;
  private final WorkingCalendar calendar;
  private final JournalFile journal;

  private CommandSession(CliContext context, ServiceConnections services, ReceiptPolicy policy,
      WorkingCalendar calendar, JournalFile journal) {
    this.context = context;
    this.services = services;
    this.policy = policy;
    this.calendar = calendar;
    this.journal = journal;
  }

  /**
   * Loads the configuration and connects.
   *
   * @throws ConfigurationException when the configuration is wrong (nothing is started then)
   */
  public static CommandSession open(CliContext context, CommonOptions options) {
    Configuration config = ConfigurationLoader.load(context.environment(), options.configFile());
    ReceiptPolicy policy = config.receiptPolicy();
    WorkingCalendar calendar = config.calendar();
    config.onecTimeZone(); // a malformed zone fails here, before any simulator or connection is started
    ServiceConnections services = ServiceSelector.connect(config, options.verbose(), context.err(), context.clock());
    try {
      JournalFile journal = JournalFile.open(config, context.environment(), services.sandboxes().isPresent());
      return new CommandSession(context, services, policy, calendar, journal);
    } catch (RuntimeException e) {
      services.close();
      throw e;
    }
  }

  /** The receipt journal. */
  public ReceiptJournal journal() {
    return journal.journal();
  }

  /** How documents become receipts, from the configuration. */
  public ReceiptPolicy policy() {
    return policy;
  }

  /** The services. */
  public ServiceConnections services() {
    return services;
  }

  /**
   * The organization to work on: {@code --organization}, or the demo one on the sandbox.
   *
   * @throws ConfigurationException when none is given against real services
   */
  public String organization(PeriodOptions options) {
    return options.organization().or(services::defaultOrganization).orElseThrow(() -> new ConfigurationException(
        "--organization is required with real services: give the INN, the name or the Ref_Key of the organization "
            + "in 1C (check-setup lists them)"));
  }

  /**
   * The period of {@code options}, by default from the first day of the previous month through today in the 1C
   * server's calendar. Warns on stderr when a year of it has no decree built into the calendar.
   */
  public DateRange period(PeriodOptions options) {
    ZoneId zone = services.onec().config().serverZone();
    DateRange period = options.period(LocalDate.now(context.clock().withZone(zone)));
    for (int year = period.from().getYear(); year <= period.to().plusDays(10).getYear(); year++) {
      if (!calendar.hasDecree(year)) {
        context.err().println("Note: no decree on moving days off is built in for " + year + "; its deadlines count "
            + "weekends and the Labour Code's holidays only. Add the decree's days with RECEIPT_CALENDAR.");
      }
    }
    return period;
  }

  /** Proves that Счетмаш is reachable and takes the credentials, before anything is sent. */
  public void checkSchetmash() {
    SchetmashConnectionCheck.verify(services.schetmash());
  }

  /** A registrar on the two clients with the configured policy. */
  public ReceiptRegistrar registrar(ProgressListener listener, Concurrency concurrency) {
    return ReceiptRegistrar.builder()
        .fiscalService(SchetmashFiscalService.of(services.schetmash()))
        .ledger(OnecLedger.of(services.onec()))
        .policy(policy)
        .calendar(calendar)
        .clock(context.clock())
        .journal(journal.journal())
        .concurrency(concurrency)
        .progressListener(listener)
        .build();
  }

  /** What a command does with a registrar over the period of an organization. */
  @FunctionalInterface
  public interface Work {
    /** Runs the pass. */
    RunReport run(ReceiptRegistrar registrar, DateRange period, String organization);
  }

  /**
   * A finished pass.
   *
   * @param report what it did
   * @param period the period it covered
   * @param organization the organization as given
   */
  public record Pass(RunReport report, DateRange period, String organization) {}

  /**
   * Runs one workflow pass the way every command does: resolves organization and period, checks Счетмаш first
   * when {@code schetmashCheck} says so, shows progress, then prints the report as {@code "<title> of <organization>, <period>"}
   * and writes {@code reportFile}.
   */
  public Pass pass(PeriodOptions periodOptions, Concurrency concurrency, Optional<ReportFile> reportFile,
      SchetmashCheck schetmashCheck, String title, Work work) {
    String organization = organization(periodOptions);
    DateRange period = period(periodOptions);
    if (schetmashCheck == SchetmashCheck.FIRST) {
      checkSchetmash();
    }
    try (ProgressTracker progress = ProgressTracker.forOutput(context.interactive(), context.err())) {
      ReceiptRegistrar registrar = registrar(progress, concurrency);
      RunOutput output = new RunOutput(context.out(), reportFile);
      RunReport report = output.capture(() -> work.run(registrar, period, organization));
      progress.close();
      output.show(title + " of " + organization + ", " + period, report);
      return new Pass(report, period, organization);
    }
  }

  /**
   * A whole single-pass command: checks the period options, opens a session, runs the pass with {@link #pass} and
   * turns its report into the exit code.
   */
  public static int runPass(CliContext context, CommonOptions common, PeriodOptions periodOptions, WorkOptions work,
      SchetmashCheck schetmashCheck, String title, Work pass, ToIntFunction<RunReport> exitCode) {
    periodOptions.validate();
    Optional<ReportFile> reportFile = work.reportFile();
    try (CommandSession session = open(context, common)) {
      return exitCode.applyAsInt(
          session.pass(periodOptions, work.concurrency(), reportFile, schetmashCheck, title, pass).report());
    }
  }

  /** Closes the journal and the clients, and stops the in-process sandboxes. */
  @Override
  public void close() {
    try {
      journal.close();
    } finally {
      services.close();
    }
  }
}
