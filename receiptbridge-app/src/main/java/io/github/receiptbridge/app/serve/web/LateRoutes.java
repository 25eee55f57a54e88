package io.github.receiptbridge.app.serve.web;

import io.github.receiptbridge.app.common.LateReceiptSheet;
import io.github.receiptbridge.core.LateReceipt;
import io.github.receiptbridge.core.LateReceiptFormats;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;

/**
 * «Поздние чеки»: {@code GET /late} (the page, for the organization and period of the query's {@code org}, {@code
 * from} and {@code to}, by default the first organization and the default period) and {@code GET /late.csv} (the same
 * list as a CSV file, {@link LateReceiptFormats#csv}), {@code GET /late.ru.csv} (the CSV of Russian Excel) and
 * {@code GET /late.xlsx} (as an Excel workbook). Reads only;
 * a GET form, so no CSRF token is needed.
 */
final class LateRoutes {
  /** The register's columns in Russian, in the order of {@link LateReceiptSheet#COLUMNS}. */
  private static final List<String> HEADERS = List.of("Номер документа", "Дата оплаты", "Сумма", "Срок чека",
      "Дата и время чека", "Дней просрочки", "Номер чека", "ФН", "ФД", "ФПД", "Смена", "Номер чека в смене",
      "external_id", "Ref_Key документа");

  private final Parts parts;

  LateRoutes(Parts parts) {
    this.parts = parts;
  }

  /** Adds the routes. */
  void register(RoutesConfig routes) {
    routes.get("/late", this::page);
    routes.get("/late.csv", this::csv);
    routes.get("/late.xlsx", this::xlsx);
    routes.get("/late.ru.csv", this::russianCsv);
  }

  private void page(Context ctx) {
    FormInput input = FormInput.read(name -> Parts.parameter(ctx, name), parts.service());
    List<LateReceipt> receipts = parts.service().lateReceipts(input.organization().key(), input.period());
    LateView page = LateView.of(parts.frame(ctx, "Поздние чеки"), parts.service().organizations(), input, receipts);
    Responses.html(ctx, 200, parts.pages().late(page));
  }

  private void csv(Context ctx) {
    FormInput input = FormInput.read(name -> Parts.parameter(ctx, name), parts.service());
    List<LateReceipt> receipts = parts.service().lateReceipts(input.organization().key(), input.period());
    String name = "late-receipts-" + input.period().from() + "-" + input.period().to() + ".csv";
    Responses.download(ctx, "text/csv; charset=utf-8", name, LateReceiptFormats.csv(receipts));
  }

  private void russianCsv(Context ctx) {
    FormInput input = FormInput.read(name -> Parts.parameter(ctx, name), parts.service());
    List<LateReceipt> receipts = parts.service().lateReceipts(input.organization().key(), input.period());
    String name = "late-receipts-" + input.period().from() + "-" + input.period().to() + ".ru.csv";
    Responses.download(ctx, ExportTable.CSV, name, new ExportTable("Поздние чеки", HEADERS,
        receipts.stream().map(LateRoutes::cells).toList()).russianCsv());
  }

  /** The cells of {@code receipt} in the order of {@link #HEADERS}. */
  private static List<?> cells(LateReceipt receipt) {
    return Arrays.asList(receipt.number(), receipt.paymentDate(), receipt.amount(), receipt.dueBy(),
        receipt.fiscalizedAt(), receipt.daysLate(), receipt.receiptId(), receipt.fiscalNumbers().fnNumber(),
        receipt.fiscalNumbers().fiscalDocumentNumber(), receipt.fiscalNumbers().fiscalSign(),
        receipt.fiscalNumbers().shiftNumber(), receipt.fiscalNumbers().shiftReceiptNumber(), receipt.externalId(),
        receipt.documentKey().toString());
  }

  private void xlsx(Context ctx) {
    FormInput input = FormInput.read(name -> Parts.parameter(ctx, name), parts.service());
    List<LateReceipt> receipts = parts.service().lateReceipts(input.organization().key(), input.period());
    String name = "late-receipts-" + input.period().from() + "-" + input.period().to() + ".xlsx";
    Responses.download(ctx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name,
        LateReceiptSheet.xlsx(receipts, "Поздние чеки", HEADERS));
  }
}
