package io.github.receiptbridge.app.cli;

import io.github.receiptbridge.app.common.ExitCodes;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.sandbox.OnecSandbox;
import io.github.receiptbridge.sandbox.SchetmashSandbox;
import io.github.receiptbridge.testkit.InProcessCli;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A 1C infobase without the three receipt properties: the app says what to create, and sends nothing. */
class SetupProblemsTest {
  private SchetmashSandbox schetmash;
  private OnecSandbox onec;
  private Map<String, String> environment;

  @BeforeEach
  void start() {
    schetmash = SchetmashSandbox.start();
    onec = OnecSandbox.builder().withoutReceiptProperties().demoThrough(CliRunner.TODAY).start();
    environment = Map.of("SCHETMASH_URL", schetmash.baseUrl(), "SCHETMASH_LOGIN", schetmash.login(),
        "SCHETMASH_PASSWORD", schetmash.password(), "SCHETMASH_SHOP_ID", String.valueOf(schetmash.shopId()),
        "ONEC_ODATA_URL", onec.serviceRoot(), "ONEC_USER", onec.user(), "ONEC_PASSWORD", onec.password(),
        "ONEC_TIMEZONE", "Europe/Moscow");
  }

  @AfterEach
  void stop() {
    schetmash.close();
    onec.close();
  }

  @Test
  void checkSetupListsWhatIsMissing() {
    InProcessCli.Result result = CliRunner.run(environment, "check-setup");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.SETUP);
    assertThat(result.out()).contains("1C setup is incomplete", "СчетМаш_СтатусЧека", "СчетМаш_НомерЧека",
        "СчетМаш_ДатаПроверкиСтатусаЧека", "login accepted");
    assertThat(result.out()).as("the payments are listed all the same, for choosing the operation kinds")
        .contains("УК Ромашка (ИНН 7701234567)", "ОплатаПокупателя", "Other published documents");
  }

  @Test
  void runStopsBeforeSendingAnything() {
    InProcessCli.Result result = CliRunner.run(environment, "run", "--organization", "7701234567");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.SETUP);
    assertThat(result.err()).contains("error: 1C setup is incomplete").contains("СчетМаш_НомерЧека");
    assertThat(result.hasStackTrace()).isFalse();
    assertThat(schetmash.receipts()).isEmpty();
  }
}
