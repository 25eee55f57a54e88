package io.github.receiptbridge.app.serve.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.PlannedAction;
import io.github.receiptbridge.core.ServiceFailureException;
import io.github.receiptbridge.app.serve.FillQuery;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FormPageTest {
  private final FakeServiceConsole service = new FakeServiceConsole();
  private final RunningConsole console = RunningConsole.open(service);
  private final ConsoleClient client = console.client();

  @AfterEach
  void stop() {
    console.close();
  }

  @Test
  void theFormOffersTheOrganizationsTheDefaultPeriodAndTheFourButtons() {
    String form = client.get("/").body();
    assertThat(form).contains("<h1>Регистрация чеков</h1>")
        .contains("<option value=\"uk\" selected>УК Ромашка, ИНН 7701234567</option>")
        .contains("<option value=\"tsg\">ТСЖ Лесное, ИНН 5003012345</option>")
        .contains("name=\"from\" id=\"from\" required value=\"2026-10-01\"")
        .contains("name=\"to\" id=\"to\" required value=\"2026-11-29\"")
        .contains(">Заполнить</button>", ">Приход</button>", ">Проверка статусов чеков</button>", ">Аудит</button>")
        .doesNotContain("<table class=\"fill\"");
  }

  @Test
  void zapolnitLeadsToTheTableOfTheChosenOrganizationAndPeriod() {
    client.get("/");
    HttpResponse<String> fill = client.post("/fill", Map.of("org", "tsg", "from", "2026-11-01", "to", "2026-11-30"));
    assertThat(fill.statusCode()).isEqualTo(303);
    assertThat(fill.headers().firstValue("Location"))
        .contains("/?org=tsg&from=2026-11-01&to=2026-11-30&fill=1#table");
    String table = client.get("/?org=tsg&from=2026-11-01&to=2026-11-30&fill=1").body();
    assertThat(table).contains("<option value=\"tsg\" selected>")
        .contains(">Дата</a></th>", ">Номер</a></th>", ">Сумма</a></th>", ">Плательщик</a></th>",
            "<th class=\"secondary\">Контакт покупателя</th>", "<th class=\"secondary\">Вид операции</th>",
            ">Статус чека</a></th>", "<th>Номер чека</th>", "<th class=\"secondary\">Дата проверки</th>", "<th>Срок</th>",
            "<th>Действие / причина</th>")
        .contains("Документов за период: 12; по отбору: 12; страница 1 из 1")
        .contains("TSG-00005").contains("<td class=\"amount\" data-label=\"Сумма\">1\u00a0035,40</td>")
        .contains("payer5@example.ru").contains("Пропуск: нет e-mail или телефона покупателя: у плательщика в 1С нет ни e-mail, ни телефона");
  }

  @Test
  void everyValueFrom1cAndTheUsersInputIsEscapedWhereItStands() {
    FillRow evil = FillRow.builder().from(FakeServiceConsole.row("uk", 1))
        .number("1\"><script>alert(1)</script>").payerName("<img src=x onerror=alert(2)> & Co")
        .operationKind("Оплата'Покупателя").build();
    service.withRows("uk", List.of(evil));
    String table = client.get("/?org=uk&fill=1").body();
    assertThat(table).doesNotContain("<script>alert").doesNotContain("<img src=x")
        .contains("data-number=\"1&#34;>&lt;script>alert(1)&lt;/script>\"")
        .contains("<td class=\"number\" data-label=\"Номер\">1\"&gt;&lt;script&gt;alert(1)&lt;/script&gt;</td>")
        .contains("&lt;img src=x onerror=alert(2)&gt; &amp; Co").contains("<td class=\"secondary\" data-label=\"Вид операции\">Оплата'Покупателя</td>");
    assertThat(client.get("/?org=uk&from=%3Cb%3E").body()).contains("«&lt;b&gt;» не дата").doesNotContain("<b>");
  }

  @Test
  void pagesAndFiltersReachTheServiceAndTheLinksKeepThem() {
    List<FillRow> many = new ArrayList<>();
    for (int i = 1; i <= 250; i++) {
      many.add(FakeServiceConsole.row("uk", i));
    }
    service.withRows("uk", many);
    String second = client.get("/?org=uk&fill=1&page=2&size=50&action=SEND").body();
    assertThat(service.queries()).last()
        .isEqualTo(new FillQuery(2, 50, Optional.empty(), Optional.of(PlannedAction.SEND)));
    long sendRows = many.stream().filter(row -> row.action() == PlannedAction.SEND).count();
    assertThat(second).contains("Документов за период: 250; по отбору: " + sendRows + "; страница 2 из "
        + (sendRows + 49) / 50)
        .contains("<option value=\"SEND\" selected>Отправить</option>")
        .contains("<option value=\"50\" selected>50</option>")
        .contains("href=\"/?org=uk&amp;from=2026-10-01&amp;to=2026-11-29&amp;fill=1&amp;page=1&amp;size=50"
            + "&amp;action=SEND#table\">‹ Назад</a>")
        .contains("page=3&amp;size=50&amp;action=SEND#table\">Вперёд ›</a>");
    assertThat(second.split("<tr data-number=|<tr class=\"overdue\" data-number=").length - 1).isEqualTo(50);

    String errors = client.get("/?org=uk&fill=1&status=error").body();
    assertThat(service.queries()).last()
        .isEqualTo(new FillQuery(1, 100, Optional.of("error"), Optional.empty()));
    assertThat(errors).contains("<option value=\"error\" selected>Ошибка</option>");
    client.get("/?org=uk&fill=1&status=none");
    assertThat(service.queries()).last().extracting(FillQuery::status).isEqualTo(Optional.of(""));
  }

  @Test
  void badTableParametersAreExplained() {
    assertThat(client.get("/?fill=1&page=0").statusCode()).isEqualTo(400);
    assertThat(client.get("/?fill=1&size=5000").statusCode()).isEqualTo(400);
    assertThat(client.get("/?fill=1&action=SEND_TWICE").body()).contains("Действие «SEND_TWICE» не бывает");
    assertThat(client.get("/?fill=1&status=%3Cx%3E").statusCode()).isEqualTo(400);
    HttpResponse<String> backwards = client.get("/?from=2026-11-30&to=2026-11-01");
    assertThat(backwards.statusCode()).isEqualTo(400);
    assertThat(backwards.body()).contains("Период заканчивается (01.11.2026) раньше, чем начинается (30.11.2026)");
    HttpResponse<String> unknown = client.get("/?org=nope");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("Организация «nope» не настроена");
  }

  @Test
  void overdueRowsAreHighlightedAndSayWhenTheReceiptWasDue() {
    String table = client.get("/?org=uk&fill=1").body();
    assertThat(table).contains("<tr class=\"overdue\" data-number=\"UK-00003\">")
        .contains("<strong>Просрочен</strong>: чек был нужен до 05.11.2026")
        .contains("<tr data-number=\"UK-00001\">");
  }

  @Test
  void onlyARowWhoseReceiptIsInErrorOffersARepeat() {
    String table = client.get("/?org=uk&fill=1").body();
    String errorRow = rowOf(table, "UK-00013");
    assertThat(errorRow).contains("<span class=\"status-word\" title=\"error\">Ошибка</span>")
        .contains(">Повторить чек</a>");
    assertThat(rowOf(table, "UK-00005")).contains(">Проведен</span>").doesNotContain("Повторить чек");
    assertThat(rowOf(table, "UK-00001")).doesNotContain("Повторить чек");
  }

  @Test
  void theRepeatAsksToConfirmWhatTheSchetmashCabinetShowsFirst() {
    String table = client.get("/?org=uk&fill=1").body();
    String link = rowOf(table, "UK-00013").replaceAll("(?s).*href=\"([^\"]+)\".*", "$1").replace("&amp;", "&");
    HttpResponse<String> confirm = client.get(link);
    assertThat(confirm.statusCode()).isEqualTo(200);
    assertThat(confirm.body()).contains("Документ № UK-00013").contains("Чек № 5013")
        .contains("Сначала откройте кабинет Счетмаш").contains("окончательно отклонён")
        .contains("фискализирует оплату дважды").contains("required> В кабинете Счетмаш чек № 5013");
    assertThat(service.starts()).isEmpty();
  }

  @Test
  void aRepeatWithoutTheConfirmationIsRefusedAndOneWithItStarts() {
    String document = FakeServiceConsole.row("uk", 13).documentKey().toString();
    client.get("/");
    HttpResponse<String> unconfirmed = client.post("/reissue", Map.of("org", "uk", "document", document));
    assertThat(unconfirmed.statusCode()).isEqualTo(400);
    assertThat(unconfirmed.body()).contains("сначала подтвердите");
    assertThat(service.starts()).isEmpty();

    HttpResponse<String> confirmed = client.post("/reissue", Map.of("org", "uk", "document", document,
        "confirmed", "yes"));
    assertThat(confirmed.statusCode()).isEqualTo(303);
    assertThat(service.starts()).containsExactly("uk REISSUE [" + document + "] by сеанс 1 (127.0.0.1)");
    assertThat(console.actions).singleElement().asString().contains("«Повторить чек» (REISSUE)")
        .contains("документы " + document);
  }

  @Test
  void aRowNotInErrorCannotBeRepeated() {
    String document = FakeServiceConsole.row("uk", 5).documentKey().toString();
    assertThat(client.get("/reissue?org=uk&document=" + document).statusCode()).isEqualTo(409);
    assertThat(client.get("/reissue?org=uk&document=not-a-key").statusCode()).isEqualTo(400);
  }

  @Test
  void onlyAPossibleDuplicateOffersToBeSentAsASeparatePayment() {
    String table = client.get("/?org=uk&fill=1").body();
    assertThat(rowOf(table, "UK-00017")).contains("возможно, повтор документа № UK-00016")
        .contains(">Это отдельный платёж</a>");
    assertThat(rowOf(table, "UK-00014")).doesNotContain("Это отдельный платёж");
    assertThat(rowOf(table, "UK-00013")).doesNotContain("Это отдельный платёж");
  }

  @Test
  void aSeparatePaymentIsSentOnlyAfterTheOperatorConfirmsTheBankStatementShowsTwo() {
    String table = client.get("/?org=uk&fill=1").body();
    String link = rowOf(table, "UK-00017").replaceAll("(?s).*href=\"(/not-duplicate[^\"]+)\".*", "$1")
        .replace("&amp;", "&");
    HttpResponse<String> confirm = client.get(link);
    assertThat(confirm.statusCode()).isEqualTo(200);
    assertThat(confirm.body()).contains("Документ № UK-00017", "платёжное поручение № 307076",
        "возможно, повтор документа № UK-00016", "пробьёт одну оплату дважды",
        "required> По выписке банка это отдельный платёж");
    String document = FakeServiceConsole.row("uk", 17).documentKey().toString();
    HttpResponse<String> unconfirmed = client.post("/not-duplicate", Map.of("org", "uk", "document", document));
    assertThat(unconfirmed.statusCode()).isEqualTo(400);
    assertThat(service.starts()).isEmpty();

    HttpResponse<String> confirmed = client.post("/not-duplicate", Map.of("org", "uk", "document", document,
        "confirmed", "yes"));

    assertThat(confirmed.statusCode()).isEqualTo(303);
    assertThat(service.starts()).containsExactly("uk NOT_DUPLICATE [" + document + "] by сеанс 1 (127.0.0.1)");
    assertThat(client.get("/not-duplicate?org=uk&document=" + FakeServiceConsole.row("uk", 5).documentKey())
        .statusCode()).as("a document that is no possible duplicate").isEqualTo(409);
  }

  @Test
  void aFailureToRead1cIsShownOnTheForm() {
    service.failFill(new ServiceFailureException("Cannot reach 1C at http://127.0.0.1:1/buh", null, ServiceFailureException.Retry.SAFE));
    HttpResponse<String> failed = client.get("/?org=uk&fill=1");
    assertThat(failed.statusCode()).isEqualTo(502);
    assertThat(failed.body()).contains("<p>Не удалось прочитать документы из 1С. Проверьте, что база 1С запущена")
        .contains("<details class=\"detail\"><summary>Подробнее</summary><code>Cannot reach 1C at")
        .contains("<h1>Регистрация чеков</h1>");
  }

  private static String rowOf(String table, String number) {
    int start = table.indexOf("data-number=\"" + number + "\"");
    assertThat(start).as(number).isPositive();
    return table.substring(start, table.indexOf("</tr>", start));
  }
}
