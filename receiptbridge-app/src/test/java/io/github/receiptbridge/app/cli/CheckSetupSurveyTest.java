package io.github.receiptbridge.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.app.common.ExitCodes;
import io.github.receiptbridge.app.common.service.DemoSandboxes;
import io.github.receiptbridge.onec.OnecClient;
import io.github.receiptbridge.onec.model.BankReceipt;
import io.github.receiptbridge.onec.model.Organization;
import io.github.receiptbridge.testkit.InProcessCli;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code check-setup} lists the operation kinds and payer types of the last two months' bank receipts with what the
 * policy does with each, and the other documents that may record payments; the counts are checked against what the
 * 1C simulator holds, read through the client.
 */
class CheckSetupSurveyTest {
  private static final LocalDate FROM = LocalDate.of(2026, 11, 1);
  private static final String ORGANIZATION_PAYER = "no: organization payer, RECEIPT_ORGANIZATION_PAYERS=skip";
  private static final String NO_CONTACT = "no: no payer contact in 1C, RECEIPT_FALLBACK_EMAIL not set";

  private DemoSandboxes sandboxes;
  private Map<String, String> environment;
  private OnecClient onec;

  @BeforeEach
  void start() {
    sandboxes = CliRunner.startSandboxes(Duration.ZERO);
    environment = CliRunner.environmentOf(sandboxes);
    onec = OnecClient.builder().fromSettings(sandboxes.onec().clientSettings()).build();
  }

  @AfterEach
  void stop() {
    onec.close();
    sandboxes.close();
  }

  @Test
  void listsEachOperationKindOfEachOrganizationWithTheCountsAndSumsThatOneCHolds() {
    InProcessCli.Result result = CliRunner.run(environment, "check-setup");

    assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(ExitCodes.SUCCESS);
    assertThat(result.out()).contains("Payments in 1C from 2026-11-01 to 2026-12-07",
        "RECEIPT_OPERATION_KINDS=ОплатаПокупателя, RECEIPT_ORGANIZATION_PAYERS=skip");
    List<Organization> organizations = onec.organizations();
    assertThat(organizations).isNotEmpty();
    for (Organization organization : organizations) {
      List<Row> rows = rowsOf(result.out(), organization);
      Map<String, Long> counted = new TreeMap<>();
      Map<String, BigDecimal> summed = new TreeMap<>();
      rows.forEach(row -> {
        counted.merge(row.operationKind(), row.documents(), Long::sum);
        summed.merge(row.operationKind(), row.sum(), BigDecimal::add);
      });
      Map<String, List<BankReceipt>> held = heldBy(organization);
      assertThat(counted).as(organization.name()).isEqualTo(held.entrySet().stream()
          .collect(Collectors.toMap(Map.Entry::getKey, e -> (long) e.getValue().size(), (a, b) -> a, TreeMap::new)));
      assertThat(summed).as(organization.name()).isEqualTo(held.entrySet().stream()
          .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stream().map(BankReceipt::amount)
              .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2), (a, b) -> a, TreeMap::new)));
    }
    List<Row> demo = rowsOf(result.out(), demoOrganization());
    assertThat(demo).extracting(Row::operationKind)
        .contains("ОплатаПокупателя", "ВозвратОтПоставщика", "ПрочееПоступление");
    assertThat(demo).allSatisfy(row -> assertThat(row.sum().scale()).isEqualTo(2));
  }

  @Test
  void saysWhatTheDefaultPolicyReceiptsAndWhyNot() {
    List<Row> rows = rowsOf(CliRunner.run(environment, "check-setup").out(), demoOrganization());

    assertThat(rows).filteredOn(row -> !row.operationKind().equals("ОплатаПокупателя")).isNotEmpty()
        .allSatisfy(row -> assertThat(row.receipted()).isEqualTo("no: not in RECEIPT_OPERATION_KINDS"));
    assertThat(rows).filteredOn(row -> row.operationKind().equals("ОплатаПокупателя")).isNotEmpty()
        .allSatisfy(row -> assertThat(row.receipted()).isEqualTo(row.payer().equals("counterparty, organization")
            ? ORGANIZATION_PAYER : "yes"));
    assertThat(rows).filteredOn(row -> row.receipted().equals("yes")).isNotEmpty();
  }

  @Test
  void everyKindIsReceiptedWithAStarButOrganizationPayersAndPaymentsWithoutPayerStillAreNot() {
    environment.put("RECEIPT_OPERATION_KINDS", "*");

    InProcessCli.Result result = CliRunner.run(environment, "check-setup");
    List<Row> rows = rowsOf(result.out(), demoOrganization());

    assertThat(result.out()).contains("RECEIPT_OPERATION_KINDS=*");
    assertThat(rows).extracting(Row::operationKind).contains("ВозвратОтПоставщика", "ПрочееПоступление");
    assertThat(rows).allSatisfy(row -> assertThat(row.receipted()).isEqualTo(switch (row.payer()) {
      case "counterparty, organization" -> ORGANIZATION_PAYER;
      case "none" -> NO_CONTACT;
      default -> "yes";
    }));
    assertThat(rows).filteredOn(row -> row.operationKind().equals("ВозвратОтПоставщика"))
        .as("the demo's supplier refunds come from companies").isNotEmpty()
        .allSatisfy(row -> assertThat(row.receipted()).isEqualTo(ORGANIZATION_PAYER));
    assertThat(rows).filteredOn(row -> row.payer().equals("none"))
        .as("the demo's bank interest has no payer").isNotEmpty();
  }

  @Test
  void everythingIsReceiptedWhenOrganizationPayersAreSentAndThereIsAFallbackEmail() {
    environment.put("RECEIPT_OPERATION_KINDS", "*");
    environment.put("RECEIPT_ORGANIZATION_PAYERS", "send");
    environment.put("RECEIPT_FALLBACK_EMAIL", "kassa@example.ru");

    List<Row> rows = rowsOf(CliRunner.run(environment, "check-setup").out(), demoOrganization());

    assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.receipted()).isEqualTo("yes"));
  }

  @Test
  void listsOnlyTheOrganizationGivenAndNamesTheOtherPaymentDocuments() {
    Organization demo = demoOrganization();

    InProcessCli.Result result = CliRunner.run(environment, "check-setup", "--organization", demo.inn());

    assertThat(rowsOf(result.out(), demo)).isNotEmpty();
    List<Organization> others = onec.organizations().stream().filter(other -> !other.key().equals(demo.key()))
        .toList();
    assertThat(others).as("the demo has another organization").isNotEmpty();
    others.forEach(other -> assertThat(result.out().lines()).doesNotContain(heading(other)));
    String documents = result.out().lines().filter(line -> line.startsWith("Other published documents"))
        .findFirst().orElseThrow();
    assertThat(documents).contains("Document_СписаниеСРасчетногоСчета")
        .doesNotContain("Document_ПоступлениеНаРасчетныйСчет");
  }

  @Test
  void noSurveyWhen1cDoesNotAnswer() {
    environment.put("ONEC_PASSWORD", "wrong");

    InProcessCli.Result result = CliRunner.run(environment, "check-setup");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.SETUP);
    assertThat(result.out()).doesNotContain("Payments in 1C").containsOnlyOnce("problem:");
  }

  /** One row of an organization's table. */
  private record Row(String operationKind, String payer, long documents, BigDecimal sum, String receipted) {}

  private Organization demoOrganization() {
    return onec.findOrganizations(DemoSandboxes.DEMO_ORGANIZATION).get(0);
  }

  /** The posted documents not marked for deletion of {@code organization} in the period, by operation kind. */
  private Map<String, List<BankReceipt>> heldBy(Organization organization) {
    try (Stream<BankReceipt> documents = onec.bankReceipts(organization.key(), FROM, CliRunner.TODAY)) {
      return documents.filter(document -> document.posted() && !document.deletionMark())
          .collect(Collectors.groupingBy(BankReceipt::operationKind));
    }
  }

  private static String heading(Organization organization) {
    return organization.name() + " (ИНН " + organization.inn() + ")";
  }

  /** The rows of the table under {@code organization}'s heading. */
  private static List<Row> rowsOf(String out, Organization organization) {
    List<String> lines = out.lines().toList();
    int heading = lines.indexOf(heading(organization));
    assertThat(heading).as("the heading of %s in%n%s", organization.name(), out).isNotNegative();
    List<Row> rows = new ArrayList<>();
    if (!lines.get(heading + 1).startsWith("operation kind")) {
      return rows;
    }
    for (String line : lines.subList(heading + 3, lines.size())) {
      String[] cells = line.split("\\s{2,}");
      if (cells.length != 5) {
        break;
      }
      rows.add(new Row(cells[0], cells[1], Long.parseLong(cells[2]), new BigDecimal(cells[3]), cells[4]));
    }
    return rows;
  }
}
