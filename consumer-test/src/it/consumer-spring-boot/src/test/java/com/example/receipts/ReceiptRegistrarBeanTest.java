package com.example.receipts;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.core.Action;
import io.github.receiptbridge.core.DateRange;
import io.github.receiptbridge.core.ReceiptRegistrar;
import io.github.receiptbridge.core.RunReport;
import io.github.receiptbridge.sandbox.OnecSandbox;
import io.github.receiptbridge.sandbox.SchetmashSandbox;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application's own registrar bean, configured by Spring from the simulators' settings, registers the demo
 * month of «УК Ромашка» end to end: every document it reports as sent is a receipt in the Счетмаш simulator, and a
 * second run sends nothing.
 */
@SpringBootTest
class ReceiptRegistrarBeanTest {
  private static final String UK_ROMASHKA = "7701234567";
  private static final YearMonth MONTH = YearMonth.of(2026, 11);

  private static final SchetmashSandbox SCHETMASH = SchetmashSandbox.start();
  private static final OnecSandbox ONEC = OnecSandbox.builder().demo(MONTH).start();

  @DynamicPropertySource
  static void simulators(DynamicPropertyRegistry registry) {
    SCHETMASH.clientSettings().forEach((name, value) -> registry.add(name, () -> value));
    ONEC.clientSettings().forEach((name, value) -> registry.add(name, () -> value));
  }

  @AfterAll
  static void stopSimulators() {
    try {
      ONEC.close();
    } finally {
      SCHETMASH.close();
    }
  }

  @Autowired
  private ReceiptRegistrar registrar;

  @Test
  void theRegistrarBeanRegistersAMonthOnceAgainstTheSimulators() {
    DateRange month = DateRange.monthOf(LocalDate.of(MONTH.getYear(), MONTH.getMonth(), 1));

    RunReport first = registrar.register(month, UK_ROMASHKA);

    int sent = first.count(Action.SENT);
    assertThat(sent).as("the demo month has payments to register: %s", first.totals()).isPositive();
    assertThat(SCHETMASH.receipts()).as("one receipt per sent document").hasSize(sent);
    assertThat(first.count(Action.FAILED)).as("%s", first.totals()).isZero();

    RunReport second = registrar.register(month, UK_ROMASHKA);

    assertThat(second.count(Action.SENT)).as("nothing is sent twice: %s", second.totals()).isZero();
    assertThat(second.count(Action.ALREADY_SENT)).isEqualTo(sent);
    assertThat(SCHETMASH.receipts()).hasSize(sent);
  }
}
