package io.github.receiptbridge.sandbox.onec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.receiptbridge.sandbox.OnecSandbox;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo month: two organizations, about 150 realistic receipts each, deterministic. */
class DemoDataTest {
  private static final String DOCUMENTS = "Document_ПоступлениеНаРасчетныйСчет";
  private static final YearMonth MARCH = YearMonth.of(2024, 3);

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
