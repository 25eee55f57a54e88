package io.github.receiptbridge.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.app.common.ExitCodes;
import io.github.receiptbridge.sandbox.OnecSandbox;
import io.github.receiptbridge.sandbox.SchetmashSandbox;
import io.github.receiptbridge.testkit.InProcessCli;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 1C publication without the refund documents ({@code Document_СписаниеСРасчетногоСчета}): check-setup warns and
 * still passes, sales are registered and their statuses checked, and refund stops before sending anything.
 */
class RefundSetupCliTest {
  private static final String WITHDRAWALS = "Document_СписаниеСРасчетногоСчета";

  @TempDir
  Path folder;

  private SchetmashSandbox schetmash;
  private OnecSandbox onec;
  private Map<String, String> environment;

  @BeforeEach
  void start() {
    schetmash = SchetmashSandbox.builder().processingDelay(Duration.ZERO).start();
    onec = OnecSandbox.builder().demoThrough(CliRunner.TODAY).start();
    environment = new HashMap<>(Map.of("SCHETMASH_URL", schetmash.baseUrl(), "SCHETMASH_LOGIN", schetmash.login(),
        "SCHETMASH_PASSWORD", schetmash.password(), "SCHETMASH_SHOP_ID", String.valueOf(schetmash.shopId()),
        "ONEC_ODATA_URL", onec.serviceRoot(), "ONEC_USER", onec.user(), "ONEC_PASSWORD", onec.password(),
        "ONEC_TIMEZONE", "Europe/Moscow"));
    environment.put("RECEIPT_JOURNAL", folder.resolve("journal.db").toString());
  }

  @AfterEach
  void stop() {
    schetmash.close();
    onec.close();
  }

  @Test
  void checkSetupSaysTheRefundDocumentsArePublished() {
    InProcessCli.Result result = CliRunner.run(environment, "check-setup");

    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.SUCCESS);
    assertThat(result.out()).contains("refunds: " + WITHDRAWALS + " published").doesNotContain("warning: refunds");
  }

  @Test
  void withoutTheRefundDocumentsCheckSetupWarnsSalesGoOnAndRefundIsRefused() {
    onec.unpublish(WITHDRAWALS);

    InProcessCli.Result check = CliRunner.run(environment, "check-setup");
    InProcessCli.Result run = CliRunner.run(environment, "run", "--organization", "7701234567");
    InProcessCli.Result status = CliRunner.run(environment, "status", "--organization", "7701234567");
    InProcessCli.Result fill = CliRunner.run(environment, "fill", "--organization", "7701234567");
    int receipts = schetmash.receipts().size();
    InProcessCli.Result refund = CliRunner.run(environment, "refund", "--organization", "7701234567",
        "--document", "0000-000001", "--payment", "1");

    assertThat(check.exitCode()).as("sales need nothing more: " + check.out()).isEqualTo(ExitCodes.SUCCESS);
    assertThat(check.out()).contains("1C setup is complete", "warning: refunds: " + WITHDRAWALS + " missing");
    assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
    assertThat(receipts).as("sales were registered").isPositive();
    assertThat(status.exitCode()).as(status.err()).isIn(0, 1);
    assertThat(fill.exitCode()).as(fill.err()).isZero();
    assertThat(fill.out()).contains("Refunds to residents: not listed", WITHDRAWALS);
    assertThat(refund.exitCode()).isEqualTo(ExitCodes.SETUP);
    assertThat(refund.err()).contains(WITHDRAWALS);
    assertThat(refund.hasStackTrace()).isFalse();
    assertThat(schetmash.receipts()).as("refund sent nothing").hasSize(receipts);
  }

  @Test
  void checkSetupSaysTheThreePropertiesAreInBothDocumentSets() {
    InProcessCli.Result result = CliRunner.run(environment, "check-setup");

    assertThat(result.exitCode()).as(result.out()).isEqualTo(ExitCodes.SUCCESS);
    assertThat(result.out())
        .contains("property set Документ_ПоступлениеНаРасчетныйСчет: has СчетМаш_СтатусЧека, СчетМаш_НомерЧека, "
            + "СчетМаш_ДатаПроверкиСтатусаЧека")
        .contains("property set Документ_СписаниеСРасчетногоСчета: has СчетМаш_СтатусЧека")
        .doesNotContain("could not be checked").doesNotContain("problem:");
  }

  @Test
  void aPropertyMissingFromTheRefundSetIsAWarning() {
    onec.data().removeFromPropertySet("Документ_СписаниеСРасчетногоСчета", "СчетМаш_НомерЧека");

    InProcessCli.Result result = CliRunner.run(environment, "check-setup");

    assertThat(result.exitCode()).as(result.out()).isEqualTo(ExitCodes.SUCCESS);
    assertThat(result.out())
        .contains("warning: refunds: property set Документ_СписаниеСРасчетногоСчета lacks СчетМаш_НомерЧека;")
        .contains("property set Документ_ПоступлениеНаРасчетныйСчет: has");
  }

  @Test
  void aPropertyMissingFromTheReceiptSetIsASetupProblem() {
    onec.data().removeFromPropertySet("Документ_ПоступлениеНаРасчетныйСчет", "СчетМаш_СтатусЧека");

    InProcessCli.Result result = CliRunner.run(environment, "check-setup");

    assertThat(result.exitCode()).as(result.out()).isEqualTo(ExitCodes.SETUP);
    assertThat(result.out()).contains("problem: property set Документ_ПоступлениеНаРасчетныйСчет lacks "
        + "СчетМаш_СтатусЧека; add them in Администрирование → Общие настройки → Дополнительные реквизиты и "
        + "сведения → Поступление на расчетный счет");
  }

  @Test
  void withoutTheSetCatalogTheSetsCouldNotBeChecked() {
    onec.unpublish("Catalog_НаборыДополнительныхРеквизитовИСведений");

    InProcessCli.Result result = CliRunner.run(environment, "check-setup");

    assertThat(result.exitCode()).as(result.out()).isEqualTo(ExitCodes.SUCCESS);
    assertThat(result.out()).contains("property sets: could not be checked").doesNotContain("problem:");
  }
}
