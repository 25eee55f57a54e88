package io.github.receiptbridge.app.serve.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.app.serve.ConsoleSettings;
import io.github.receiptbridge.app.serve.FillSort;
import io.github.receiptbridge.app.serve.FillTotals;
import io.github.receiptbridge.app.serve.RowMark;
import io.github.receiptbridge.core.ServiceFailureException;
import io.github.receiptbridge.testkit.MutableClock;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The «Заполнить» table and the preview of «Приход» over {@link MarkedRows}, through HTTP. */
class FillTablePageTest {
  private static final Pattern ENGLISH = Pattern.compile("\\b(no|not|buyer|payer|receipt|possible|duplicate|skip"
      + "|success|error|accept|processing|missing|invalid)\\b", Pattern.CASE_INSENSITIVE);

  private final TableConsole service = MarkedRows.console();
  private final WebConsole web = WebConsole.start(service, new ConsoleSettings("127.0.0.1", 0, Optional.empty(),
      Optional.empty()), new ConsoleOptions(new MutableClock(Instant.parse("2026-11-29T09:00:00Z"), ZoneOffset.UTC),
      RunningConsole.ZONE, ActionLog.to(line -> { })));
  private final ConsoleClient client = new ConsoleClient(web);

  @AfterEach
  void stop() {
    web.close();
  }

  @Test
  void statusesAreInTheCabinetsWordsWithTheWireValueAsTooltip() {
    String table = table("");
    assertThat(rowOf(table, "UK-00005")).contains("<span class=\"status-word\" title=\"success\">Проведен</span>");
    assertThat(rowOf(table, "UK-00013")).contains("<span class=\"status-word\" title=\"error\">Ошибка</span>");
    assertThat(table).contains("<option value=\"accept\">Принят</option>",
        "<option value=\"processing\">В обработке</option>");
  }

  @Test
  void noEnglishWordOfAStatusOrReasonIsVisibleInTheRows() {
    String table = table("");
    String rows = table.substring(table.indexOf("<tbody>"), table.indexOf("</tbody>"))
        .replaceAll("<[^>]*>", " ").replace("&#34;", "\"");
    String visible = rows.replaceAll("[\\w.+-]+@[\\w.-]+", "").replaceAll("t=\\S+", "");
    assertThat(ENGLISH.matcher(visible).results().map(match -> match.group()).toList())
        .as("English words in the rows").isEmpty();
  }

  @Test
  void aRejectedReceiptShowsTheSchetmashErrorTextInItsRow() {
    assertThat(rowOf(table(""), "UK-00013")).contains("<div class=\"receipt-error\">Счетмаш: "
        + MarkedRows.ERROR_TEXT + "</div>");
  }

  @Test
  void theAuditsMismatchIsMarkedWithItsReasonInRussianAndCanBeFilteredOn() {
    assertThat(rowOf(table(""), "UK-00002")).contains("<div class=\"mark mismatch\"><strong>Расхождение</strong>:"
        + " последний аудит: чек 5002 на 1000.00, а сумма документа 1014.40");
    String mismatches = table("&mark=MISMATCH");
    assertThat(numbers(mismatches)).containsExactly("UK-00002");
    assertThat(service.queries).last().extracting(query -> query.mark()).isEqualTo(Optional.of(RowMark.MISMATCH));
    assertThat(mismatches).contains("<option value=\"MISMATCH\" selected>Расхождение</option>");
  }

  @Test
  void refundsDuplicatesAndLateReceiptsAreMarkedAndFiltered() {
    assertThat(numbers(table("&mark=REFUNDED"))).containsExactly("UK-00010");
    assertThat(rowOf(table(""), "UK-00010")).contains("<strong>Есть возврат</strong>");
    assertThat(numbers(table("&mark=POSSIBLE_DUPLICATE"))).containsExactly("UK-00017", "UK-00034");
    assertThat(numbers(table("&mark=LATE"))).allSatisfy(number -> assertThat(rowOf(table(""), number))
        .contains("<strong>Просрочен</strong>: чек был нужен до"));
  }

  @Test
  void theTotalsOfThePeriodSentSkippedAndFailedStandAboveTheTable() {
    FillTotals totals = FillTotals.of(MarkedRows.rows());
    String table = table("&status=error");
    assertThat(table).contains("<li id=\"total-period\"><span class=\"title\">За период</span> <strong class=\"count\">"
        + totals.period().count() + "</strong> на <strong class=\"sum\">" + Formats.amount(totals.period().amount()))
        .contains("<li id=\"total-sent\"><span class=\"title\">С чеком</span> <strong class=\"count\">"
            + totals.sent().count() + "</strong>")
        .contains("<li id=\"total-skipped\"><span class=\"title\">Пропущено</span> <strong class=\"count\">"
            + totals.skipped().count() + "</strong>")
        .contains("<li id=\"total-failed\"><span class=\"title\">С ошибкой</span> <strong class=\"count\">3</strong>"
            + " на <strong class=\"sum\">3\u00a0547,20</strong>"); // UK-00013, 26 and 39, whatever the filter
    assertThat(totals.period().count()).isEqualTo(42);
  }

  @Test
  void oneSearchBoxFindsByNumberPayerOrAmount() {
    assertThat(numbers(table("&q=UK-00017"))).containsExactly("UK-00017");
    assertThat(numbers(table("&q=%D0%98.+13"))).containsExactly("UK-00013"); // «И. 13»: a part of the payer
    assertThat(numbers(table("&q=1035%2C40"))).containsExactly("UK-00005");
    assertThat(numbers(table("&q=1+035.40"))).containsExactly("UK-00005");
    assertThat(table("&q=1035%2C40")).contains("name=\"q\" id=\"search\" value=\"1035,40\"");
  }

  @Test
  void theHeadersSortAscendingThenDescendingAndKeepTheFilters() {
    String first = table("&action=SEND");
    Matcher amount = Pattern.compile("href=\"([^\"]*sort=amount[^\"]*)\"").matcher(first);
    assertThat(amount.find()).isTrue();
    String link = amount.group(1).replace("&amp;", "&");
    assertThat(link).contains("action=SEND", "dir=asc");

    String ascending = client.get(link.replace("#table", "")).body();
    List<String> numbers = numbers(ascending);
    assertThat(numbers).first().isEqualTo("UK-F0001"); // 700,00
    assertThat(ascending).contains(">Сумма</a><span class=\"arrow\">▲</span>")
        .containsPattern("href=\"[^\"]*sort=amount&amp;dir=desc#table\"");
    assertThat(service.queries).last().extracting(query -> query.sort())
        .isEqualTo(Optional.of(new FillSort(FillSort.Column.AMOUNT, false)));

    List<String> descending = numbers(client.get(link.replace("#table", "").replace("dir=asc", "dir=desc")).body());
    assertThat(descending).first().isEqualTo("UK-00038"); // the largest amount of a document to send
    assertThat(numbers(table("&sort=payer&dir=desc"))).first().isEqualTo("UK-00009"); // «Иванов И. И. 9»
  }

  @Test
  void aSuccessReceiptFoldsItsFiscalNumbersAndCheckLinkInItsRow() {
    String table = table("");
    assertThat(rowOf(table, "UK-00005")).contains("<details class=\"receipt\"><summary>Чек ФНС</summary>",
        "<dt>ФН</dt><dd>9960440300123456</dd>", "<dt>ФД</dt><dd>45211</dd>", "<dt>ФПД</dt><dd>3412577895</dd>",
        "<dt>Время на чеке</dt><dd>06.11.2026 12:00:03</dd>",
        "<code class=\"qr\">" + MarkedRows.QR.replace("&", "&amp;") + "</code>", "«Проверка чеков»");
    assertThat(rowOf(table, "UK-00010")).contains("<a class=\"check-link\" href=\"" + MarkedRows.OFD_LINK
        + "\" target=\"_blank\" rel=\"noopener noreferrer\">открыть чек</a>").doesNotContain("code class=\"qr\"");
    assertThat(rowOf(table, "UK-00013")).doesNotContain("Чек ФНС");
  }

  @Test
  void theExportLinksCarryTheTablesCurrentParameters() {
    String table = table("&status=success&q=%D0%98%D0%B2&sort=date&dir=desc");
    assertThat(table).contains("id=\"export-xlsx\" href=\"/table.xlsx?org=uk&amp;from=2026-10-01&amp;to=2026-11-29"
        + "&amp;status=success&amp;q=%D0%98%D0%B2&amp;sort=date&amp;dir=desc\"")
        .contains("id=\"export-csv\" href=\"/table.csv?org=uk&amp;")
        .contains("id=\"reset\" href=\"/?org=uk&amp;from=2026-10-01&amp;to=2026-11-29&amp;fill=1#table\">Сбросить отбор</a>");
  }

  @Test
  void badSearchSortAndMarkParametersAreExplained() {
    assertThat(client.get("/?fill=1&sort=colour").body()).contains("По столбцу «colour» таблица не сортируется");
    assertThat(client.get("/?fill=1&sort=date&dir=up").statusCode()).isEqualTo(400);
    assertThat(client.get("/?fill=1&mark=RED").body()).contains("Отметки «RED» не бывает");
    assertThat(client.get("/?fill=1&q=" + "1".repeat(101)).statusCode()).isEqualTo(400);
  }

  @Test
  void refundsThatCannotBeReadLeaveTheTableWithoutRefundMarksAndSaySo() {
    service.failRefunds(new ServiceFailureException("Cannot reach 1C at http://127.0.0.1:1/buh", null,
        ServiceFailureException.Retry.SAFE));
    String table = table("");
    assertThat(table).contains("Возвраты за период не прочитаны из 1С", "<code>Cannot reach 1C at")
        .doesNotContain("<strong>Есть возврат</strong>");
    assertThat(rowOf(table, "UK-00002")).contains("<strong>Расхождение</strong>");
  }

  @Test
  void prikhodFirstShowsHowManyReceiptsWhatTotalAndWhichDatesLookWrong() {
    client.get("/");
    HttpResponse<String> pressed = client.post("/register", Map.of("org", "uk", "from", "2026-10-01",
        "to", "2026-11-29"));
    assertThat(pressed.statusCode()).isEqualTo(303);
    String location = pressed.headers().firstValue("Location").orElseThrow();
    assertThat(location).isEqualTo("/register?org=uk&from=2026-10-01&to=2026-11-29#preview");

    String preview = client.get(location.replace("#preview", "")).body();
    FillTotals.Sum toSend = FillTotals.of(MarkedRows.rows()).toSend();
    assertThat(preview).contains("Будет отправлено чеков: <strong id=\"preview-count\">" + toSend.count() + "</strong>"
        + " на сумму <strong id=\"preview-total\">" + Formats.amount(toSend.amount()) + "</strong>")
        .contains("Дата позже сегодняшней (29.11.2026): 1.", "№ UK-F0001 от 05.12.2026 09:00:00")
        .contains("Старше месяца: 1.", "№ UK-O0001 от 15.10.2026 09:00:00")
        .contains("<form method=\"post\" action=\"/passes\" id=\"preview-form\">")
        .contains("name=\"kind\" value=\"REGISTER\" id=\"confirm-register\"")
        .contains("id=\"preview-cancel\">Отмена</a>");
    assertThat(service.fake.starts()).isEmpty();

    HttpResponse<String> confirmed = client.post("/passes", Map.of("org", "uk", "from", "2026-10-01",
        "to", "2026-11-29", "kind", "REGISTER"));
    assertThat(confirmed.statusCode()).isEqualTo(303);
    assertThat(service.fake.starts()).singleElement().asString().startsWith("uk REGISTER");
  }

  @Test
  void prikhodWithoutTheCsrfTokenShowsNothingAndStartsNothing() {
    client.get("/");
    assertThat(client.postExactly("/register", Map.of("org", "uk")).statusCode()).isEqualTo(403);
    assertThat(service.fake.starts()).isEmpty();
  }

  @Test
  void prikhodWithNothingToSendSaysSoAndOffersNoConfirmation() {
    service.fake.withRows("tsg", List.of(FakeServiceConsole.row("tsg", 5)));
    String preview = client.get("/register?org=tsg").body();
    assertThat(preview).contains("Отправлять нечего").doesNotContain("confirm-register");
  }

  @Test
  void theExportFollowsTheMarkFilterAndCarriesTheMarksTheSchetmashErrorAndTheFiscalNumbers() {
    HttpResponse<byte[]> mismatches = client.getBytes("/table.csv?org=uk&mark=MISMATCH");
    assertThat(mismatches.statusCode()).isEqualTo(200);
    String[] lines = new String(mismatches.body(), StandardCharsets.UTF_8).split("\r\n");
    assertThat(lines).hasSize(1 + 1);
    assertThat(lines[1]).startsWith("UK-00002;").contains(";Расхождение: последний аудит: ");

    String all = new String(client.getBytes("/table.csv?org=uk&size=1000").body(), StandardCharsets.UTF_8);
    assertThat(all.lines().filter(line -> line.startsWith("UK-00013;")).findFirst()).hasValueSatisfying(line ->
        assertThat(line).contains(";" + MarkedRows.ERROR_TEXT + ";"));
    assertThat(all.lines().filter(line -> line.startsWith("UK-00005;")).findFirst()).hasValueSatisfying(line ->
        assertThat(line).contains(";9960440300123456;45211;3412577895;"));
  }

  private String table(String parameters) {
    HttpResponse<String> page = client.get("/?org=uk&fill=1&size=1000" + parameters);
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    return page.body();
  }

  private static List<String> numbers(String page) {
    return Pattern.compile("<tr(?: class=\"overdue\")? data-number=\"([^\"]+)\"").matcher(page).results()
        .map(match -> match.group(1)).toList();
  }

  private static String rowOf(String table, String number) {
    int start = table.indexOf("data-number=\"" + number + "\"");
    assertThat(start).as(number).isPositive();
    return table.substring(start, table.indexOf("</tr>", start));
  }
}
