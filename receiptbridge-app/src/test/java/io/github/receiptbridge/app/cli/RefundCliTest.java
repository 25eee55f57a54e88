package io.github.receiptbridge.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.app.common.service.DemoSandboxes;
import io.github.receiptbridge.testkit.InProcessCli;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The «Refunds to residents» section of fill and the refund command, on the demo data of both simulators. */
class RefundCliTest {
  @TempDir
  Path folder;

  private DemoSandboxes sandboxes;
  private Map<String, String> environment;

  @BeforeEach
  void start() {
    sandboxes = CliRunner.startSandboxes(Duration.ZERO);
    environment = CliRunner.environmentOf(sandboxes);
    environment.put("RECEIPT_JOURNAL", folder.resolve("journal.db").toString());
  }

  @AfterEach
  void stop() {
    sandboxes.close();
  }

  private List<String[]> refundLines(String fillOutput) {
    String section = fillOutput.substring(fillOutput.indexOf("Refunds to residents"));
    return section.lines().skip(2).filter(line -> line.matches("^\\S+\\s+\\d{4}-\\d{2}-\\d{2}.*"))
        .map(line -> line.trim().split("\\s+")).toList();
  }

  @Test
  void fillListsTheRefundsAndRefundSendsANamedOneOnceAndRefusesItsRepeat() {
    InProcessCli.Result run = CliRunner.runForDemoOrganization(environment, "run");
    assertThat(run.exitCode()).as(run.err()).isIn(0, 1);

    InProcessCli.Result fill = CliRunner.runForDemoOrganization(environment, "fill");
    assertThat(fill.exitCode()).as(fill.err()).isZero();
    assertThat(fill.out()).contains("Refunds to residents");
    List<String[]> lines = refundLines(fill.out());
    assertThat(lines).extracting(columns -> columns[3]).contains("NAMED", "LIKELY");
    String[] named = lines.stream().filter(columns -> "NAMED".equals(columns[3]) && !"-".equals(columns[6]))
        .findFirst().orElseThrow(() -> new AssertionError(fill.out()));

    InProcessCli.Result refund = CliRunner.runForDemoOrganization(environment, "refund", "--document", named[0],
        "--payment", named[4]);
    InProcessCli.Result again = CliRunner.runForDemoOrganization(environment, "refund", "--document", named[0],
        "--payment", named[4]);
    InProcessCli.Result after = CliRunner.runForDemoOrganization(environment, "fill");

    assertThat(refund.exitCode()).as(refund.out() + refund.err()).isZero();
    assertThat(sandboxes.schetmash().receipts().stream().filter(r -> "sell_refund".equals(r.operation())))
        .hasSize(1);
    assertThat(again.out()).as(again.err()).containsPattern("(?m)^sent\\s+0$")
        .containsPattern("(?m)^status updated\\s+1$");
    String[] sent = refundLines(after.out()).stream().filter(columns -> columns[0].equals(named[0])).findFirst()
        .orElseThrow();
    assertThat(sent[sent.length - 1]).as(after.out()).isNotEqualTo("-");
  }
}
