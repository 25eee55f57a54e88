package io.github.receiptbridge.app.serve.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.core.Action;
import io.github.receiptbridge.app.serve.PassRecord;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PassPagesTest {
  private final FakeServiceConsole service = new FakeServiceConsole();
  private final RunningConsole console = RunningConsole.open(service);
  private final ConsoleClient client = console.client();

  @AfterEach
  void stop() {
    console.close();
  }

  @Test
  void aStartedPassShowsItsProgressAndThenItsSummary() {
    long id = startRegister();
    String running = client.get("/passes/" + id).body();
    assertThat(running).contains("<h1>«Приход» — УК Ромашка</h1>").contains("data-state=\"RUNNING\"")
        .contains("data-progress-url=\"/passes/" + id + "/progress\"").contains("<strong id=\"state\">выполняется")
        .contains("<span id=\"done\">0</span> из <span id=\"total\">40</span>").doesNotContain("id=\"summary\"")
        .contains("<script src=\"/assets/console.js\" defer></script>");

    service.progress(id, 17);
    HttpResponse<String> progress = client.get("/passes/" + id + "/progress");
    assertThat(progress.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
    assertThat(progress.headers().firstValue("Cache-Control")).contains("no-store");
    assertThat(progress.body()).contains("\"state\":\"RUNNING\"").contains("\"done\":17").contains("\"total\":40")
        .contains("\"stateTitle\":\"выполняется\"");

    PassRecord finished = service.finish(id);
    assertThat(client.get("/passes/" + id + "/progress").body()).contains("\"state\":\"FINISHED\"");
    String done = client.get("/passes/" + id).body();
    assertThat(done).contains("data-state=\"FINISHED\"").contains("завершён")
        .contains("<p class=\"summary\" id=\"summary\">" + finished.summary() + "</p>")
        .contains("<tr><th>отправлено</th><td>" + finished.report().orElseThrow().count(Action.SENT) + "</td></tr>")
        .contains("<a href=\"/passes/" + id + "/report.json\">JSON</a>")
        .contains("href=\"/?org=uk&amp;from=2026-11-01&amp;to=2026-11-29&amp;fill=1#table\"");
  }

  @Test
  void aFailedPassShowsItsError() {
    long id = startRegister();
    service.fail(id, "Cannot reach Счетмаш: connection refused");
    assertThat(client.get("/passes/" + id).body()).contains("ошибка")
        .contains("<div class=\"error pass-failure\" id=\"pass-error\"><span class=\"failure-what\">1С не отвечает:"
            + " проверьте, что база опубликована и сервер 1С доступен")
        .contains("<details class=\"failure-detail\"><summary>Подробнее</summary><code>Cannot reach Счетмаш:"
            + " connection refused</code></details>");
    assertThat(client.get("/passes/" + id).body().split("connection refused", -1)).as("the detail once")
        .hasSize(2);
  }

  @Test
  void aBusyOrganizationIsExplainedWithALinkToWhatRuns() {
    long id = startRegister();
    HttpResponse<String> busy = client.post("/passes", Map.of("org", "uk", "from", "2026-11-01", "to", "2026-11-29",
        "kind", "AUDIT"));
    assertThat(busy.statusCode()).isEqualTo(409);
    assertThat(busy.body()).contains("У организации «УК Ромашка» уже идёт «Приход» (проход № " + id + ")")
        .contains("дождитесь его окончания").contains("<a href=\"/passes/" + id + "\">Открыть проход</a>")
        .contains("name=\"from\" id=\"from\" required value=\"2026-11-01\"");
    assertThat(console.actions).last().asString().contains("не запустил «Аудит» (AUDIT)");
    assertThat(client.post("/passes", Map.of("org", "tsg", "kind", "AUDIT")).statusCode()).isEqualTo(303);
  }

  @Test
  void onlyTheThreeButtonsStartPassesThere() {
    client.get("/");
    assertThat(client.post("/passes", Map.of("org", "uk", "kind", "REISSUE")).statusCode()).isEqualTo(400);
    assertThat(client.post("/passes", Map.of("org", "uk", "kind", "DROP_TABLE")).statusCode()).isEqualTo(400);
    assertThat(client.post("/passes", Map.of("org", "nope", "kind", "AUDIT")).statusCode()).isEqualTo(404);
    assertThat(service.starts()).isEmpty();
  }

  @Test
  void theHistoryListsPassesNewestFirstWithTheirReports() {
    long first = startRegister();
    service.finish(first);
    long second = startRegister();
    service.fail(second, "1C refused the user or password");
    String history = client.get("/history").body();
    assertThat(history).contains("<h1>История</h1>");
    assertThat(history.indexOf("/passes/" + second + "\"")).isLessThan(history.indexOf("/passes/" + first + "\""));
    assertThat(history).contains("<td data-label=\"Организация\">УК Ромашка</td><td data-label=\"Вид\">Приход"
            + "<br><small class=\"trigger\">сеанс 1 (127.0.0.1)</small></td>"
            + "<td data-label=\"Период\">01.11.2026 — 29.11.2026</td><td data-label=\"Состояние\">завершён</td>"
            + "<td data-label=\"Время\" class=\"times\">29.11.2026 12:00:00")
        .contains("<a href=\"/passes/" + first + "/report.csv\" title=\"Для программ\">CSV</a>")
        .contains("<a href=\"/passes/" + first + "/report.xlsx\"")
        .contains("<a href=\"/passes/" + first + "/report.ru.csv\"");
    assertThat(history.split("1C refused the user or password", -1)).as("the detail once, folded").hasSize(2);
    assertThat(history).contains("<details class=\"failure-detail\"><summary>Подробнее</summary>"
        + "<code>1C refused the user or password</code></details>");
  }

  @Test
  void reportsDownloadAsJsonAndCsv() {
    long id = startRegister();
    PassRecord finished = service.finish(id);
    HttpResponse<String> json = client.get("/passes/" + id + "/report.json");
    assertThat(json.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
    assertThat(json.headers().firstValue("Content-Disposition"))
        .contains("attachment; filename=\"pass-" + id + "-register.json\"");
    assertThat(json.body()).isEqualTo(finished.report().orElseThrow().toJson(RussianReasons::text));
    HttpResponse<String> csv = client.get("/passes/" + id + "/report.csv");
    assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
    assertThat(csv.body()).isEqualTo(finished.report().orElseThrow().toCsv(RussianReasons::text));
  }

  @Test
  void unknownPassesAndMissingReportsAre404() {
    assertThat(client.get("/passes/99").statusCode()).isEqualTo(404);
    assertThat(client.get("/passes/abc").statusCode()).isEqualTo(404);
    assertThat(client.get("/passes/99/progress").body()).startsWith("{\"error\":");
    long id = startRegister();
    HttpResponse<String> missing = client.get("/passes/" + id + "/report.json");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("нет отчёта");
  }

  private long startRegister() {
    client.get("/");
    HttpResponse<String> started = client.post("/passes", Map.of("org", "uk", "from", "2026-11-01",
        "to", "2026-11-29", "kind", "REGISTER"));
    assertThat(started.statusCode()).isEqualTo(303);
    String location = started.headers().firstValue("Location").orElseThrow();
    return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
  }
}
