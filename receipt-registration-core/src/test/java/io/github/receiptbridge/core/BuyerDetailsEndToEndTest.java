package io.github.receiptbridge.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.receiptbridge.sandbox.BankReceiptSeed;
import io.github.receiptbridge.sandbox.ContactRow;
import io.github.receiptbridge.sandbox.CounterpartyForm;
import io.github.receiptbridge.sandbox.OnecSandbox;
import io.github.receiptbridge.sandbox.SchetmashSandbox;
import io.github.receiptbridge.sandbox.SchetmashSandboxReceipt;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The buyer's name and INN (tags 1227, 1228) against both simulators: with organization payers sent, a company's and
 * a sole trader's receipts carry them as 1C holds them, a resident's carries neither.
 */
class BuyerDetailsEndToEndTest {
  private static final String INN = "7701234567";
  private static final DateRange NOVEMBER = DateRange.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));

  private SandboxFixture sandboxes;

  @AfterEach
  void stop() throws Exception {
    if (sandboxes != null) {
      sandboxes.close();
    }
  }

  private UUID payment(UUID organization, UUID counterparty, String amount, int day) {
    return sandboxes.onec.data().addBankReceipt(BankReceiptSeed.builder().organization(organization)
        .date(LocalDateTime.of(2026, 11, day, 10, 0)).amount(new BigDecimal(amount)).counterparty(counterparty)
        .purpose("Оплата по договору 17").build());
  }

  @Test
  void withOrganizationPayersSentACompanysReceiptCarriesItsNameAndInnAndAResidentsNeither() throws Exception {
    sandboxes = new SandboxFixture(SchetmashSandbox.builder().processingDelay(Duration.ofMillis(20)).start(),
        OnecSandbox.builder().start());
    UUID organization = sandboxes.onec.data().addOrganization("УК Ромашка", INN, "770101001");
    UUID company = sandboxes.onec.data().addCounterparty("ООО \"Продукты у дома\"", "7704123453",
        CounterpartyForm.LEGAL_ENTITY, List.of(ContactRow.email("buh@produkty.example.ru")));
    UUID badInn = sandboxes.onec.data().addCounterparty("ООО \"Вектор\"", "77041234", CounterpartyForm.LEGAL_ENTITY,
        List.of(ContactRow.email("vector@example.ru")));
    UUID resident = sandboxes.onec.data().addCounterparty("Иванов Иван Иванович", "",
        CounterpartyForm.NATURAL_PERSON, List.of(ContactRow.email("ivanov@example.ru")));
    UUID fromCompany = payment(organization, company, "12000.00", 3);
    UUID fromBadInn = payment(organization, badInn, "500.00", 4);
    UUID fromResident = payment(organization, resident, "1520.40", 5);

    RunReport report = sandboxes.registrar(sandboxes.schetmashClient(), sandboxes.onecClient())
        .policy(ReceiptPolicy.builder().organizationPayers(OrganizationPayers.SEND).build()).build()
        .register(NOVEMBER, INN);

    assertThat(report.count(Action.SENT)).isEqualTo(3);
    Map<String, JsonNode> attributes = sandboxes.schetmash.receipts().stream().collect(Collectors.toMap(
        SchetmashSandboxReceipt::externalId, BuyerDetailsEndToEndTest::attributes, (a, b) -> a));
    JsonNode companys = attributes.get("1c-" + fromCompany);
    assertThat(companys.get("name").asText()).isEqualTo("ООО \"Продукты у дома\"");
    assertThat(companys.get("inn").asText()).isEqualTo("7704123453");
    assertThat(companys.get("email").asText()).isEqualTo("buh@produkty.example.ru");
    JsonNode malformed = attributes.get("1c-" + fromBadInn);
    assertThat(malformed.get("name").asText()).isEqualTo("ООО \"Вектор\"");
    assertThat(malformed.has("inn")).as("an INN of 8 digits is left out").isFalse();
    JsonNode residents = attributes.get("1c-" + fromResident);
    assertThat(residents.has("name")).isFalse();
    assertThat(residents.has("inn")).isFalse();
  }

  @Test
  void byDefaultACompanysPaymentIsSkippedAndAResidentsSentWithoutName() throws Exception {
    sandboxes = new SandboxFixture(SchetmashSandbox.builder().start(), OnecSandbox.builder().start());
    UUID organization = sandboxes.onec.data().addOrganization("УК Ромашка", INN, "770101001");
    UUID company = sandboxes.onec.data().addCounterparty("ООО \"Продукты у дома\"", "7704123453",
        CounterpartyForm.LEGAL_ENTITY, List.of(ContactRow.email("buh@produkty.example.ru")));
    UUID resident = sandboxes.onec.data().addCounterparty("Иванов Иван Иванович", "",
        CounterpartyForm.NATURAL_PERSON, List.of(ContactRow.email("ivanov@example.ru")));
    UUID fromCompany = payment(organization, company, "12000.00", 3);
    payment(organization, resident, "1520.40", 5);

    RunReport report = sandboxes.registrar().register(NOVEMBER, INN);

    assertThat(report.outcomes()).filteredOn(outcome -> outcome.documentKey().equals(fromCompany))
        .singleElement().satisfies(outcome -> assertThat(outcome.reasonCode()).contains(ReasonCode.ORGANIZATION_PAYER));
    assertThat(sandboxes.schetmash.receipts()).singleElement().satisfies(receipt ->
        assertThat(attributes(receipt).has("name")).isFalse());
  }

  private static JsonNode attributes(SchetmashSandboxReceipt receipt) {
    try {
      return new ObjectMapper().readTree(receipt.requestBody()).at("/receipt/attributes");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

}
