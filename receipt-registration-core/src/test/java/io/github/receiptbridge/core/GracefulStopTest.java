package io.github.receiptbridge.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.sandbox.OnecSandbox;
import io.github.receiptbridge.sandbox.SchetmashSandbox;
import io.github.receiptbridge.sandbox.SchetmashSandboxReceipt;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The stop signal of {@link ReceiptRegistrar.Builder#stopWhen}: no new document, in-flight ones finish, nothing lost. */
class GracefulStopTest {
  private static final String INN = "7701234567";
  private static final DateRange NOVEMBER = DateRange.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));

  private SandboxFixture sandboxes;

  @BeforeEach
  void seed() {
    sandboxes = new SandboxFixture(SchetmashSandbox.builder().processingDelay(Duration.ofMillis(20)).start(),
        OnecSandbox.builder().start());
    UUID organization = sandboxes.onec.data().addOrganization("УК Ромашка", INN, "770101001");
    sandboxes.onec.data().generateBankReceipts(organization, NOVEMBER.from(), NOVEMBER.to(), 200, 7);
    sandboxes.schetmash.behavior().latency(Duration.ofMillis(10));
  }

  @AfterEach
  void stop() throws Exception {
    sandboxes.close();
  }

  private List<FillRow> eligible() {
    try (var rows = sandboxes.registrar().fill(NOVEMBER, INN)) {
      return rows.filter(row -> row.action() == PlannedAction.SEND).toList();
    }
  }

  @Test
  void aStoppedRegisterStartsNoNewDocumentFinishesTheStartedOnesAndTheNextRunCompletesThePeriod() {
    List<FillRow> eligible = eligible();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger done = new AtomicInteger();
    ProgressListener stopAfterTwenty = new ProgressListener() {
      @Override
      public void documentDone(DocumentOutcome outcome) {
        if (done.incrementAndGet() == 20) {
          stop.set(true);
        }
      }
    };
    ReceiptRegistrar stoppable = sandboxes.registrar(sandboxes.schetmashClient(), sandboxes.onecClient())
        .progressListener(stopAfterTwenty).stopWhen(stop::get).build();

    RunReport stopped = stoppable.register(NOVEMBER, INN);

    assertThat(stopped.stopped()).isTrue();
    assertThat(stopped.toJson()).contains("\"stopped\" : true");
    assertThat(stopped.outcomes().size()).isBetween(20, 60);
    assertThat(stopped.count(Action.FAILED) + stopped.count(Action.UNKNOWN)).isZero();
    List<SchetmashSandboxReceipt> held = sandboxes.schetmash.receipts();
    assertThat(held).hasSize(stopped.count(Action.SENT));
    for (SchetmashSandboxReceipt receipt : held) { // every receipt sent before the stop has its id in 1C
      UUID document = UUID.fromString(receipt.externalId().substring(3));
      assertThat(sandboxes.onec.data().additionalInfo(document, SandboxFixture.RECEIPT_ID))
          .hasValueSatisfying(id -> assertThat(Long.parseLong(id)).isEqualTo(receipt.id()));
    }

    RunReport rest = sandboxes.registrar().register(NOVEMBER, INN);

    assertThat(rest.stopped()).isFalse();
    assertThat(rest.toJson()).doesNotContain("stopped");
    sandboxes.assertExactlyOneReceiptPerEligibleDocument(sandboxes.schetmash.shopId(), eligible);
  }

  @Test
  void aRunAskedToStopBeforeItStartsSendsNothingAndSaysSo() {
    ReceiptRegistrar stopped = sandboxes.registrar(sandboxes.schetmashClient(), sandboxes.onecClient())
        .stopWhen(() -> true).build();

    RunReport report = stopped.run(NOVEMBER, INN, Duration.ofMinutes(1));

    assertThat(report.stopped()).isTrue();
    assertThat(report.outcomes()).isEmpty();
    assertThat(sandboxes.schetmash.receipts()).isEmpty();
  }

  @Test
  void aRunStoppedWhileWaitingForStatusesReturnsWithoutWaitingOut() {
    AtomicBoolean stop = new AtomicBoolean();
    ProgressListener stopWhenRegistered = new ProgressListener() {
      @Override
      public void finished(RunReport report) {
        if (report.phase() == Phase.REGISTER) {
          stop.set(true);
        }
      }
    };
    sandboxes.schetmash.behavior().latency(Duration.ZERO);
    ReceiptRegistrar registrar = sandboxes.registrar(sandboxes.schetmashClient(), sandboxes.onecClient())
        .progressListener(stopWhenRegistered).stopWhen(stop::get).statusPollInterval(Duration.ofMinutes(10)).build();

    RunReport report = registrar.run(NOVEMBER, INN, Duration.ofHours(1)); // would wait 10 min between polls

    assertThat(report.stopped()).isTrue();
    assertThat(report.count(Action.SENT)).isPositive();
    assertThat(sandboxes.schetmash.receipts()).hasSize(report.count(Action.SENT));
  }
}
