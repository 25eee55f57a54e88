package io.github.receiptbridge.app.serve.web;

import io.github.receiptbridge.core.RunReport;
import io.github.receiptbridge.app.serve.PassKind;
import io.github.receiptbridge.app.serve.PassRecord;
import io.github.receiptbridge.app.serve.ServiceConsole;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Passes: {@code POST /passes} (the buttons «Приход», «Проверка статусов чеков», «Аудит»), {@code GET /passes/{id}}
 * (progress, then the summary), {@code GET /passes/{id}/progress} (the JSON the page polls), the reports
 * {@code /passes/{id}/report.json} and {@code .csv} (the machine formats; the Russian downloads are {@link
 * ExportRoutes}), and {@code GET /history}.
 */
final class PassRoutes {
  /** How many passes «История» lists. */
  static final int HISTORY_LENGTH = 100;

  private static final Set<PassKind> BUTTONS = EnumSet.of(PassKind.REGISTER, PassKind.STATUS, PassKind.AUDIT);

  private final Parts parts;
  private final PassStarter starter;

  PassRoutes(Parts parts, PassStarter starter) {
    this.parts = parts;
    this.starter = starter;
  }

  /** Adds the routes. */
  void register(RoutesConfig routes) {
    routes.post("/passes", this::start);
    routes.get("/passes/{id}", this::page);
    routes.get("/passes/{id}/progress", this::progress);
    routes.get("/passes/{id}/report.json", ctx -> report(ctx, "json"));
    routes.get("/passes/{id}/report.csv", ctx -> report(ctx, "csv"));
    routes.get("/history", this::history);
  }

  private void start(Context ctx) {
    FormInput input = FormInput.read(name -> Parts.parameter(ctx, name), parts.service());
    starter.start(ctx, input, kind(Parts.parameter(ctx, "kind")), List.of());
  }

  private void page(Context ctx) {
    PassRecord pass = pass(ctx);
    FormInput input = new FormInput(parts.service().organizations().stream()
        .filter(organization -> organization.key().equals(pass.organizationKey())).findFirst()
        .orElseThrow(() -> Refusal.notFound("Организация «" + pass.organizationKey() + "» больше не настроена.")),
        pass.period());
    PassView page = PassView.of(parts.frame(ctx, "«" + pass.kind().title() + "»"), pass, input.organization().name(),
        input.tableLink(), parts.options().zone());
    Responses.html(ctx, 200, parts.pages().pass(page));
  }

  private void progress(Context ctx) {
    Responses.json(ctx, 200, Json.progress(pass(ctx)));
  }

  private void report(Context ctx, String format) {
    PassRecord pass = pass(ctx);
    RunReport report = report(pass);
    String name = "pass-" + pass.id() + "-" + pass.kind().name().toLowerCase(Locale.ROOT) + "." + format;
    if (format.equals("json")) {
      Responses.download(ctx, "application/json; charset=utf-8", name, report.toJson(RussianReasons::text));
    } else {
      Responses.download(ctx, "text/csv; charset=utf-8", name, report.toCsv(RussianReasons::text));
    }
  }

  private void history(Context ctx) {
    HistoryView page = HistoryView.of(parts.frame(ctx, "История"), parts.service().history(HISTORY_LENGTH),
        parts::organizationName, parts.options().zone());
    Responses.html(ctx, 200, parts.pages().history(page));
  }

  /** The report of {@code pass}, or a 404 that says why it has none. */
  static RunReport report(PassRecord pass) {
    return pass.report().orElseThrow(() -> Refusal.notFound("У прохода № " + pass.id()
        + " нет отчёта: он ещё идёт, пропущен или не удался (см. ошибку в истории)."));
  }

  private PassRecord pass(Context ctx) {
    return pass(ctx, parts.service());
  }

  /** The pass of the path's {@code id}, or a 404 that says why there is none. */
  static PassRecord pass(Context ctx, ServiceConsole service) {
    String text = ctx.pathParam("id");
    long id;
    try {
      id = Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw Refusal.notFound("Прохода «" + text + "» нет: номер прохода — число.");
    }
    return service.pass(id).orElseThrow(() -> Refusal.notFound("Прохода № " + id
        + " нет в истории: он слишком старый или сервис перезапускался."));
  }

  private static PassKind kind(@Nullable String text) {
    for (PassKind kind : BUTTONS) {
      if (kind.name().equals(text)) {
        return kind;
      }
    }
    throw Refusal.badRequest("Неизвестная кнопка «" + text + "»: нажмите «Приход», «Проверка статусов чеков» или"
        + " «Аудит».");
  }
}
