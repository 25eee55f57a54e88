package io.github.receiptbridge.app.cli;

import io.github.receiptbridge.app.common.ExitCodes;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.app.common.service.DemoSandboxes;
import io.github.receiptbridge.sandbox.BankReceiptSeed;
import io.github.receiptbridge.sandbox.OnecData;
import io.github.receiptbridge.sandbox.SchetmashSandboxReceipt;
import io.github.receiptbridge.testkit.InProcessCli;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A statement loaded twice: the copy waits for a person (exit 1) until {@code register --not-duplicate} sends it. */
class DuplicatesCliTest {
  private DemoSandboxes sandboxes;
  private Map<String, String> environment;
  private UUID first;
  private UUID copy;

  @BeforeEach
  void start() {
    sandboxes = CliRunner.startSandboxes(Duration.ZERO);
    environment = CliRunner.environmentOf(sandboxes);
    OnecData data = sandboxes.onec().data();
    UUID romashka = data.organizationKeys().get(0);
    UUID payer = data.addNaturalPerson("Орлова Мария Ивановна", "orlova@example.ru", null);
    BankReceiptSeed.Builder payment = BankReceiptSeed.builder().organization(romashka)
        .date(CliRunner.TODAY.atTime(11, 0)).amount(new BigDecimal("1520.40")).naturalPerson(payer)
        .purpose("Оплата ЖКУ за ноябрь 2026, л/с 10001").paymentOrder("307076", CliRunner.TODAY);
    first = data.addBankReceipt(payment.number("РМ00-009001").build());
    copy = data.addBankReceipt(payment.number("РМ00-009002").build());
  }

  @AfterEach
  void stop() {
    sandboxes.close();
  }

  private long receiptsOf(UUID document) {
    return sandboxes.schetmash().receipts().stream().map(SchetmashSandboxReceipt::externalId)
        .filter(("1c-" + document)::equals).count();
  }

  @Test
  void theCopyWaitsForAPersonUntilRegisterNotDuplicateSendsIt() {
    InProcessCli.Result fill = CliRunner.runForDemoOrganization(environment, "fill");
    InProcessCli.Result register = CliRunner.runForDemoOrganization(environment, "register");

    assertThat(fill.out()).contains("skip: possible duplicate of РМ00-009001");
    assertThat(register.exitCode()).as(register.err()).isEqualTo(ExitCodes.INCOMPLETE);
    assertThat(register.out()).containsPattern("skipped: possible duplicate of another document \\(listed below\\)\\s+1")
        .contains("Waiting for a person", "№ РМ00-009002 of " + CliRunner.TODAY + ": possible duplicate of "
            + "РМ00-009001");
    assertThat(receiptsOf(first)).isOne();
    assertThat(receiptsOf(copy)).isZero();

    InProcessCli.Result confirmed = CliRunner.runForDemoOrganization(environment, "register", "--not-duplicate",
        "РМ00-009002");

    assertThat(confirmed.exitCode()).as(confirmed.err()).isZero();
    assertThat(receiptsOf(copy)).isOne();
    assertThat(receiptsOf(first)).isOne();
  }

  @Test
  void aNotDuplicateNumberThePeriodDoesNotHaveIsAUsageErrorAndSendsNothing() {

    InProcessCli.Result result = CliRunner.runForDemoOrganization(environment, "register", "--not-duplicate",
        "РМ00-999999");

    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("no document РМ00-999999", "Nothing was sent");
    assertThat(sandboxes.schetmash().receipts()).as("no receipt sent").isEmpty();
  }
}
