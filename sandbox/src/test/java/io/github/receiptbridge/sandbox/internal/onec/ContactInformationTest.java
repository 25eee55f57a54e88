package io.github.receiptbridge.sandbox.internal.onec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.receiptbridge.sandbox.ContactRow;
import io.github.receiptbridge.sandbox.CounterpartyForm;
import io.github.receiptbridge.sandbox.OnecData;
import io.github.receiptbridge.sandbox.OnecSandbox;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code КонтактнаяИнформация} rows seeded through {@link ContactRow}: kept in the given order, several of a kind,
 * awkward values as typed; and legal-entity counterparties.
 */
class ContactInformationTest {
  private static final String COLUMNS = "&$select=Ref_Key,КонтактнаяИнформация/Тип,КонтактнаяИнформация/АдресЭП,"
      + "КонтактнаяИнформация/НомерТелефона,КонтактнаяИнформация/Представление";

  private final ObjectMapper mapper = new ObjectMapper();
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

  private JsonNode only(String set, UUID key, String select) throws Exception {
    JsonNode value = mapper.readTree(http.get(set + "?$format=json&$filter=Ref_Key eq guid'" + key + "'" + select)
        .body()).path("value");
    assertThat(value).hasSize(1);
    return value.get(0);
  }

  private static List<Tuple> rows(JsonNode item) {
    List<Tuple> rows = new ArrayList<>();
    for (JsonNode row : item.path("КонтактнаяИнформация")) {
      rows.add(tuple(row.path("Тип").asText(), row.path("Представление").asText(), row.path("АдресЭП").asText(),
          row.path("НомерТелефона").asText()));
    }
    return rows;
  }

  @Test
  void aNaturalPersonsRowsComeBackInTheSeededOrderWithSeveralRowsOfOneKind() throws Exception {
    UUID person = data.addNaturalPerson("Петрова Анна Ивановна", List.of(
        ContactRow.email("нет"),
        ContactRow.email("petrova.a@mail.ru"),
        ContactRow.phone("8 (495) 123-45-67"),
        ContactRow.phone("+7 (916) 765-43-21", ""),
        ContactRow.address("г. Москва, ул. Садовая, д. 5, кв. 12")));

    JsonNode item = only("Catalog_ФизическиеЛица", person, COLUMNS);

    assertThat(item.path("Ref_Key").asText()).isEqualTo(person.toString());
    assertThat(rows(item)).containsExactly(
        tuple("АдресЭлектроннойПочты", "нет", "нет", ""),
        tuple("АдресЭлектроннойПочты", "petrova.a@mail.ru", "petrova.a@mail.ru", ""),
        tuple("Телефон", "8 (495) 123-45-67", "", "8 (495) 123-45-67"),
        tuple("Телефон", "+7 (916) 765-43-21", "", ""),
        tuple("Адрес", "г. Москва, ул. Садовая, д. 5, кв. 12", "", ""));
  }

  @Test
  void eachRowHasItsLineNumberKindKeysAndTheDerivedFieldsOfItsKind() throws Exception {
    UUID person = data.addNaturalPerson("Орлов Олег Петрович", List.of(
        ContactRow.phone("8 (495) 123-45-67"),
        ContactRow.email("Орлов О.П. <orlov@yandex.ru>", "orlov@yandex.ru"),
        ContactRow.email("нет"),
        ContactRow.address("г. Москва, пр-т Мира, д. 1, кв. 2")));

    JsonNode rows = mapper.readTree(http.get("Catalog_ФизическиеЛица(guid'" + person + "')?$format=json").body())
        .path("КонтактнаяИнформация");

    assertThat(rows).hasSize(4);
    for (int i = 0; i < rows.size(); i++) {
      assertThat(rows.get(i).path("LineNumber").asText()).isEqualTo(String.valueOf(i + 1));
      assertThat(rows.get(i).path("Ref_Key").asText()).isEqualTo(person.toString());
      assertThat(rows.get(i).path("ВидДляСписка_Key").asText()).isEqualTo(rows.get(i).path("Вид_Key").asText());
    }
    assertThat(rows.get(0).path("НомерТелефонаБезКодов").asText()).isEqualTo("1234567");
    assertThat(rows.get(1).path("Представление").asText()).isEqualTo("Орлов О.П. <orlov@yandex.ru>");
    assertThat(rows.get(1).path("ДоменноеИмяСервера").asText()).isEqualTo("yandex.ru");
    assertThat(rows.get(2).path("ДоменноеИмяСервера").asText()).isEmpty();
    assertThat(rows.get(2).path("Вид_Key").asText()).isEqualTo(rows.get(1).path("Вид_Key").asText())
        .isNotEqualTo(rows.get(0).path("Вид_Key").asText()).isNotEqualTo(rows.get(3).path("Вид_Key").asText());
    assertThat(rows.get(3).path("Страна").asText()).isEqualTo("РОССИЯ");
  }

  @Test
  void aCounterpartysRowsComeBackInTheSeededOrder() throws Exception {
    UUID shop = data.addCounterparty("ООО \"Продукты у дома\"", "7702042068", CounterpartyForm.LEGAL_ENTITY, List.of(
        ContactRow.phone("8 (495) 987-65-43"),
        ContactRow.phone("+7 (903) 111-22-33"),
        ContactRow.email("buh@produkty-u-doma.ru"),
        ContactRow.email("info@produkty-u-doma.ru")));

    assertThat(rows(only("Catalog_Контрагенты", shop, COLUMNS))).containsExactly(
        tuple("Телефон", "8 (495) 987-65-43", "", "8 (495) 987-65-43"),
        tuple("Телефон", "+7 (903) 111-22-33", "", "+7 (903) 111-22-33"),
        tuple("АдресЭлектроннойПочты", "buh@produkty-u-doma.ru", "buh@produkty-u-doma.ru", ""),
        tuple("АдресЭлектроннойПочты", "info@produkty-u-doma.ru", "info@produkty-u-doma.ru", ""));
  }

  @Test
  void aLegalEntityCounterpartyReadsAsSuchAndIsFoundByFilteringOnIt() throws Exception {
    UUID company = data.addCounterparty("ООО \"Продукты у дома\"", "7702042068", CounterpartyForm.LEGAL_ENTITY,
        List.of(ContactRow.email("buh@produkty-u-doma.ru")));
    UUID person = data.addCounterparty("Иванов Иван Иванович", "", CounterpartyForm.NATURAL_PERSON,
        List.of(ContactRow.email("ivanov@mail.ru")));

    JsonNode companyItem = only("Catalog_Контрагенты", company,
        "&$select=Ref_Key,ЮридическоеФизическоеЛицо,ИНН,ОсновнойДоговорКонтрагента_Key");
    JsonNode personItem = only("Catalog_Контрагенты", person,
        "&$select=Ref_Key,ЮридическоеФизическоеЛицо,ОсновнойДоговорКонтрагента_Key");
    JsonNode companies = mapper.readTree(http.get("Catalog_Контрагенты?$format=json&$select=Ref_Key"
        + "&$filter=ЮридическоеФизическоеЛицо eq 'ЮридическоеЛицо'").body()).path("value");
    JsonNode persons = mapper.readTree(http.get("Catalog_Контрагенты?$format=json&$select=Ref_Key"
        + "&$filter=ЮридическоеФизическоеЛицо eq 'ФизическоеЛицо'").body()).path("value");

    assertThat(companyItem.path("ЮридическоеФизическоеЛицо").asText()).isEqualTo("ЮридическоеЛицо");
    assertThat(companyItem.path("ИНН").asText()).isEqualTo("7702042068");
    assertThat(companyItem.path("ОсновнойДоговорКонтрагента_Key").asText())
        .isNotEqualTo("00000000-0000-0000-0000-000000000000");
    assertThat(personItem.path("ЮридическоеФизическоеЛицо").asText()).isEqualTo("ФизическоеЛицо");
    assertThat(personItem.path("ОсновнойДоговорКонтрагента_Key").asText())
        .isEqualTo("00000000-0000-0000-0000-000000000000");
    assertThat(companies.findValuesAsText("Ref_Key")).containsExactly(company.toString());
    assertThat(persons.findValuesAsText("Ref_Key")).containsExactly(person.toString());
  }

  @Test
  void theShorthandSeedingMethodsStillGiveThePhoneThenTheEmail() throws Exception {
    UUID counterparty = data.addCounterparty("ООО Вектор", "7712345678", "buh@vector.ru", "8 (495) 123-45-67");
    UUID person = data.addNaturalPerson("Сидоров Семен", "sidorov@mail.ru", "+7 (916) 123-45-67");

    assertThat(rows(only("Catalog_Контрагенты", counterparty, COLUMNS))).containsExactly(
        tuple("Телефон", "8 (495) 123-45-67", "", "8 (495) 123-45-67"),
        tuple("АдресЭлектроннойПочты", "buh@vector.ru", "buh@vector.ru", ""));
    assertThat(only("Catalog_Контрагенты", counterparty, "&$select=ЮридическоеФизическоеЛицо")
        .path("ЮридическоеФизическоеЛицо").asText()).isEqualTo("ЮридическоеЛицо");
    assertThat(rows(only("Catalog_ФизическиеЛица", person, COLUMNS))).containsExactly(
        tuple("Телефон", "+7 (916) 123-45-67", "", "+7 (916) 123-45-67"),
        tuple("АдресЭлектроннойПочты", "sidorov@mail.ru", "sidorov@mail.ru", ""));
  }

  @Test
  void anOwnerWithoutRowsHasAnEmptyPart() throws Exception {
    UUID person = data.addNaturalPerson("Никитин Никита", List.of());

    assertThat(only("Catalog_ФизическиеЛица", person, COLUMNS).path("КонтактнаяИнформация")).isEmpty();
  }

  @Test
  void aRowOfAnotherKindOrWithAMissingValueIsRefused() {
    assertThatThrownBy(() -> new ContactRow("Skype", "petrova", "petrova"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Skype");
    assertThatThrownBy(() -> ContactRow.email(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ContactRow.phone("8 (495) 123-45-67", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> data.addNaturalPerson("Петров", (List<ContactRow>) null))
        .isInstanceOf(NullPointerException.class);
    assertThat(ContactRow.address("г. Химки").structuredValue()).isEqualTo("РОССИЯ");
  }
}
