package io.github.receiptbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The background worker: the state each outcome walks through, as seen by GET report. */
class OutcomeProcessingTest {
  private static final Duration DELAY = Duration.ofMillis(400);

  private SchetmashSandbox sandbox;
  private SandboxHttp http;
  private String token;

  @BeforeEach
  void start() {
    sandbox = SchetmashSandbox.builder().processingDelay(DELAY).start();
    http = new SandboxHttp(sandbox);
    token = http.token();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  /** Polls the report until it settles in success/terminal error, collecting the distinct statuses. */
  private List<String> reportedStatuses(long id) {
    List<String> seen = new ArrayList<>();
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (System.nanoTime() < deadline) {
      String body = http.report(token, id).body();
      String status = body.replaceAll(".*\"status\":\"([a-z]+)\".*", "$1");
      if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(status)) {
        seen.add(status);
      }
      SchetmashSandboxReceipt receipt = sandbox.receipt(id).orElseThrow();
      if (receipt.internalStatus() == 4 || receipt.internalStatus() == 6) {
        return seen;
      }
      sleep(20);
    }
    return seen;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void successGoesAcceptProcessingSuccess() {
    http.register(token, "sell", SandboxHttp.sellReceipt("1"));

    assertThat(reportedStatuses(1)).containsExactly("accept", "processing", "success");
  }

  @Test
  void transientFailureStaysProcessingBeforeSuccess() {
    sandbox.behavior().nextOutcomes(SchetmashOutcome.TRANSIENT_FAILURE_THEN_SUCCESS);
    http.register(token, "sell", SandboxHttp.sellReceipt("1"));

    assertThat(reportedStatuses(1)).containsExactly("accept", "processing", "success");
  }

  @Test
  void kktErrorShowsErrorThenSuccessClearsIt() {
    sandbox.behavior().nextOutcomes(SchetmashOutcome.KKT_ERROR_THEN_SUCCESS);
    http.register(token, "sell", SandboxHttp.sellReceipt("1"));

    assertThat(reportedStatuses(1)).containsExactly("accept", "error", "success");
    assertThat(sandbox.receipt(1).orElseThrow().errorText()).isEmpty();
  }

  @Test
  void terminalErrorEndsInStatus6WithTheCashRegisterText() {
    sandbox.behavior().nextOutcomes(SchetmashOutcome.TERMINAL_ERROR);
    http.register(token, "sell", SandboxHttp.sellReceipt("1"));
    sandbox.awaitProcessed(Duration.ofSeconds(5));

    SchetmashSandboxReceipt receipt = sandbox.receipt(1).orElseThrow();
    assertThat(receipt.internalStatus()).isEqualTo(6);
    assertThat(receipt.errorText()).contains("Сумма платежей меньше суммы чека");
    assertThat(receipt.reportedStatus()).isEqualTo("error");
  }

  @Test
  void testKktGoesStraightTo4AndOutcomesApplyInOrderThenDefaultToSuccess() {
    sandbox.behavior().nextOutcomes(SchetmashOutcome.TEST_KKT, SchetmashOutcome.TERMINAL_ERROR);
    for (int i = 1; i <= 3; i++) {
      http.register(token, "sell", SandboxHttp.sellReceipt(Integer.toString(i)));
    }
    sandbox.awaitProcessed(Duration.ofSeconds(5));

    assertThat(sandbox.receipts()).extracting(SchetmashSandboxReceipt::internalStatus).containsExactly(4, 6, 3);
    assertThat(sandbox.receipts()).extracting(SchetmashSandboxReceipt::reportedStatus)
        .containsExactly("success", "error", "success");
  }

  @Test
  void adminEditCancelsWhatTheWorkerStillHadPlanned() {
    http.register(token, "sell", SandboxHttp.sellReceipt("1"));

    sandbox.setState(1, 2, "Нет связи с ОФД");
    sandbox.awaitProcessed(Duration.ofSeconds(5));

    assertThat(sandbox.receipt(1).orElseThrow().internalStatus()).isEqualTo(2);
    assertThat(sandbox.receipt(1).orElseThrow().errorText()).contains("Нет связи с ОФД");
  }

  @Test
  void awaitProcessedFailsWhenReceiptsAreStillPending() {
    http.register(token, "sell", SandboxHttp.sellReceipt("1"));

    assertThatThrownBy(() -> sandbox.awaitProcessed(Duration.ofMillis(10)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("pending");
    sandbox.awaitProcessed(Duration.ofSeconds(5));
  }

  @Test
  void setStateRejectsUnknownStatusesAndIds() {
    http.register(token, "sell", SandboxHttp.sellReceipt("1"));

    assertThatThrownBy(() -> sandbox.setState(1, 7, null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> sandbox.setState(99, 1, null)).isInstanceOf(IllegalArgumentException.class);
  }
}
