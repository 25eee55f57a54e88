package io.github.receiptbridge.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.core.Action;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
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
  void schetmashLatencySpikesBeyondTheReadTimeout() throws Exception {
    try (Services services = new Services(DOCUMENTS, 1)) {
      Window window = new Window(services.schetmash::requestCount);
      Set<String> eligible = services.eligible();
      services.schetmash.behavior().latency(Duration.ofMillis(700)); // the client's read timeout is 400 ms
      window.open();
      services.after(Duration.ofMillis(3000), () -> services.schetmash.behavior().latency(Duration.ZERO));
      Services.Pass first = services.runOnce(services.registrar());
      services.schetmash.behavior().latency(Duration.ZERO);
      window.close();
      finish(services, eligible, first, window.hits(),
          "Счетмаш answers 700 ms late (read timeout 400 ms) for up to 3 s: requests answered late");
    }
  }

  @Test
  void schetmashHtml500Bursts() throws Exception {
    try (Services services = new Services(DOCUMENTS, 2)) {
      Set<String> eligible = services.eligible();
      AtomicInteger injected = new AtomicInteger();
      services.every(Duration.ofMillis(100), () -> {
        if (injected.get() < 60) {
          services.schetmash.behavior().failNextRequestsWith500(5);
          injected.addAndGet(5);
        }
      });
      services.schetmash.behavior().latency(Duration.ofMillis(20));
      Services.Pass first = services.runOnce(services.registrar());
      services.stopTimers();
      services.schetmash.behavior().reset();
      finish(services, eligible, first, injected.get(), "Счетмаш: bursts of 5 HTML 500 pages every 100 ms: pages");
    }
  }

  @Test
  void schetmashRefusesConnectionsForAWhile() throws Exception {
    try (Services services = new Services(DOCUMENTS, 3)) {
      Set<String> eligible = services.eligible();
      services.schetmash.behavior().latency(Duration.ofMillis(60));
      AtomicInteger outages = new AtomicInteger();
      for (int outage = 0; outage < 3; outage++) {
        services.after(Duration.ofMillis(100 + outage * 500L), () -> {
          services.schetmash.goOffline();
          outages.incrementAndGet();
        });
        services.after(Duration.ofMillis(400 + outage * 500L), services.schetmash::goOnline);
      }
      Services.Pass first = services.runOnce(services.registrar());
      services.stopTimers();
      services.schetmash.goOnline();
      services.schetmash.behavior().latency(Duration.ZERO);
      finish(services, eligible, first, outages.get(), "Счетмаш refuses connections for 0.3 s, up to three times "
          + "during the first run: outages");
    }
  }

  @Test
  void schetmashStoresTheReceiptAndDropsTheAnswer() throws Exception {
    try (Services services = new Services(DOCUMENTS, 4)) {
      Set<String> eligible = services.eligible();
      services.schetmash.behavior().dropNextRegistrationsAfterCommit(25);
      Services.Pass first = services.runOnce(services.registrar());
      finish(services, eligible, first, 25, "Счетмаш stores the receipt, then drops the connection (commit-then-drop)");
    }
  }

  @Test
  void schetmashRotatesTheTokenMidRun() throws Exception {
    try (Services services = new Services(DOCUMENTS, 5)) {
      Set<String> eligible = services.eligible();
      services.schetmash.behavior().latency(Duration.ofMillis(30));
      AtomicInteger rotations = new AtomicInteger();
      services.every(Duration.ofMillis(250), () -> {
        if (rotations.get() < 6) {
          services.schetmash.rotateToken();
          rotations.incrementAndGet();
        }
      });
      Services.Pass first = services.runOnce(services.registrar());
      services.stopTimers();
      services.schetmash.behavior().latency(Duration.ZERO);
      finish(services, eligible, first, rotations.get(), "Счетмаш rotates the API token every 250 ms mid-run (as "
          + "another login with the same credentials does): rotations");
    }
  }

  @Test
  void schetmashHasNoActiveCashRegisterForAWhile() throws Exception {
    try (Services services = new Services(DOCUMENTS, 6)) {
      Window window = new Window(services.schetmash::requestCount);
      Set<String> eligible = services.eligible();
      services.schetmash.setShop(services.schetmash.shopId(), false);
      window.open();
      Services.Pass first = services.runOnce(services.registrar());
      window.close();
      services.schetmash.setShop(services.schetmash.shopId(), true);
      finish(services, eligible, first, window.hits(), "Счетмаш answers code 7 (no active cash register) for a whole "
          + "run, then has one again: requests refused");
    }
  }

  @Test
  void schetmashSendsMalformedJson() throws Exception {
    try (Services services = new Services(DOCUMENTS, 7)) {
      Set<String> eligible = services.eligible();
      services.schetmash.behavior().malformedJsonNext(20);
      Services.Pass first = services.runOnce(services.registrar());
      finish(services, eligible, first, 20, "Счетмаш answers cut-off JSON (after storing the receipt)");
    }
  }

  @Test
  void onecFailsWrites() throws Exception {
    try (Services services = new Services(DOCUMENTS, 8)) {
      Set<String> eligible = services.eligible();
      services.onec.behavior().failNextWrites(30);
      Services.Pass first = services.runOnce(services.registrar());
      finish(services, eligible, first, 30, "1C answers 500 with error -1 to writes");
    }
  }

  @Test
  void onecAnswersAtomXmlInsteadOfJson() throws Exception {
    try (Services services = new Services(DOCUMENTS, 9)) {
      Set<String> eligible = services.eligible();
      services.after(Duration.ofMillis(200), () -> services.onec.behavior().atomNext(20));
      Services.Pass first = services.runOnce(services.registrar());
      finish(services, eligible, first, 20, "1C answers Atom XML instead of JSON");
    }
  }

  @Test
  void onecAnswersAnHtmlLoginPage() throws Exception {
    try (Services services = new Services(DOCUMENTS, 10)) {
      Set<String> eligible = services.eligible();
      services.after(Duration.ofMillis(200), () -> services.onec.behavior().loginPageNext(20));
      Services.Pass first = services.runOnce(services.registrar());
      finish(services, eligible, first, 20, "1C answers an HTML login page (status 200) instead of JSON");
    }
  }

  @Test
  void onecRejectsThePasswordAfterItWasChanged() throws Exception {
    try (Services services = new Services(DOCUMENTS, 11)) {
      Set<String> eligible = services.eligible();
      services.onec.behavior().latency(Duration.ofMillis(3));
      services.after(Duration.ofMillis(300), () -> services.onec.changePassword("новый-пароль-2026"));
      Services.Pass first = services.runOnce(services.registrar());
      assertThat(first.stopped()).as("a run cannot go on with a rejected password").isNotNull();
      assertThat(first.stopped().getMessage()).containsIgnoringCase("password");
      finish(services, eligible, first, 1, "1C answers 401 after the user's password was changed mid-run "
          + "(re-run with the new one)");
    }
  }

  @Test
  void onecSendsMalformedJson() throws Exception {
    try (Services services = new Services(DOCUMENTS, 12)) {
      Set<String> eligible = services.eligible();
      services.after(Duration.ofMillis(200), () -> services.onec.behavior().malformedJsonNext(20));
      Services.Pass first = services.runOnce(services.registrar());
      finish(services, eligible, first, 20, "1C answers cut-off JSON (after writing)");
    }
  }

  /** With the fault healed: re-runs until complete, audits both services and records the trial. */
  private static void finish(Services services, Set<String> eligible, Services.Pass first, int times, String tried)
      throws InterruptedException {
    services.stopTimers();
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
  private static final class Window {
    private final IntSupplier requestCount;
    private volatile int openedAt;
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

    int hits() {
      return (closedAt < 0 ? requestCount.getAsInt() : closedAt) - openedAt;
    }
  }
}
