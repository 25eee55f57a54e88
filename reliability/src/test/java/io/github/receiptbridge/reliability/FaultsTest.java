package io.github.receiptbridge.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.core.Action;
import io.github.receiptbridge.core.ReasonCode;
import io.github.receiptbridge.sandbox.CashRegister;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Faults: each is injected into a first run over 100 generated documents, then healed, and the period finished by
 * re-running; afterwards nothing may be doubled or lost. The first run either finishes (documents it could not do
 * are FAILED and done by the re-run) or stops with a clear error.
 */
@ExtendWith(ReliabilityTable.class)
class FaultsTest {
  private static final int DOCUMENTS = 100;

  @Test
  void schetmashLatencySpikesBeyondTheReadTimeout() {
    trial(1, "Счетмаш answers 700 ms late (read timeout 400 ms) for 2 s from the 10th receipt on: requests answered "
        + "late", services -> {
          Window window = new Window(services.schetmash::requestCount);
          onceReceiptsStored(services, 10, () -> {
            services.schetmash.behavior().latency(Duration.ofMillis(700));
            window.open();
            services.after(Duration.ofSeconds(2), () -> {
              services.schetmash.behavior().latency(Duration.ZERO);
              window.close();
            });
          });
          return window;
        }, services -> services.schetmash.behavior().latency(Duration.ZERO));
  }

  @Test
  void schetmashHtml500Bursts() {
    trial(2, "Счетмаш: bursts of 5 HTML 500 pages every 100 ms: pages", services -> services.html500Bursts(60),
        services -> services.schetmash.behavior().reset());
  }

  @Test
  void schetmashRefusesConnectionsForAWhile() {
    trial(3, "Счетмаш refuses connections for 0.3 s, up to three times during the first run: outages", services -> {
      AtomicInteger outages = new AtomicInteger();
      services.schetmash.behavior().latency(Duration.ofMillis(60));
      for (int outage = 0; outage < 3; outage++) {
        services.after(Duration.ofMillis(100 + outage * 500L), () -> {
          services.schetmash.goOffline();
          outages.incrementAndGet();
        });
        services.after(Duration.ofMillis(400 + outage * 500L), services.schetmash::goOnline);
      }
      return outages::get;
    }, services -> {
      services.schetmash.goOnline();
      services.schetmash.behavior().latency(Duration.ZERO);
    });
  }

  @Test
  void schetmashStoresTheReceiptAndDropsTheAnswer() {
    trial(4, "Счетмаш stores the receipt, then drops the connection (commit-then-drop)", services -> {
      services.schetmash.behavior().dropNextRegistrationsAfterCommit(25);
      return struck(25, services.schetmash.behavior()::pendingFaults);
    }, services -> services.schetmash.behavior().reset());
  }

  @Test
  void schetmashRotatesTheTokenMidRun() {
    trial(5, "Счетмаш rotates the API token every 250 ms mid-run (as another login with the same credentials does): "
        + "rotations", services -> {
          AtomicInteger rotations = new AtomicInteger();
          services.schetmash.behavior().latency(Duration.ofMillis(30));
          services.every(Duration.ofMillis(250), () -> {
            if (rotations.get() < 6) {
              services.schetmash.rotateToken();
              rotations.incrementAndGet();
            }
          });
          return rotations::get;
        }, services -> services.schetmash.behavior().latency(Duration.ZERO));
  }

  @Test
  void schetmashHasNoActiveCashRegisterForAWhile() {
    trial(6, "Счетмаш answers code 7 (no active cash register) for a whole run, then has one again: requests refused",
        services -> {
          Window window = new Window(services.schetmash::requestCount);
          services.schetmash.setShop(services.schetmash.shopId(), CashRegister.NONE);
          window.open();
          return window;
        }, services -> services.schetmash.setShop(services.schetmash.shopId(), CashRegister.ACTIVE));
  }

  @Test
  void schetmashSendsMalformedJson() {
    trial(7, "Счетмаш answers cut-off JSON (after storing the receipt)", services -> {
      services.schetmash.behavior().malformedJsonNext(20);
      return struck(20, services.schetmash.behavior()::pendingFaults);
    }, services -> services.schetmash.behavior().reset());
  }

  @Test
  void onecFailsWrites() {
    trial(8, "1C answers 500 with error -1 to writes", services -> {
      services.onec.behavior().failNextWrites(30);
      return struck(30, services.onec.behavior()::pendingFaults);
    }, services -> services.onec.behavior().reset());
  }

  @Test
  void onecAnswersAtomXmlInsteadOfJson() {
    trial(9, "1C answers Atom XML instead of JSON (from the 10th receipt on)", services -> {
      onceReceiptsStored(services, 10, () -> services.onec.behavior().atomNext(20));
      return struck(20, services.onec.behavior()::pendingFaults);
    }, services -> services.onec.behavior().reset());
  }

  @Test
  void onecAnswersAnHtmlLoginPage() {
    trial(10, "1C answers an HTML login page (status 200) instead of JSON (from the 10th receipt on)", services -> {
      onceReceiptsStored(services, 10, () -> services.onec.behavior().loginPageNext(20));
      return struck(20, services.onec.behavior()::pendingFaults);
    }, services -> services.onec.behavior().reset());
  }

  @Test
  void onecRejectsThePasswordAfterItWasChanged() {
    Services.Pass first = trial(11, "1C answers 401 after the user's password was changed mid-run (re-run with the "
        + "new one)", services -> {
          services.onec.behavior().latency(Duration.ofMillis(3));
          services.after(Duration.ofMillis(300), () -> services.onec.changePassword("новый-пароль-2026"));
          return () -> 1;
        }, services -> services.onec.behavior().latency(Duration.ZERO));
    assertThat(first.stopped()).as("a run cannot go on with a rejected password").isNotNull();
    assertThat(first.stopped().getMessage()).containsIgnoringCase("password");
  }

  @Test
  void onecSendsMalformedJson() {
    trial(12, "1C answers cut-off JSON, after writing (from the 10th receipt on)", services -> {
      onceReceiptsStored(services, 10, () -> services.onec.behavior().malformedJsonNext(20));
      return struck(20, services.onec.behavior()::pendingFaults);
    }, services -> services.onec.behavior().reset());
  }

  @Test
  void onecFailsTheLastOfTheThreeWrites() {
    trial(13, "1C answers 500 with error -1 to the status write, the last of the three values a write-back saves "
        + "(id and check date written): write-backs cut short", services -> {
          services.onec.behavior().failNextWritesOf(Audit.STATUS, 20);
          return struck(20, services.onec.behavior()::pendingFaults);
        }, services -> services.onec.behavior().reset());
  }

  @Test
  void aStatementLoadedAgainUnderFaultsGetsNoSecondReceipt() {
    try (Services services = new Services(DOCUMENTS, 14)) {
      Set<String> eligible = services.eligible();
      assertThat(services.finish(5)).last().matches(Services.Pass::complete, "the first month is complete");
      int receipts = services.schetmash.receipts().size();
      List<String> copies = services.reimport(20);
      services.schetmash.behavior().html500Rate(0.05).dropNextRegistrationsAfterCommit(5);
      services.onec.behavior().html500Rate(0.02).failNextWrites(10);

      Services.Pass underFaults = services.runOnce(services.registrar());
      services.schetmash.behavior().reset();
      services.onec.behavior().reset();
      List<Services.Pass> reruns = services.finish(3);

      assertThat(copies).hasSize(20);
      assertThat(services.schetmash.receipts()).as("no copy got a receipt").hasSize(receipts);
      for (Services.Pass pass : List.of(underFaults, reruns.get(reruns.size() - 1))) {
        if (pass.report() != null) {
          assertThat(pass.report().outcomes()).filteredOn(o -> copies.contains(o.documentKey().toString()))
              .allSatisfy(o -> assertThat(o.reasonCode()).contains(ReasonCode.POSSIBLE_DUPLICATE));
        }
      }
      Audit.Result result = services.audit().check(eligible, true);
      assertThat(result.problems()).isEmpty();
      ReliabilityTable.record(new Trial("Duplicates", "A bank statement deleted and loaded again after a complete "
          + "month: 20 sent documents marked for deletion and loaded as copies (same payment order, amount, payer), "
          + "then a run with faults (Счетмаш: 5% HTML 500 and 5 stored-then-dropped; 1C: 2% HTML 500 and 10 failed "
          + "writes), then re-runs: copies", copies.size(), "every copy skipped as POSSIBLE_DUPLICATE; "
          + services.schetmash.receipts().size() + " receipts for " + eligible.size() + " eligible, none for a copy",
          result.duplicates(), result.lost()));
    }
  }

  /**
   * Injects a fault into a first run over fresh simulators, heals it, re-runs until the period is complete, audits
   * both services and records the trial; returns the first run.
   *
   * @param inject turns the fault on (now or by a timer) and says how many times it struck, read after the first run
   * @param heal   turns it off for the re-runs
   */
  private static Services.Pass trial(long seed, String tried, Function<Services, IntSupplier> inject,
      Consumer<Services> heal) {
    try (Services services = new Services(DOCUMENTS, seed)) {
      Set<String> eligible = services.eligible();
      IntSupplier times = inject.apply(services);
      Services.Pass first = services.runOnce(services.registrar());
      services.stopTimers();
      int struck = times.getAsInt();
      heal.accept(services);
      finish(services, eligible, first, struck, tried);
      return first;
    }
  }

  /** How many of {@code injected} counted faults were served: those no longer pending. */
  private static IntSupplier struck(int injected, IntSupplier pending) {
    return () -> injected - pending.getAsInt();
  }

  /** Runs {@code fault} once the service holds {@code receipts} receipts, so that it strikes mid-run. */
  private static void onceReceiptsStored(Services services, int receipts, Runnable fault) {
    AtomicBoolean done = new AtomicBoolean();
    services.every(Duration.ofMillis(5), () -> {
      if (!done.get() && services.schetmash.receipts().size() >= receipts && done.compareAndSet(false, true)) {
        fault.run();
      }
    });
  }

  /** With the fault healed: re-runs until complete, audits both services and records the trial. */
  private static void finish(Services services, Set<String> eligible, Services.Pass first, int times,
      String tried) {
    List<Services.Pass> reruns = services.finish(5);
    assertThat(reruns.get(reruns.size() - 1).complete())
        .as("the period is finished after %d re-runs: %s", reruns.size(), reruns.get(reruns.size() - 1).describe())
        .isTrue();
    Audit.Result result = services.audit().check(eligible, true);
    assertThat(result.problems()).isEmpty();
    assertThat(result.receipts()).isEqualTo(eligible.size());
    String outcome = (first.complete() ? "first run finished unharmed" : "first run " + summary(first))
        + "; " + (reruns.size() == 1 && first.complete() ? "" : "finished by " + reruns.size() + " re-run(s); ")
        + result.receipts() + " receipts for " + result.eligible() + " eligible";
    ReliabilityTable.record(new Trial("Fault", tried, times, outcome, result.duplicates(), result.lostOrWrong()));
  }

  private static String summary(Services.Pass pass) {
    if (pass.stopped() != null) {
      Throwable cause = pass.cause();
      String message = cause.getMessage().replace('|', '/').replaceAll("\\s+", " ")
          .replaceAll("\\.? Body starts with: .*$", ""); // the reason, not the page
      return "stopped with " + cause.getClass().getSimpleName() + " «…"
          + (message.length() > 160 ? message.substring(message.length() - 160) : message) + "»";
    }
    return "left " + pass.report().count(Action.FAILED) + " FAILED, "
        + pass.report().count(Action.SENT) + " sent";
  }

  /** Counts the requests a simulator served while a fault was on. */
  private static final class Window implements IntSupplier {
    private final IntSupplier requestCount;
    private volatile int openedAt = -1;
    private volatile int closedAt = -1;

    Window(IntSupplier requestCount) {
      this.requestCount = requestCount;
    }

    void open() {
      openedAt = requestCount.getAsInt();
    }

    void close() {
      closedAt = requestCount.getAsInt();
    }

    /** Requests served between {@link #open()} and {@link #close()} (or now); 0 if it never opened. */
    @Override
    public int getAsInt() {
      return openedAt < 0 ? 0 : (closedAt < 0 ? requestCount.getAsInt() : closedAt) - openedAt;
    }
  }
}
