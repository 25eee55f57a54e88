package io.github.receiptbridge.app.serve.web;

import static io.github.receiptbridge.app.serve.web.Html.esc;

import io.github.receiptbridge.core.Action;
import io.github.receiptbridge.core.RunReport;
import io.github.receiptbridge.app.serve.PassRecord;
import io.github.receiptbridge.app.serve.PassState;
import java.time.ZoneId;

/**
 * One pass: while it runs, its progress (documents done of total), which the page's script polls as JSON and
 * reloads the page when the pass ends; then its summary, totals and reports.
 */
final class PassPage {
  private PassPage() {}

  /** The page's markup for {@code pass} of the organization named {@code organizationName}. */
  static String body(PassRecord pass, String organizationName, String tableLink, ZoneId zone) {
    StringBuilder html = new StringBuilder(2048);
    html.append("<h1>«").append(esc(pass.kind().title())).append("» — ").append(esc(organizationName))
        .append("</h1>\n<div id=\"pass\" data-state=\"").append(pass.state().name())
        .append("\" data-progress-url=\"/passes/").append(pass.id()).append("/progress\">\n")
        .append("<p>Проход № ").append(pass.id()).append(", период ").append(esc(Html.day(pass.period().from())))
        .append(" — ").append(esc(Html.day(pass.period().to()))).append(", запустил: ").append(esc(pass.trigger()))
        .append(", начат ").append(esc(Html.instant(pass.startedAt(), zone)));
    pass.finishedAt().ifPresent(at -> html.append(", окончен ").append(esc(Html.instant(at, zone))));
    html.append("</p>\n<p>Состояние: <strong id=\"state\">").append(esc(Words.state(pass.state())))
        .append("</strong></p>\n<p class=\"progress\"><progress id=\"bar\" value=\"").append(pass.done()).append('"');
    pass.total().ifPresent(total -> html.append(" max=\"").append(total).append('"'));
    html.append("></progress> Обработано документов: <span id=\"done\">").append(pass.done())
        .append("</span> из <span id=\"total\">").append(pass.total().map(String::valueOf).orElse("?"))
        .append("</span></p>\n");
    if (pass.state() != PassState.RUNNING) {
      html.append("<p class=\"summary\" id=\"summary\">").append(esc(pass.summary())).append("</p>\n");
    }
    pass.error().ifPresent(error -> html.append("<p class=\"error\" id=\"pass-error\">").append(esc(error))
        .append("</p>\n"));
    pass.report().ifPresent(report -> totals(html, pass, report));
    html.append("</div>\n<p><a href=\"").append(esc(tableLink)).append("\" id=\"to-table\">К таблице «Заполнить»</a>")
        .append(" · <a href=\"/history\">История</a></p>\n");
    return html.toString();
  }

  private static void totals(StringBuilder html, PassRecord pass, RunReport report) {
    html.append("<table class=\"totals\" id=\"totals\"><tbody>");
    for (Action action : Action.values()) {
      int count = report.count(action);
      if (count > 0) {
        html.append("<tr><th>").append(esc(Words.action(action))).append("</th><td>").append(count)
            .append("</td></tr>");
      }
    }
    html.append("<tr><th>просрочено</th><td>").append(report.overdue().size()).append("</td></tr></tbody></table>\n")
        .append("<p>Отчёт: ").append(reportLinks(pass)).append("</p>\n");
  }

  /** The links to {@code pass}'s report as JSON and CSV. */
  static String reportLinks(PassRecord pass) {
    return "<a href=\"/passes/" + pass.id() + "/report.json\">JSON</a> <a href=\"/passes/" + pass.id()
        + "/report.csv\">CSV</a>";
  }
}
