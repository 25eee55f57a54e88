package io.github.receiptbridge.app.serve.web;

import io.github.receiptbridge.app.serve.FillQuery;
import io.github.receiptbridge.app.serve.PassRecord;
import io.github.receiptbridge.app.serve.RowFacts;
import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.RunReport;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;

/**
 * The downloads that open in Russian Excel: {@code GET /passes/{id}/report.xlsx} and {@code report.ru.csv} (a pass
 * report), {@code GET /table.xlsx} and {@code /table.csv} (the «Заполнить» table of the query's {@code org}, {@code
 * from}, {@code to} and filters, every page of it). The machine formats stay {@code report.csv} and {@code
 * report.json} ({@link PassRoutes}). Reads only.
 */
final class ExportRoutes {
  private final Parts parts;

  ExportRoutes(Parts parts) {
    this.parts = parts;
  }

  /** Adds the routes. */
  void register(RoutesConfig routes) {
    routes.get("/passes/{id}/report.xlsx", ctx -> report(ctx, true));
    routes.get("/passes/{id}/report.ru.csv", ctx -> report(ctx, false));
    routes.get("/table.xlsx", ctx -> table(ctx, true));
    routes.get("/table.csv", ctx -> table(ctx, false));
  }

  private void report(Context ctx, boolean xlsx) {
    PassRecord pass = PassRoutes.pass(ctx, parts.service());
    RunReport report = PassRoutes.report(pass);
    String name = "pass-" + pass.id() + "-" + pass.kind().name().toLowerCase(Locale.ROOT);
    send(ctx, ReportExport.of(report), name, xlsx);
  }

  private void table(Context ctx, boolean xlsx) {
    FormInput input = FormInput.read(name -> Parts.parameter(ctx, name), parts.service());
    RowFacts facts = TableFacts.read(parts.service(), input.organization().key(), input.period()).facts();
    FillQuery filters = TableInput.read(name -> Parts.parameter(ctx, name)).query().knowing(facts);
    List<FillRow> rows = parts.allRows(input, filters);
    String name = "table-" + input.organization().key() + "-" + input.period().from() + "-" + input.period().to();
    send(ctx, TableExport.of(rows, facts), name, xlsx);
  }

  private static void send(Context ctx, ExportTable table, String name, boolean xlsx) {
    if (xlsx) {
      Responses.download(ctx, ExportTable.XLSX, name + ".xlsx", table.xlsx());
    } else {
      Responses.download(ctx, ExportTable.CSV, name + ".ru.csv", table.russianCsv());
    }
  }
}
