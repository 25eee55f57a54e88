package io.github.receiptbridge.sandbox.internal.onec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.receiptbridge.sandbox.OnecSandbox;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The demo month: two organizations, about 150 realistic receipts each, deterministic. */
class DemoDataTest {
  private static final String DOCUMENTS = "Document_ПоступлениеНаРасчетныйСчет";
  private static final YearMonth MARCH = YearMonth.of(2024, 3);
  private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
  private static final String CONTACT_COLUMNS = "КонтактнаяИнформация/Тип,КонтактнаяИнформация/АдресЭП,"
      + "КонтактнаяИнформация/НомерТелефона,КонтактнаяИнформация/Представление";

  @Test
  void theDemoMonthHasTwoOrganizationsWithARealisticMixOfReceipts() throws Exception {
    try (OnecSandbox sandbox = OnecSandbox.builder().demo(MARCH).start()) {
      OnecHttp http = new OnecHttp(sandbox);
      ObjectMapper mapper = new ObjectMapper();
      JsonNode organizations = mapper.readTree(http.get("Catalog_Организации?$format=json&$orderby=Description"
          + "&$select=Ref_Key,Description,ИНН,КПП").body()).path("value");

      assertThat(organizations).hasSize(2);
      assertThat(organizations.get(0).path("Description").asText()).isEqualTo("ТСЖ Лесное");
      assertThat(organizations.get(0).path("ИНН").asText()).isEqualTo("5003012345");
      assertThat(organizations.get(0).path("КПП").asText()).isEqualTo("500301001");
      assertThat(organizations.get(1).path("Description").asText()).isEqualTo("УК Ромашка");
      assertThat(organizations.get(1).path("ИНН").asText()).isEqualTo("7701234567");
      assertThat(organizations.get(1).path("КПП").asText()).isEqualTo("770101001");

      for (JsonNode organization : organizations) {
        JsonNode receipts = mapper.readTree(http.get(DOCUMENTS + "?$format=json&$select=**&$orderby=Date,Number"
            + "&$filter=Организация_Key eq guid'" + organization.path("Ref_Key").asText() + "'").body()).path("value");
        assertThat(receipts.size()).isBetween(140, 160);
        List<String> kinds = new ArrayList<>();
        int unposted = 0;
        int marked = 0;
        int zero = 0;
        int kopecks = 0;
        for (JsonNode receipt : receipts) {
          LocalDateTime date = LocalDateTime.parse(receipt.path("Date").asText());
          assertThat(YearMonth.from(date)).isEqualTo(MARCH);
          assertThat(date.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
          kinds.add(receipt.path("ВидОперации").asText());
          unposted += receipt.path("Posted").asBoolean() ? 0 : 1;
          marked += receipt.path("DeletionMark").asBoolean() ? 1 : 0;
          zero += receipt.path("СуммаДокумента").decimalValue().signum() == 0 ? 1 : 0;
          kopecks += receipt.path("СуммаДокумента").decimalValue().scale() > 0 ? 1 : 0;
        }
        assertThat(kinds).contains("ПрочееПоступление", "ВозвратОтПоставщика");
        assertThat(kinds.stream().filter("ОплатаПокупателя"::equals).count()).isGreaterThan(130);
        assertThat(unposted).isBetween(4, 12);
        assertThat(marked).isBetween(2, 6);
        assertThat(zero).isBetween(1, 2);
        assertThat(kopecks).isGreaterThan(90);
        assertThat(receipts.get(0).path("НазначениеПлатежа").asText())
            .containsAnyOf("февраль 2024", "02.2024");
      }
      String contacts = http.get("Catalog_ФизическиеЛица?$format=json&$select=Ref_Key,КонтактнаяИнформация/Тип")
          .body();
      String people = http.get("Catalog_ФизическиеЛица?$format=json&$select=Ref_Key").body();
      int persons = mapper.readTree(people).path("value").size();
      int withEmail = contacts.split("АдресЭлектроннойПочты", -1).length - 1;
      assertThat(withEmail).isGreaterThan(persons / 2).isLessThan(persons);
      assertThat(contacts).contains("\"Тип\": \"Телефон\"");
    }
  }

  @Test
  void eachOrganizationHasThreeCompanyTenantsPaymentsThatLookEligibleToANaivePolicy() throws Exception {
    try (OnecSandbox sandbox = OnecSandbox.builder().demo(NOVEMBER).start()) {
      OnecHttp http = new OnecHttp(sandbox);
      ObjectMapper mapper = new ObjectMapper();
      Map<String, JsonNode> companies = new HashMap<>();
      for (JsonNode company : mapper.readTree(http.get("Catalog_Контрагенты?$format=json&$select=Ref_Key,ИНН,"
          + CONTACT_COLUMNS + "&$filter=ЮридическоеФизическоеЛицо eq 'ЮридическоеЛицо'").body()).path("value")) {
        companies.put(company.path("Ref_Key").asText(), company);
      }
      JsonNode organizations = mapper.readTree(http.get("Catalog_Организации?$format=json&$select=Ref_Key").body())
          .path("value");

      assertThat(organizations).hasSize(2);
      for (JsonNode organization : organizations) {
        List<JsonNode> tenantPayments = new ArrayList<>();
        String customerPayments = DOCUMENTS + "?$format=json&$select=Ref_Key,Posted,DeletionMark,СуммаДокумента,"
            + "Контрагент,Контрагент_Type,НазначениеПлатежа&$filter=Организация_Key eq guid'"
            + organization.path("Ref_Key").asText() + "' and ВидОперации eq 'ОплатаПокупателя'";
        for (JsonNode receipt : mapper.readTree(http.get(customerPayments).body()).path("value")) {
          if (companies.containsKey(receipt.path("Контрагент").asText())) {
            tenantPayments.add(receipt);
          }
        }

        assertThat(tenantPayments).hasSize(3);
        for (JsonNode payment : tenantPayments) {
          JsonNode company = companies.get(payment.path("Контрагент").asText());
          assertThat(payment.path("Контрагент_Type").asText()).isEqualTo("StandardODATA.Catalog_Контрагенты");
          assertThat(payment.path("Posted").asBoolean()).isTrue();
          assertThat(payment.path("DeletionMark").asBoolean()).isFalse();
          assertThat(payment.path("СуммаДокумента").decimalValue()).isPositive();
          assertThat(payment.path("СуммаДокумента").decimalValue().remainder(BigDecimal.ONE)).isNotZero();
          assertThat(payment.path("НазначениеПлатежа").asText())
              .startsWith("Оплата за содержание и коммунальные услуги нежилого помещения по договору № ")
              .endsWith(" за октябрь 2026 г. НДС не облагается");
          assertThat(company.path("ИНН").asText()).matches("\\d{10}");
          assertThat(company.path("КонтактнаяИнформация").findValuesAsText("АдресЭП"))
              .anyMatch(email -> email.matches("buh@[a-z-]+\\.ru"));
        }
      }
    }
  }

  @Test
  void someResidentsHaveALandlineBeforeAMobileAndSomeAJunkEmailRowBeforeAValidOne() throws Exception {
    try (OnecSandbox sandbox = OnecSandbox.builder().demo(NOVEMBER).start()) {
      OnecHttp http = new OnecHttp(sandbox);
      ObjectMapper mapper = new ObjectMapper();
      List<JsonNode> residents = new ArrayList<>();
      mapper.readTree(http.get("Catalog_ФизическиеЛица?$format=json&$select=Ref_Key," + CONTACT_COLUMNS).body())
          .path("value").forEach(residents::add);
      mapper.readTree(http.get("Catalog_Контрагенты?$format=json&$select=Ref_Key," + CONTACT_COLUMNS
          + "&$filter=ЮридическоеФизическоеЛицо eq 'ФизическоеЛицо'").body()).path("value").forEach(residents::add);
      Set<String> payers = new HashSet<>(mapper.readTree(http.get(DOCUMENTS + "?$format=json&$select=Контрагент"
          + "&$filter=ВидОперации eq 'ОплатаПокупателя'").body()).path("value").findValuesAsText("Контрагент"));

      Set<String> twoPhones = new HashSet<>();
      Set<String> junkThenEmail = new HashSet<>();
      int withAddress = 0;
      for (JsonNode resident : residents) {
        List<JsonNode> phones = new ArrayList<>();
        List<JsonNode> emails = new ArrayList<>();
        for (JsonNode row : resident.path("КонтактнаяИнформация")) {
          switch (row.path("Тип").asText()) {
            case "Телефон" -> phones.add(row);
            case "АдресЭлектроннойПочты" -> emails.add(row);
            default -> withAddress++;
          }
        }
        if (phones.size() == 2) {
          assertThat(phones.get(0).path("НомерТелефона").asText())
              .matches("8 \\(49[589]\\) \\d{3}-\\d{2}-\\d{2}");
          assertThat(phones.get(1).path("НомерТелефона").asText()).matches("(\\+7 \\(9|89)\\d.*");
          assertThat(emails).isEmpty();
          twoPhones.add(resident.path("Ref_Key").asText());
        }
        if (emails.size() == 2) {
          assertThat(emails.get(0).path("АдресЭП").asText()).isIn("нет", "-")
              .isEqualTo(emails.get(0).path("Представление").asText());
          assertThat(emails.get(1).path("АдресЭП").asText()).contains("@");
          junkThenEmail.add(resident.path("Ref_Key").asText());
        }
      }

      assertThat(residents).hasSize(199);
      assertThat(withAddress).isEqualTo(residents.size());
      assertThat(twoPhones).hasSizeBetween(4, 20).anyMatch(payers::contains);
      assertThat(junkThenEmail).hasSizeBetween(2, 12).anyMatch(payers::contains);
    }
  }

  @Test
  void theDemoIsTheSameForTheSameMonth() {
    List<String> first;
    try (OnecSandbox sandbox = OnecSandbox.builder().demo(MARCH).start()) {
      first = sandbox.data().bankReceiptKeys().stream().map(Object::toString).toList();
    }
    try (OnecSandbox sandbox = OnecSandbox.builder().demo(MARCH).start()) {
      assertThat(sandbox.data().bankReceiptKeys().stream().map(Object::toString).toList()).isEqualTo(first);
    }
  }
}
