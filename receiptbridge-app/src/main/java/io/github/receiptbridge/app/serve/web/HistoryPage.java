package io.github.receiptbridge.app.serve.web;

import static io.github.receiptbridge.app.serve.web.Html.esc;

import io.github.receiptbridge.app.serve.PassRecord;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** «История»: the last passes of every organization, newest first, scheduled and manual. */
final class HistoryPage {
  private HistoryPage() {}

  /** The page's markup for {@code passes}; {@code organizationName} names an organization by its key. */
  static String body(List<PassRecord> passes, Function<String, String> organizationName, ZoneId zone) {
    StringBuilder html = new StringBuilder(1024 + passes.size() * 600);
    html.append("<h1>История</h1>\n<table class=\"history\" id=\"history\"><thead><tr><th>№</th>")
        .append("<th>Организация</th><th>Вид</th><th>Период</th><th>Запуск</th><th>Состояние</th><th>Начало</th>")
        .append("<th>Окончание</th><th>Итог</th><th>Ошибка</th><th>Отчёт</th></tr></thead>\n<tbody>\n");
    for (PassRecord pass : passes) {
      html.append("<tr class=\"").append(pass.state().name().toLowerCase(Locale.ROOT)).append("\">")
          .append("<td><a href=\"/passes/").append(pass.id()).append("\">").append(pass.id()).append("</a></td><td>")
          .append(esc(organizationName.apply(pass.organizationKey()))).append("</td><td>")
          .append(esc(pass.kind().title())).append("</td><td>").append(esc(Html.day(pass.period().from())))
          .append(" — ").append(esc(Html.day(pass.period().to()))).append("</td><td>").append(esc(pass.trigger()))
          .append("</td><td>").append(esc(Words.state(pass.state()))).append("</td><td>")
          .append(esc(Html.instant(pass.startedAt(), zone))).append("</td><td>")
          .append(esc(pass.finishedAt().map(at -> Html.instant(at, zone)).orElse(""))).append("</td><td>")
          .append(esc(pass.summary())).append("</td><td class=\"error\">").append(esc(pass.error().orElse("")))
          .append("</td><td>").append(pass.report().isPresent() ? PassPage.reportLinks(pass) : "")
          .append("</td></tr>\n");
    }
    if (passes.isEmpty()) {
      html.append("<tr><td colspan=\"11\" class=\"empty\">Проходов ещё не было.</td></tr>\n");
    }
    html.append("</tbody></table>\n");
    return html.toString();
  }
}
