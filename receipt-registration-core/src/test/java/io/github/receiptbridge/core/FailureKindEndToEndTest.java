package io.github.receiptbridge.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.sandbox.OnecSandbox;
import io.github.receiptbridge.sandbox.SchetmashSandbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each failed document says what kind of failure it was, so an outage can be told from a problem of one document. */
class FailureKindEndToEndTest {
  private static final String INN = "7701234567";
  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  private static final DateRange NOVEMBER = DateRange.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
  private static final Clock NOW = Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), MOSCOW);

  private SandboxFixture sandboxes;

  @BeforeEach
  void start() {
    sandboxes = new SandboxFixture(SchetmashSandbox.builder().clock(NOW).processingDelay(Duration.ofMillis(20))
        .start(), OnecSandbox.builder().start());
    UUID organization = sandboxes.onec.data().addOrganization("УК Ромашка", INN, "770101001");
    sandboxes.onec.data().generateBankReceipts(organization, NOVEMBER.from(), NOVEMBER.to(), 20, 42);
  }

  @AfterEach
  void stop() throws Exception {
    sandboxes.close();
  }

  private ReceiptRegistrar registrar() {
    return sandboxes.registrar(sandboxes.schetmashClient(), sandboxes.onecClient()).clock(NOW).serverZone(MOSCOW)
        .build();
  }

  private static List<DocumentOutcome> failed(RunReport report) {
    return report.outcomes().stream()
        .filter(outcome -> outcome.action() == Action.FAILED || outcome.action() == Action.UNKNOWN).toList();
  }

  @Test
  void aRegisterPassWithSchetmashDownFailsEveryDocumentAsTheFiscalServiceUnreachable() {
    sandboxes.schetmash.goOffline();

    RunReport report = registrar().register(NOVEMBER, INN);

    assertThat(failed(report)).isNotEmpty().allSatisfy(outcome -> assertThat(outcome.failureKind())
        .contains(FailureKind.FISCAL_SERVICE_UNREACHABLE));
    assertThat(report.outcomes()).filteredOn(outcome -> outcome.action() == Action.SKIPPED)
        .allSatisfy(outcome -> assertThat(outcome.failureKind()).isEmpty());
  }

  @Test
  void aStatusPassWithSchetmashDownFailsEveryDocumentAsTheFiscalServiceUnreachable() {
    ReceiptRegistrar registrar = registrar();
    RunReport registered = registrar.register(NOVEMBER, INN);
    assertThat(registered.count(Action.SENT)).isPositive();
    assertThat(registered.outcomes()).allSatisfy(outcome -> assertThat(outcome.failureKind()).isEmpty());
    sandboxes.schetmash.goOffline();

    RunReport report = registrar.checkStatuses(NOVEMBER, INN);

    assertThat(failed(report)).hasSize(registered.count(Action.SENT)).allSatisfy(outcome ->
        assertThat(outcome.failureKind()).contains(FailureKind.FISCAL_SERVICE_UNREACHABLE));
  }

  @Test
  void aWriteBackThat1cRefusesFailsTheDocumentAsALedgerFailure() {
    sandboxes.onec.behavior().failNextWritesOf(SandboxFixture.RECEIPT_ID, 1000);

    RunReport report = registrar().register(NOVEMBER, INN);

    assertThat(failed(report)).isNotEmpty().allSatisfy(outcome -> assertThat(outcome.failureKind())
        .hasValueSatisfying(kind -> assertThat(kind).isIn(FailureKind.LEDGER_UNREACHABLE,
            FailureKind.LEDGER_REFUSED)));
  }

  @Test
  void aRunKeepsTheKindOfTheStatusPassThatFailed() {
    ReceiptRegistrar registrar = registrar();
    registrar.register(NOVEMBER, INN);
    sandboxes.schetmash.goOffline();

    RunReport run = registrar.run(NOVEMBER, INN, Duration.ZERO);

    assertThat(run.outcomes()).filteredOn(outcome -> outcome.error().isPresent()).as("the failed status checks")
        .isNotEmpty()
        .allSatisfy(outcome -> assertThat(outcome.failureKind()).contains(FailureKind.FISCAL_SERVICE_UNREACHABLE));
  }
}
