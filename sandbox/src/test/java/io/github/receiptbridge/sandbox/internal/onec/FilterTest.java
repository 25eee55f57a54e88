package io.github.receiptbridge.sandbox.internal.onec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.receiptbridge.sandbox.BankReceiptSeed;
import io.github.receiptbridge.sandbox.OnecSandbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code $filter}: operators, precedence, literals, functions, 1C's composite semantics and parse errors. */
class FilterTest {
  private static final String DOCUMENTS = "Document_ПоступлениеНаРасчетныйСчет";
  private static final String REGISTER = "InformationRegister_ДополнительныеСведения";
  private static final String DOCUMENT_TYPE = "Document_ПоступлениеНаРасчетныйСчет";

  private OnecSandbox sandbox;
  private OnecHttp http;
  private UUID romashka;
  private UUID lesnoe;
  private UUID person;
  private UUID company;
  private UUID first;
  private UUID second;

  @BeforeEach
  void start() {
    sandbox = OnecSandbox.start();
    http = new OnecHttp(sandbox);
    romashka = sandbox.data().addOrganization("УК «Дом'ОК»", "7701234567", "770101001");
    lesnoe = sandbox.data().addOrganization("ТСЖ Лесное", "5003012345", "500301001");
    person = sandbox.data().addNaturalPerson("Иванов Иван Иванович", "ivanov@example.ru", null);
    company = sandbox.data().addCounterparty("ООО Вектор", "7712345678", "buh@vector.ru", null);
    first = document("A-1", romashka, LocalDateTime.of(2024, 3, 1, 10, 0), "1000.50", true, false, person);
    second = document("A-2", romashka, LocalDateTime.of(2024, 3, 15, 12, 0), "250", false, true, company);
    document("A-3", romashka, LocalDateTime.of(2024, 4, 1, 0, 0), "3000", false, false, null);
    document("B-1", lesnoe, LocalDateTime.of(2024, 3, 20, 9, 0), "777.77", true, false, person);
  }

  private UUID document(String number, UUID org, LocalDateTime date, String amount, boolean posted,
      boolean deleted, UUID payer) {
    BankReceiptSeed.Builder seed = BankReceiptSeed.builder().organization(org).number(number).date(date)
        .amount(new BigDecimal(amount)).posted(posted).deletionMark(deleted)
        .purpose("Оплата ЖКУ за февраль 2024, л/с " + number);
    if (payer == person) {
      seed.naturalPerson(payer);
    } else if (payer != null) {
      seed.counterparty(payer);
    }
    return sandbox.data().addBankReceipt(seed.build());
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private List<String> numbers(String filter) {
    OnecHttp.Answer answer = http.get(DOCUMENTS + "?$format=json&$select=Number&$orderby=Number&$filter=" + filter);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    List<String> numbers = new ArrayList<>();
    for (JsonNode entity : json(answer.body()).path("value")) {
      numbers.add(entity.path("Number").asText().trim());
    }
    return numbers;
  }

  private static JsonNode json(String body) {
    try {
      return new ObjectMapper().readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theClientsPeriodFilterSelectsOneOrganizationsMonth() {
    assertThat(numbers("Date ge datetime'2024-03-01T00:00:00' and Date lt datetime'2024-04-01T00:00:00'"
        + " and Организация_Key eq guid'" + romashka + "'")).containsExactly("A-1", "A-2");
    assertThat(numbers("Date gt datetime'2024-03-01T10:00:00' and Date le datetime'2024-04-01T00:00:00'"))
        .containsExactly("A-2", "A-3", "B-1");
  }

  @Test
  void andBindsTighterThanOrAndNotTighterThanAnd() {
    assertThat(numbers("Number eq 'A-3' or Number eq 'A-2' and Posted eq true")).containsExactly("A-3");
    assertThat(numbers("(Number eq 'A-1' or Number eq 'A-2') and Posted eq false")).containsExactly("A-2");
    assertThat(numbers("not Posted and not DeletionMark")).containsExactly("A-3");
    assertThat(numbers("not (Posted eq true or DeletionMark eq true)")).containsExactly("A-3");
    assertThat(numbers("Posted ne true and Организация_Key ne guid'" + lesnoe + "'")).containsExactly("A-2", "A-3");
  }

  @Test
  void aCompositeMatchesACastOfItsOwnTypeAndNeverABareGuid() {
    assertThat(numbers("Контрагент eq cast(guid'" + person + "','Catalog_ФизическиеЛица')"))
        .containsExactly("A-1", "B-1");
    assertThat(numbers("Контрагент eq cast(guid'" + person + "','Catalog_Контрагенты')")).isEmpty();
    assertThat(numbers("Контрагент eq guid'" + person + "'")).isEmpty();
    assertThat(numbers("Контрагент ne guid'" + person + "'")).isEmpty();
    assertThat(numbers("isof(Контрагент,'Catalog_Контрагенты')")).containsExactly("A-2");
    assertThat(numbers("Контрагент_Type eq 'StandardODATA.Undefined'")).containsExactly("A-3");
  }

  @Test
  void registerRecordsAreFoundByCastObjectsAndPropertiesAsTheClientAsks() {
    UUID status = sandbox.data().propertyKey("СчетМаш_СтатусЧека").orElseThrow();
    UUID receipt = sandbox.data().propertyKey("СчетМаш_НомерЧека").orElseThrow();
    sandbox.data().setAdditionalInfo(first, "СчетМаш_СтатусЧека", "accept", "Edm.String");
    sandbox.data().setAdditionalInfo(first, "СчетМаш_НомерЧека", "17", "Edm.Double");
    sandbox.data().setAdditionalInfo(second, "СчетМаш_СтатусЧека", "success", "Edm.String");
    sandbox.data().setAdditionalInfo(second, "ПримечаниеБанка", "x", "Edm.String");

    String filter = "(Объект eq cast(guid'" + first + "','" + DOCUMENT_TYPE + "') or Объект eq cast(guid'" + second
        + "','" + DOCUMENT_TYPE + "')) and (Свойство_Key eq guid'" + status + "' or Свойство_Key eq guid'"
        + receipt + "')";
    JsonNode records = json(http.get(REGISTER + "?$format=json&$filter=" + filter).body()).path("value");
    JsonNode bare = json(http.get(REGISTER + "?$format=json&$filter=Объект eq guid'" + first + "'").body());

    assertThat(records).hasSize(3);
    assertThat(bare.path("value")).isEmpty();
    assertThat(json(http.get(REGISTER + "?$format=json&$filter=Значение eq 'ACCEPT'").body()).path("value"))
        .hasSize(1);
    assertThat(json(http.get(REGISTER + "?$format=json&$filter=Значение eq 17").body()).path("value")).hasSize(1);
  }

  @Test
  void stringLiteralsDoubleTheirApostropheAndCompareIgnoringCaseAndTrailingSpaces() {
    String filter = "Description eq 'ук «дом''ок»' or НаименованиеПолное eq 'x'";
    String body = http.get("Catalog_Организации?$format=json&$select=Description&$filter=" + filter).body();

    assertThat(body).contains("УК «Дом'ОК»").doesNotContain("Лесное");
    assertThat(http.get("Catalog_Организации?$format=json&$filter=КПП eq '770101001   '").body())
        .contains("7701234567");
  }

  @Test
  void functionsNavigationAndArithmeticWork() {
    assertThat(numbers("substringof('л/с A-2', НазначениеПлатежа)")).containsExactly("A-2");
    assertThat(numbers("startswith(Number,'B') or endswith(Number,'-3')")).containsExactly("A-3", "B-1");
    assertThat(numbers("year(Date) eq 2024 and month(Date) eq 3 and day(Date) le 15")).containsExactly("A-1", "A-2");
    assertThat(numbers("Организация/ИНН eq '5003012345'")).containsExactly("B-1");
    assertThat(numbers("СуммаДокумента mul 2 gt 2000.5 and СуммаДокумента sub 1 lt 2999")).containsExactly("A-1");
    assertThat(numbers("СуммаДокумента ge 1000.5 and СуммаДокумента gt -1")).containsExactly("A-1", "A-3");
    assertThat(numbers("like(Number, 'A-[12]')")).containsExactly("A-1", "A-2");
    assertThat(numbers("dateadd(Date, 'day', 1) eq datetime'2024-03-02T10:00:00'")).containsExactly("A-1");
  }

  @Test
  void unparsableFiltersAre400Code14WithLiteralsMasked() {
    assertFilterError("Description eq 'x", "Description eq <<?>>");
    assertFilterError("ИНН eq '1' and", "ИНН eq <<?>> and");
    assertFilterError("tolower(Description) eq 'x'", "tolower(Description) eq <<?>>");
    assertFilterError("length(Description) gt 3", "length(Description) gt 3");
    assertFilterError("indexof(Description,'x') eq 1", "indexof(Description,<<?>>) eq 1");
    assertFilterError("ИНН eq 1E+20", "ИНН eq 1E+20");
    assertFilterError("Неизвестное eq 1", "Неизвестное eq 1");
    assertFilterError("Date ge '2024-03-01'", "Date ge <<?>>");
    assertFilterError("Ref_Key eq guid'not-a-guid'", "Ref_Key eq <<?>>");
    assertFilterError("(ИНН eq '1'", "(ИНН eq <<?>>");
    assertFilterError("Description", "Description");
    assertFilterError("Date ge datetime'2024-13-01T00:00:00'", "Date ge <<?>>");
  }

  @Test
  void aPlusInsteadOfASpaceBreaksTheFilterAsOnARealServer() {
    HttpUrl url = HttpUrl.get(sandbox.serviceRoot() + "Catalog_Организации?$format=json&$filter=ИНН+eq+'1'");

    OnecHttp.Answer answer = http.send("GET", url, null, sandbox.user(), sandbox.password());

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body()).contains("\"code\": \"14\"");
  }

  private void assertFilterError(String filter, String echoed) {
    OnecHttp.Answer answer = http.get("Catalog_Организации?$format=json&$filter=" + filter);
    assertThat(answer.status()).as(filter).isEqualTo(400);
    assertThat(answer.body()).as(filter)
        .isEqualTo(OnecHttp.error("14", "Ошибка при разборе опции запроса $filter: " + echoed));
  }
}
