package io.github.receiptbridge.reliability;

import io.github.receiptbridge.core.onec.OnecLedger;
import io.github.receiptbridge.core.schetmash.SchetmashFiscalService;
import io.github.receiptbridge.core.Action;
import io.github.receiptbridge.core.DateRange;
import io.github.receiptbridge.core.PlannedAction;
import io.github.receiptbridge.core.ReceiptJournal;
import io.github.receiptbridge.core.ReceiptPolicy;
import io.github.receiptbridge.core.ReceiptRegistrar;
import io.github.receiptbridge.core.RegistrationException;
import io.github.receiptbridge.core.RunAbortedException;
import io.github.receiptbridge.core.RunReport;
import io.github.receiptbridge.core.ServiceFailureException;
import io.github.receiptbridge.onec.OnecClient;
import io.github.receiptbridge.onec.errors.OnecException;
import io.github.receiptbridge.onec.model.BankReceipt;
import io.github.receiptbridge.onec.model.PayerKind;
import io.github.receiptbridge.onec.model.PayerRef;
import io.github.receiptbridge.sandbox.BankReceiptSeed;
import io.github.receiptbridge.sandbox.OnecSandbox;
import io.github.receiptbridge.sandbox.SchetmashSandbox;
import io.github.receiptbridge.schetmash.SchetmashClient;
import io.github.receiptbridge.schetmash.errors.SchetmashException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.Credentials;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Both simulators in this JVM with a generated month of one organization, and registrars over fresh clients with
 * short timeouts, so that a fault trial takes a second or two.
 */
final class Services implements AutoCloseable {
  static final String INN = "7701234567";
  static final DateRange PERIOD = DateRange.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31));
  static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

  final SchetmashSandbox schetmash;
  final OnecSandbox onec;
  final UUID organization;
  private final List<Runnable> closers = new ArrayList<>();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "fault-timer");
    thread.setDaemon(true);
    return thread;
  });

  /** Starts both simulators and generates {@code documents} bank receipts for October 2026. */
  Services(int documents, long seed) {
    schetmash = SchetmashSandbox.builder().processingDelay(Duration.ofMillis(30)).start();
    onec = OnecSandbox.builder().start();
    organization = onec.data().addOrganization("УК Ромашка", INN, "770101001");
    if (documents > 0) {
      onec.data().generateBankReceipts(organization, PERIOD.from(), PERIOD.to(), documents, seed);
    }
  }

  /**
   * Starts both simulators with the demo data of {@code month} («УК Ромашка» and «ТСЖ Лесное», their refunds to
   * residents among the «Списание с расчетного счета» documents); {@link #organization} is «УК Ромашка».
   */
  Services(YearMonth month) {
    schetmash = SchetmashSandbox.builder().processingDelay(Duration.ofMillis(30)).start();
    onec = OnecSandbox.builder().demo(month).start();
    try (OnecClient client = onecClient().build()) {
      organization = client.findOrganizations(INN).get(0).key();
    }
  }

  /** A registrar over new clients (closed with this fixture) that keeps {@code journal}, as refunds need. */
  ReceiptRegistrar registrar(ReceiptJournal journal) {
    SchetmashClient fiscal = schetmashClient().build();
    OnecClient ledger = onecClient().build();
    closers.add(fiscal::close);
    closers.add(ledger::close);
    return ReceiptRegistrar.builder().fiscalService(SchetmashFiscalService.of(fiscal)).ledger(OnecLedger.of(ledger))
        .journal(journal).statusPollInterval(Duration.ofMillis(50)).build();
  }

  /** A Счетмаш client builder with short timeouts and backoff. */
  SchetmashClient.Builder schetmashClient() {
    return SchetmashClient.builder().fromSettings(schetmash.clientSettings())
        .readTimeout(Duration.ofMillis(400)).callTimeout(Duration.ofSeconds(2))
        .retryBackoff(Duration.ofMillis(10), Duration.ofMillis(50));
  }

  /** A 1C client builder with the simulator's current password, short timeouts and backoff. */
  OnecClient.Builder onecClient() {
    return OnecClient.builder().fromSettings(onec.clientSettings()).serverZone(ZONE).readTimeout(Duration.ofSeconds(2))
        .retryBackoff(Duration.ofMillis(10), Duration.ofMillis(50));
  }

  /** A registrar over new clients (closed with this fixture). */
  ReceiptRegistrar registrar() {
    return registrar(ReceiptPolicy.defaults());
  }

  /** A registrar with {@code policy} over new clients (closed with this fixture). */
  ReceiptRegistrar registrar(ReceiptPolicy policy) {
    SchetmashClient fiscal = schetmashClient().build();
    OnecClient ledger = onecClient().build();
    closers.add(fiscal::close);
    closers.add(ledger::close);
    return ReceiptRegistrar.builder().fiscalService(SchetmashFiscalService.of(fiscal)).ledger(OnecLedger.of(ledger)).policy(policy)
        .statusPollInterval(Duration.ofMillis(50)).build();
  }

  /** The documents a fault-free fill plans to send: those that must end with exactly one receipt. */
  Set<String> eligible() {
    try (var rows = registrar().fill(PERIOD, INN)) {
      return rows.filter(row -> row.action() == PlannedAction.SEND).map(row -> row.documentKey().toString())
          .collect(Collectors.toSet());
    }
  }

  /**
   * Plays an accountant who deletes a bank statement and loads it again: {@code count} documents that have a receipt
   * are marked for deletion through OData, and a posted copy of each (same date, amount, payer, payment order and
   * purpose, a new {@code Ref_Key} and number) is added.
   *
   * @return the copies' keys
   */
  List<String> reimport(int count) {
    List<String> copies = new ArrayList<>();
    Map<String, Audit.Saved> saved = audit().savedInOnec();
    try (OnecClient client = onecClient().build();
        Stream<BankReceipt> documents = client.bankReceipts(organization, PERIOD.from(), PERIOD.to())) {
      List<BankReceipt> sent = documents.filter(document -> saved.containsKey(document.key().toString())
          && saved.get(document.key().toString()).receiptId() != null).limit(count).toList();
      for (BankReceipt original : sent) {
        markForDeletion(original.key());
        BankReceiptSeed.Builder copy = BankReceiptSeed.builder().organization(organization).date(original.date())
            .amount(original.amount()).purpose(original.paymentPurpose());
        PayerRef payer = original.payer().orElseThrow();
        if (payer.kind() == PayerKind.NATURAL_PERSON) {
          copy.naturalPerson(payer.key());
        } else {
          copy.counterparty(payer.key());
        }
        original.incomingNumber().ifPresent(number -> copy.paymentOrder(number,
            original.incomingDate().orElse(original.date().toLocalDate())));
        copies.add(onec.data().addBankReceipt(copy.build()).toString());
      }
    }
    return copies;
  }

  private void markForDeletion(UUID document) {
    Request patch = new Request.Builder()
        .url(onec.serviceRoot() + "Document_ПоступлениеНаРасчетныйСчет(guid'" + document + "')?$format=json")
        .header("Authorization", Credentials.basic(onec.user(), onec.password(), StandardCharsets.UTF_8))
        .patch(RequestBody.create("{\"DeletionMark\": true}", MediaType.get("application/json; charset=utf-8")))
        .build();
    try (Response response = new OkHttpClient().newCall(patch).execute()) {
      if (!response.isSuccessful()) {
        throw new IllegalStateException("marking " + document + " for deletion failed: " + response.code());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs {@code action} after {@code delay}, on a timer thread. */
  void after(Duration delay, Runnable action) {
    timer.schedule(action, delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Runs {@code action} every {@code period} until this fixture closes. */
  void every(Duration period, Runnable action) {
    timer.scheduleAtFixedRate(action, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * Bursts of 5 HTML 500 pages from Счетмаш every 100 ms (answers 20 ms late, so a run lasts long enough), {@code
   * pages} in all; returns how many of them were served so far.
   */
  IntSupplier html500Bursts(int pages) {
    AtomicInteger injected = new AtomicInteger();
    schetmash.behavior().latency(Duration.ofMillis(20));
    every(Duration.ofMillis(100), () -> {
      if (injected.get() < pages) {
        schetmash.behavior().failNextRequestsWith500(5);
        injected.addAndGet(5);
      }
    });
    return () -> injected.get() - schetmash.behavior().pendingFaults();
  }

  /** Stops whatever the timer would still do, and waits for a task that is running. */
  void stopTimers() {
    timer.shutdownNow();
    try {
      timer.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** An audit of both simulators. */
  Audit audit() {
    return new Audit(schetmash.baseUrl(), onec.serviceRoot(), onec.user(), onec.password());
  }

  /**
   * One run (register, then statuses until final or {@code wait}), as the operator would see it.
   *
   * @param report  what the run did (the partial report when it stopped; null when it could not start)
   * @param stopped why the run stopped, or null when it ran to its end
   */
  record Pass(RunReport report, RuntimeException stopped) {
    boolean complete() {
      return stopped == null && report.count(Action.FAILED) == 0
          && report.outcomes().stream().allMatch(o -> o.status().map(s -> !s.isInFlight()).orElse(true));
    }

    /**
     * The error that stopped the run, unwrapped from {@link RunAbortedException} and from the workflow's {@link
     * ServiceFailureException} down to the client's exception.
     */
    Throwable cause() {
      Throwable cause = stopped instanceof RunAbortedException ? stopped.getCause() : stopped;
      return cause instanceof ServiceFailureException && cause.getCause() != null ? cause.getCause() : cause;
    }

    String describe() {
      return stopped != null ? "stopped: " + stopped.getMessage() : report.totals().toString();
    }
  }

  /**
   * Runs the whole workflow once and reports what happened: finished, stopped with its partial report, or refused
   * to start (the setup check or the organization lookup failed) with a typed error.
   */
  Pass runOnce(ReceiptRegistrar registrar) {
    try {
      return new Pass(registrar.run(PERIOD, INN, Duration.ofSeconds(5)), null);
    } catch (RunAbortedException aborted) {
      return new Pass(aborted.partialReport(), aborted);
    } catch (OnecException | SchetmashException | RegistrationException notStarted) {
      return new Pass(null, notStarted);
    }
  }

  /** Re-runs with fresh clients until a pass completes (at most {@code attempts}); returns the passes made. */
  List<Pass> finish(int attempts) {
    List<Pass> passes = new ArrayList<>();
    for (int attempt = 0; attempt < attempts; attempt++) {
      Pass pass = runOnce(registrar());
      passes.add(pass);
      if (pass.complete()) {
        break;
      }
    }
    return passes;
  }

  @Override
  public void close() {
    timer.shutdownNow();
    closers.forEach(Runnable::run);
    schetmash.close();
    onec.close();
  }
}
