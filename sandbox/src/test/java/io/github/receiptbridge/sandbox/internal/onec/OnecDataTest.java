package io.github.receiptbridge.sandbox.internal.onec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.receiptbridge.sandbox.BankReceiptSeed;
import io.github.receiptbridge.sandbox.OnecData;
import io.github.receiptbridge.sandbox.OnecSandbox;
import io.github.receiptbridge.sandbox.PropertyKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Seeding and inspection through {@code OnecData}, and what it shows over HTTP. */
class OnecDataTest {
  private OnecSandbox sandbox;
  private OnecData data;
  private OnecHttp http;

  @BeforeEach
  void start() {
    sandbox = OnecSandbox.start();
    data = sandbox.data();
    http = new OnecHttp(sandbox);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void theDefaultChartHasTheReceiptPropertiesAndSomeWithoutADeveloperName() {
    assertThat(data.propertyKey("СчетМаш_СтатусЧека")).isPresent();
    assertThat(data.propertyKey("СчетМаш_НомерЧека")).isPresent();
    assertThat(data.propertyKey("СчетМаш_ДатаПроверкиСтатусаЧека")).isPresent();
    assertThat(data.propertyKey("Ответственный за оплату")).isPresent();
    assertThat(http.get("ChartOfCharacteristicTypes_ДополнительныеРеквизитыИСведения?$format=json&$filter="
        + "Имя eq '' and Заголовок eq 'Ответственный за оплату'").body())
        .contains("\"ЭтоДополнительноеСведение\": true", "\"DeletionMark\": false");
  }

  @Test
  void withoutReceiptPropertiesOnlyTheOthersExist() {
    try (OnecSandbox bare = OnecSandbox.builder().withoutReceiptProperties().start()) {
      assertThat(bare.data().propertyKey("СчетМаш_СтатусЧека")).isEmpty();
      assertThat(bare.data().propertyKey("ПримечаниеБанка")).isPresent();
    }
  }

  @Test
  void additionalPropertiesAreFoundByDeveloperNameThenTitle() {
    UUID titled = data.addProperty("", "Статус выгрузки", PropertyKind.ADDITIONAL_INFO);
    UUID named = data.addProperty("Выгрузка", "Статус выгрузки", PropertyKind.ADDITIONAL_INFO);

    assertThat(data.propertyKey("Выгрузка")).contains(named);
    assertThat(data.propertyKey("Статус выгрузки")).contains(titled);
    assertThatThrownBy(() -> data.addProperty("", "", PropertyKind.ADDITIONAL_INFO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aPropertysKindIsItsAdditionalInformationFlag() {
    data.addProperty("ОтметкаСведение", "", PropertyKind.ADDITIONAL_INFO);
    data.addProperty("ОтметкаРеквизит", "", PropertyKind.ADDITIONAL_ATTRIBUTE);

    String chart = "ChartOfCharacteristicTypes_ДополнительныеРеквизитыИСведения?$format=json&$filter=Имя eq ";
    assertThat(http.get(chart + "'ОтметкаСведение'").body()).contains("\"ЭтоДополнительноеСведение\": true");
    assertThat(http.get(chart + "'ОтметкаРеквизит'").body()).contains("\"ЭтоДополнительноеСведение\": false");
  }

  @Test
  void additionalInfoWrittenOverHttpIsVisibleAndSeededInfoIsServed() {
    UUID org = data.addOrganization("УК", "7701234567", "770101001");
    UUID doc = data.addBankReceipt(BankReceiptSeed.builder().organization(org).build());
    data.setAdditionalInfo(doc, "СчетМаш_СтатусЧека", "accept", "Edm.String");
    data.setAdditionalInfo(doc, "Ответственный за оплату", "Петрова", "Edm.String");
    data.setAdditionalInfo(doc, "СчетМаш_СтатусЧека", "success", "Edm.String");

    assertThat(data.additionalInfo(doc)).containsOnly(Map.entry("СчетМаш_СтатусЧека", "success"),
        Map.entry("Ответственный за оплату", "Петрова"));
    assertThat(data.additionalInfo(doc, "СчетМаш_НомерЧека")).isEmpty();
    assertThat(data.additionalInfoCount()).isEqualTo(2);
    assertThat(http.get("InformationRegister_ДополнительныеСведения?$format=json").body()).contains("\"Петрова\"");
    assertThatThrownBy(() -> data.setAdditionalInfo(doc, "Нет такого", "1", "Edm.String"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void seededReceiptsTakeTheirDetailsAndAutomaticNumbers() {
    UUID org = data.addOrganization("УК", "7701234567", "770101001");
    UUID company = data.addCounterparty("ООО Вектор", "7712345678", "buh@vector.ru", null);
    UUID key = UUID.fromString("3f2a9c1e-5b7d-11ee-8c3a-0050569f1a01");
    data.addBankReceipt(BankReceiptSeed.builder().key(key).organization(org).number("0000-000112")
        .date(LocalDateTime.of(2024, 3, 4, 12, 0, 0, 500)).amount(new BigDecimal("10.005")).counterparty(company)
        .operationKind("ВозвратОтПоставщика").deletionMark(true).posted(false).purpose("п".repeat(300)).build());
    UUID next = data.addBankReceipt(BankReceiptSeed.builder().organization(org)
        .date(LocalDateTime.of(2024, 3, 5, 0, 0)).build());

    String body = http.get("Document_ПоступлениеНаРасчетныйСчет(guid'" + key + "')?$format=json").body();

    assertThat(body).contains("\"Number\": \"0000-000112\"", "\"Date\": \"2024-03-04T12:00:00\"",
        "\"СуммаДокумента\": 10.01,", "\"DeletionMark\": true", "\"Posted\": false",
        "\"ВидОперации\": \"ВозвратОтПоставщика\"", "\"НазначениеПлатежа\": \"" + "п".repeat(210) + "\"",
        "\"Контрагент_Type\": \"StandardODATA.Catalog_Контрагенты\"");
    assertThat(body).doesNotContain("\"ДоговорКонтрагента_Key\": \"00000000-0000-0000-0000-000000000000\"");
    assertThat(http.get("Document_ПоступлениеНаРасчетныйСчет(guid'" + next + "')?$format=json&$select=Number")
        .body()).contains("\"Number\": \"0000-000113\"");
    assertThat(data.bankReceiptKeys()).containsExactly(key, next);
    assertThatThrownBy(() -> data.addBankReceipt(BankReceiptSeed.builder().key(key).organization(org).build()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BankReceiptSeed.builder().build()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void a100000DocumentPeriodIsGeneratedInDateOrderAndServedFromTheIndex() {
    UUID org = data.addOrganization("УК", "7701234567", "770101001");

    List<UUID> keys = data.generateBankReceipts(org, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31),
        100_000, 11);

    assertThat(keys).hasSize(100_000).doesNotHaveDuplicates().isEqualTo(data.bankReceiptKeys());
    assertThat(data.naturalPersonKeys().size() + data.counterpartyKeys().size()).isEqualTo(2000 + 3 + 3);
    String deepPage = http.get("Document_ПоступлениеНаРасчетныйСчет?$format=json&$select=Ref_Key&$orderby=Date,Number"
        + "&$filter=Организация_Key eq guid'" + org + "'&$top=2&$skip=99999").body();
    assertThat(deepPage).contains("\"Ref_Key\": \"" + keys.get(99_999) + "\"").doesNotContain(keys.get(99_998)
        .toString());
  }

  @Test
  void theSameArgumentsGenerateTheSameDocuments() {
    UUID org = UUID.fromString("94d6206a-2069-11ee-a65d-0050569f1a01");
    List<UUID> first;
    try (OnecSandbox one = OnecSandbox.start()) {
      first = one.data().generateBankReceipts(org, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31), 50, 5);
    }
    assertThat(data.generateBankReceipts(org, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31), 50, 5))
        .isEqualTo(first);
  }
}
