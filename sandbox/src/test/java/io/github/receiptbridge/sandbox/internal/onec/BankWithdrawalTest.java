package io.github.receiptbridge.sandbox.internal.onec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.receiptbridge.sandbox.BankReceiptSeed;
import io.github.receiptbridge.sandbox.BankWithdrawalSeed;
import io.github.receiptbridge.sandbox.OnecSandbox;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** «Списание с расчетного счета» in the simulator: seeding, queries, additional information, the demo month. */
class BankWithdrawalTest {
  private static final String SET = "Document_СписаниеСРасчетногоСчета";
  private static final String RECEIPT_TYPE = "StandardODATA.Document_ПоступлениеНаРасчетныйСчет";
  private final ObjectMapper mapper = new ObjectMapper();

  private JsonNode values(OnecHttp http, String relative) throws Exception {
    OnecHttp.Answer answer = http.get(relative);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return mapper.readTree(answer.body()).path("value");
  }

  @Test
  void aSeededRefundIsServedWithItsBasisDocumentAndTheSettlementDocumentOfItsRow() throws Exception {
    try (OnecSandbox sandbox = OnecSandbox.builder().start()) {
      UUID org = sandbox.data().addOrganization("УК", "7701234567", "770101001");
      UUID resident = sandbox.data().addNaturalPerson("Иванов Иван Иванович", "ivanov@example.ru", null);
      UUID payment = sandbox.data().addBankReceipt(BankReceiptSeed.builder().organization(org)
          .date(LocalDateTime.of(2024, 3, 4, 12, 0)).amount(new BigDecimal("1500.50")).naturalPerson(resident)
          .build());
      UUID refund = sandbox.data().addBankWithdrawal(BankWithdrawalSeed.builder().organization(org)
          .date(LocalDateTime.of(2024, 3, 12, 11, 15)).amount(new BigDecimal("700"))
          .operationKind(BankWithdrawalSeed.REFUND_TO_PAYER).naturalPerson(resident).basisBankReceipt(payment)
          .settlementBankReceipt(payment).purpose("Возврат переплаты").build());
      OnecHttp http = new OnecHttp(sandbox);

      JsonNode document = values(http, SET + "?$format=json&$filter=Ref_Key eq guid'" + refund + "'").get(0);

      assertThat(document.path("Number").asText().trim()).isNotEmpty();
      assertThat(document.path("ВидОперации").asText()).isEqualTo("ВозвратПокупателю");
      assertThat(document.path("СуммаДокумента").decimalValue()).isEqualByComparingTo("700");
      assertThat(document.path("Контрагент").asText()).isEqualTo(resident.toString());
      assertThat(document.path("Контрагент_Type").asText()).isEqualTo("StandardODATA.Catalog_ФизическиеЛица");
      assertThat(document.path("ДокументОснование").asText()).isEqualTo(payment.toString());
      assertThat(document.path("ДокументОснование_Type").asText()).isEqualTo(RECEIPT_TYPE);
      JsonNode row = document.path("РасшифровкаПлатежа").get(0);
      assertThat(row.path("LineNumber").asText()).isEqualTo("1");
      assertThat(row.path("Сделка").asText()).isEqualTo(payment.toString());
      assertThat(row.path("Сделка_Type").asText()).isEqualTo(RECEIPT_TYPE);
      assertThat(row.path("СуммаПлатежа").decimalValue()).isEqualByComparingTo("700");
    }
  }

  @Test
  void filtersOrdersPagesSelectsAndCountsLikeTheBankReceipts() throws Exception {
    try (OnecSandbox sandbox = OnecSandbox.builder().start()) {
      UUID org = sandbox.data().addOrganization("УК", "7701234567", "770101001");
      UUID other = sandbox.data().addOrganization("ТСЖ", "5003012345", "500301001");
      for (int day : new int[] {20, 5, 12}) {
        sandbox.data().addBankWithdrawal(BankWithdrawalSeed.builder().organization(org)
            .date(LocalDateTime.of(2024, 3, day, 10, 0)).amount(BigDecimal.TEN)
            .operationKind(day == 20 ? BankWithdrawalSeed.SUPPLIER_PAYMENT : BankWithdrawalSeed.REFUND_TO_PAYER)
            .build());
      }
      sandbox.data().addBankWithdrawal(BankWithdrawalSeed.builder().organization(other)
          .date(LocalDateTime.of(2024, 3, 6, 10, 0)).operationKind(BankWithdrawalSeed.REFUND_TO_PAYER).build());
      OnecHttp http = new OnecHttp(sandbox);
      String filter = "$filter=Date ge datetime'2024-03-01T00:00:00' and Date lt datetime'2024-04-01T00:00:00'"
          + " and Организация_Key eq guid'" + org + "'";

      JsonNode page = values(http, SET + "?$format=json&" + filter + "&$select=Ref_Key,Date,ВидОперации,"
          + "РасшифровкаПлатежа/Сделка,РасшифровкаПлатежа/Сделка_Type&$orderby=Date,Number&$top=2&$skip=1");
      assertThat(page).hasSize(2);
      assertThat(page.get(0).path("Date").asText()).isEqualTo("2024-03-12T10:00:00");
      assertThat(page.get(1).path("Date").asText()).isEqualTo("2024-03-20T10:00:00");
      assertThat(page.get(0).has("СуммаДокумента")).as("not selected").isFalse();
      assertThat(page.get(0).path("РасшифровкаПлатежа").get(0).path("Сделка_Type").asText())
          .isEqualTo("StandardODATA.Undefined");

      JsonNode refunds = values(http, SET + "?$format=json&" + filter + " and ВидОперации eq 'ВозвратПокупателю'"
          + "&$orderby=Date,Number");
      assertThat(refunds).extracting(node -> node.path("Date").asText())
          .containsExactly("2024-03-05T10:00:00", "2024-03-12T10:00:00");
      assertThat(http.get(SET + "/$count?" + filter).body()).endsWith("3");
    }
  }

  @Test
  void acceptsTheAdditionalInformationOfAWithdrawal() throws Exception {
    try (OnecSandbox sandbox = OnecSandbox.builder().start()) {
      UUID org = sandbox.data().addOrganization("УК", "7701234567", "770101001");
      UUID refund = sandbox.data().addBankWithdrawal(BankWithdrawalSeed.builder().organization(org)
          .operationKind(BankWithdrawalSeed.REFUND_TO_PAYER).build());
      UUID property = sandbox.data().propertyKey("СчетМаш_НомерЧека").orElseThrow();
      OnecHttp http = new OnecHttp(sandbox);

      OnecHttp.Answer created = http.post("InformationRegister_ДополнительныеСведения?$format=json",
          "{\"Объект\":\"" + refund + "\",\"Объект_Type\":\"StandardODATA." + SET + "\",\"Свойство_Key\":\""
              + property + "\",\"Значение\":\"17\",\"Значение_Type\":\"Edm.String\"}");

      assertThat(created.status()).as(created.body()).isIn(200, 201);
      assertThat(sandbox.data().additionalInfo(refund, "СчетМаш_НомерЧека")).contains("17");
      JsonNode records = values(http, "InformationRegister_ДополнительныеСведения?$format=json&$filter=Объект eq "
          + "cast(guid'" + refund + "','" + SET + "')");
      assertThat(records).singleElement().satisfies(record ->
          assertThat(record.path("Объект_Type").asText()).isEqualTo("StandardODATA." + SET));
    }
  }

  @Test
  void theDemoMonthHasThreeRefundsToResidentsAndOneSupplierPaymentPerOrganization() throws Exception {
    try (OnecSandbox sandbox = OnecSandbox.builder().demo(YearMonth.of(2026, 11)).start()) {
      OnecHttp http = new OnecHttp(sandbox);
      JsonNode organizations = values(http, "Catalog_Организации?$format=json&$select=Ref_Key");
      assertThat(organizations).hasSize(2);
      for (JsonNode organization : organizations) {
        JsonNode documents = values(http, SET + "?$format=json&$orderby=Date,Number&$filter=Организация_Key eq guid'"
            + organization.path("Ref_Key").asText() + "'");
        List<String> kinds = new ArrayList<>();
        int namingInBasis = 0;
        int namingOnlyInRow = 0;
        int namingNone = 0;
        for (JsonNode document : documents) {
          kinds.add(document.path("ВидОперации").asText());
          if (!"ВозвратПокупателю".equals(document.path("ВидОперации").asText())) {
            continue;
          }
          boolean basis = RECEIPT_TYPE.equals(document.path("ДокументОснование_Type").asText());
          boolean row = RECEIPT_TYPE.equals(document.path("РасшифровкаПлатежа").get(0).path("Сделка_Type").asText());
          namingInBasis += basis ? 1 : 0;
          namingOnlyInRow += !basis && row ? 1 : 0;
          namingNone += !basis && !row ? 1 : 0;
          if (basis || row) {
            JsonNode payment = values(http, "Document_ПоступлениеНаРасчетныйСчет?$format=json&$filter=Ref_Key eq "
                + "guid'" + (basis ? document.path("ДокументОснование") : document.path("РасшифровкаПлатежа").get(0)
                    .path("Сделка")).asText() + "'");
            assertThat(payment.get(0).path("Контрагент").asText()).isEqualTo(document.path("Контрагент").asText());
            assertThat(payment.get(0).path("СуммаДокумента").decimalValue())
                .isGreaterThanOrEqualTo(document.path("СуммаДокумента").decimalValue());
          }
        }
        assertThat(kinds).containsExactlyInAnyOrder("ВозвратПокупателю", "ВозвратПокупателю", "ВозвратПокупателю",
            "ОплатаПоставщику");
        assertThat(new int[] {namingInBasis, namingOnlyInRow, namingNone}).containsExactly(1, 1, 1);
      }
    }
  }

  @Test
  void theDemoMonthIsTheSameOnEveryRun() throws Exception {
    List<String> first = new ArrayList<>();
    List<String> second = new ArrayList<>();
    for (List<String> run : List.of(first, second)) {
      try (OnecSandbox sandbox = OnecSandbox.builder().demo(YearMonth.of(2026, 11)).start()) {
        for (JsonNode document : values(new OnecHttp(sandbox), SET + "?$format=json&$orderby=Date,Number")) {
          run.add(document.path("Ref_Key").asText() + document.path("Number").asText()
              + document.path("СуммаДокумента").asText());
        }
      }
    }
    assertThat(first).hasSize(8).isEqualTo(second);
  }
}
