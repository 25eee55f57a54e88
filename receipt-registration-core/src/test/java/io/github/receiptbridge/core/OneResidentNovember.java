package io.github.receiptbridge.core;

import io.github.receiptbridge.sandbox.BankReceiptSeed;
import io.github.receiptbridge.sandbox.OnecSandbox;
import io.github.receiptbridge.sandbox.SchetmashSandbox;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

/**
 * Both simulators with «УК Ромашка» and one resident, Орлова, who pays 1,520.40 a document in November 2026; the
 * clock stands at noon of Friday 6 November in Moscow.
 */
final class OneResidentNovember implements AutoCloseable {
  static final String INN = "7701234567";
  static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  static final DateRange NOVEMBER = DateRange.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
  static final LocalDateTime NOW_THERE = LocalDateTime.of(2026, 11, 6, 12, 0);
  static final Clock NOW = Clock.fixed(NOW_THERE.atZone(MOSCOW).toInstant(), MOSCOW);

  final SandboxFixture sandboxes;
  private final UUID organization;
  private final UUID payer;

  /** Starts the simulators; Счетмаш fiscalizes a receipt {@code processingDelay} after it is accepted. */
  OneResidentNovember(Duration processingDelay) {
    sandboxes = new SandboxFixture(SchetmashSandbox.builder().clock(NOW).processingDelay(processingDelay).start(),
        OnecSandbox.builder().start());
    organization = sandboxes.onec.data().addOrganization("УК Ромашка", INN, "770101001");
    payer = sandboxes.onec.data().addNaturalPerson("Орлова Мария Ивановна", "orlova@example.ru", null);
  }

  /** A posted payment of the resident numbered {@code number}, paid on {@code paid} at 10:00. */
  UUID payment(String number, LocalDate paid) {
    return sandboxes.onec.data().addBankReceipt(BankReceiptSeed.builder().organization(organization).number(number)
        .date(paid.atTime(10, 0)).amount(new BigDecimal("1520.40")).naturalPerson(payer)
        .purpose("Оплата ЖКУ, документ " + number).paymentOrder(number.substring(number.length() - 6), paid)
        .build());
  }

  /** A registrar over both simulators with {@code journal}, the fixed clock and the Russian calendar. */
  ReceiptRegistrar registrar(ReceiptJournal journal) {
    return sandboxes.registrar(sandboxes.schetmashClient(), sandboxes.onecClient()).journal(journal)
        .clock(NOW).serverZone(MOSCOW).calendar(WorkingCalendar.russian()).build();
  }

  @Override
  public void close() throws Exception {
    sandboxes.close();
  }
}
