package io.github.receiptbridge.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.core.schetmash.SchetmashFiscalService;
import io.github.receiptbridge.sandbox.SchetmashSandbox;
import io.github.receiptbridge.sandbox.SchetmashSandboxReceipt;
import io.github.receiptbridge.schetmash.SchetmashClient;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An application that keeps its payments in its own store registers them through its own {@link Ledger}: payment
 * objects of the core's types only, no 1C type anywhere, against the Счетмаш simulator.
 */
class OwnLedgerTest {
  private static final DateRange NOVEMBER = DateRange.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

  private final MemoryLedger ledger = new MemoryLedger(MOSCOW);
  private SchetmashSandbox schetmash;
  private SchetmashClient client;

  @BeforeEach
  void start() {
    schetmash = SchetmashSandbox.builder().processingDelay(Duration.ofMillis(20)).start();
    client = SchetmashClient.builder().fromSettings(schetmash.clientSettings()).build();
  }

  @AfterEach
  void stop() {
    client.close();
    schetmash.close();
  }

  /** A month of a resident's payments, one every working day, and two the policy leaves out. */
  private List<PaymentDocument> aMonthOfPayments() {
    Payer resident = ledger.add(Payer.builder().ref(PayerRef.of(UUID.randomUUID())).name("Иванова Анна")
        .kind(PayerKind.PERSON).addEmails("ivanova@example.ru").build());
    Payer tenant = ledger.add(Payer.builder().ref(PayerRef.of(UUID.randomUUID())).name("ООО Продукты")
        .kind(PayerKind.ORGANIZATION).addEmails("buh@produkty.ru").build());
    for (int day = 1; day <= 30; day++) {
      LocalDateTime paid = LocalDateTime.of(2026, 11, day, 10, 30);
      if (paid.getDayOfWeek().getValue() < 6) {
        ledger.add(PaymentDocument.builder().key(UUID.randomUUID()).organizationKey(ledger.organization.key())
            .number("П-" + day).date(paid).amount(new BigDecimal("1000.00").add(BigDecimal.valueOf(day)))
            .paymentPurpose("Квартплата за октябрь, л/с " + day).kind(PaymentKind.CUSTOMER_PAYMENT)
            .operationKind("Квартплата").payer(resident.ref()).build());
      }
    }
    ledger.add(PaymentDocument.builder().key(UUID.randomUUID()).organizationKey(ledger.organization.key())
        .number("П-tenant").date(LocalDateTime.of(2026, 11, 5, 12, 0)).amount(new BigDecimal("48210.55"))
        .paymentPurpose("Аренда").kind(PaymentKind.CUSTOMER_PAYMENT).payer(tenant.ref()).build());
    ledger.add(PaymentDocument.builder().key(UUID.randomUUID()).organizationKey(ledger.organization.key())
        .number("П-interest").date(LocalDateTime.of(2026, 11, 30, 18, 0)).amount(new BigDecimal("12.34"))
        .paymentPurpose("Проценты на остаток").kind(PaymentKind.OTHER_INCOME).build());
    try (Stream<PaymentDocument> all = ledger.payments(ledger.organization.key(), NOVEMBER)) {
      return all.filter(document -> document.number().matches("П-\\d+")).toList();
    }
  }

  private ReceiptRegistrar registrar(Clock clock) {
    return ReceiptRegistrar.builder().ledger(ledger).fiscalService(SchetmashFiscalService.of(client)).clock(clock)
        .statusPollInterval(Duration.ofMillis(50)).build();
  }

  @Test
  void aMonthOfOwnPaymentsGetsOneSuccessfulReceiptEachAndTheLedgerHoldsThem() {
    List<PaymentDocument> residents = aMonthOfPayments();

    RunReport report = registrar(Clock.systemUTC()).run(NOVEMBER, MemoryLedger.INN, Duration.ofSeconds(30));

    assertThat(report.count(Action.SENT)).isEqualTo(residents.size());
    assertThat(report.outcomes()).filteredOn(outcome -> outcome.action() == Action.SKIPPED)
        .extracting(outcome -> outcome.reasonCode().orElseThrow())
        .containsExactlyInAnyOrder(ReasonCode.ORGANIZATION_PAYER, ReasonCode.OPERATION_KIND);
    assertThat(report.outcomes()).noneMatch(DocumentOutcome::isInFlight);
    assertThat(schetmash.receipts()).extracting(SchetmashSandboxReceipt::externalId)
        .containsExactlyInAnyOrderElementsOf(residents.stream().map(document -> "1c-" + document.key()).toList());
    for (PaymentDocument document : residents) {
      SavedState saved = ledger.state(document.key());
      assertThat(saved.isSuccess()).as(document.number()).isTrue();
      assertThat(saved.isComplete()).as(document.number()).isTrue();
      SchetmashSandboxReceipt receipt = schetmash.receipt(saved.receiptId().orElseThrow()).orElseThrow();
      assertThat(receipt.requestBody()).contains("\"email\":\"ivanova@example.ru\"")
          .contains("\"total\":" + document.amount().toPlainString());
    }
  }

  @Test
  void registeringAgainSendsNothing() {
    aMonthOfPayments();
    registrar(Clock.systemUTC()).register(NOVEMBER, MemoryLedger.INN);
    int requests = schetmash.requestCount();

    RunReport again = registrar(Clock.systemUTC()).register(NOVEMBER, MemoryLedger.INN);

    assertThat(again.count(Action.SENT)).isZero();
    assertThat(again.count(Action.ALREADY_SENT)).isPositive();
    assertThat(schetmash.requestCount()).isEqualTo(requests);
  }

  @Test
  void checkDatesAreWrittenInTheLedgersZone() {
    aMonthOfPayments();
    Clock noon = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);

    RunReport report = registrar(noon).register(NOVEMBER, MemoryLedger.INN);

    UUID sent = report.outcomes().stream().filter(outcome -> outcome.action() == Action.SENT).findFirst()
        .orElseThrow().documentKey();
    assertThat(ledger.state(sent).checkedAt()).contains(LocalDateTime.of(2026, 12, 1, 12, 0));
  }
}
