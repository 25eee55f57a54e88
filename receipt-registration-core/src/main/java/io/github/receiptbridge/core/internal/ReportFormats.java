package io.github.receiptbridge.core.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.receiptbridge.core.DocumentOutcome;
import io.github.receiptbridge.core.LateReceipt;
import io.github.receiptbridge.core.Reason;
import io.github.receiptbridge.core.ReasonCode;
import io.github.receiptbridge.core.RunReport;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** JSON and CSV forms of a {@link RunReport} and of the late-receipt register. */
public final class ReportFormats {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .enable(SerializationFeature.INDENT_OUTPUT);

  /** The form of an outcome's {@code date}: to the second, without a zone. */
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

  private static final List<String> COLUMNS = List.of("documentKey", "number", "date", "amount", "externalId",
      "receiptId", "status", "action", "reason", "reasonCode", "error", "dueBy", "overdue");

  private static final List<String> LATE_COLUMNS = List.of("documentKey", "number", "paymentDate", "amount", "dueBy",
      "fiscalizedAt", "daysLate", "receiptId", "externalId", "fnNumber", "fiscalDocumentNumber", "fiscalSign",
      "shiftNumber", "shiftReceiptNumber");

  private ReportFormats() {}

  /** The late receipts as a JSON array, one object a receipt with the fields of {@link #lateCsv}. */
  public static String lateJson(List<LateReceipt> receipts) {
    ArrayNode array = MAPPER.createArrayNode();
    for (LateReceipt receipt : receipts) {
      ObjectNode node = array.addObject();
      node.put("documentKey", receipt.documentKey().toString());
      node.put("number", receipt.number());
      node.put("paymentDate", receipt.paymentDate().toString());
      node.put("amount", receipt.amount());
      node.put("dueBy", receipt.dueBy().toString());
      node.put("fiscalizedAt", DATE.format(receipt.fiscalizedAt()));
      node.put("daysLate", receipt.daysLate());
      node.put("receiptId", receipt.receiptId());
      node.put("externalId", receipt.externalId());
      node.put("fnNumber", receipt.fiscalNumbers().fnNumber());
      node.put("fiscalDocumentNumber", receipt.fiscalNumbers().fiscalDocumentNumber());
      node.put("fiscalSign", receipt.fiscalNumbers().fiscalSign());
      node.put("shiftNumber", receipt.fiscalNumbers().shiftNumber());
      node.put("shiftReceiptNumber", receipt.fiscalNumbers().shiftReceiptNumber());
    }
    try {
      return MAPPER.writeValueAsString(array);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The late receipts as CSV: document key and number, payment date, amount, due day, fiscal date-time, days late,
   * receipt id and external id, ФН, ФД, ФПД, shift and receipt number in the shift.
   */
  public static String lateCsv(List<LateReceipt> receipts) {
    StringBuilder csv = new StringBuilder(String.join(",", LATE_COLUMNS)).append("\r\n");
    for (LateReceipt r : receipts) {
      List<String> cells = List.of(r.documentKey().toString(), r.number(), r.paymentDate().toString(),
          r.amount().toPlainString(), r.dueBy().toString(), DATE.format(r.fiscalizedAt()),
          String.valueOf(r.daysLate()), String.valueOf(r.receiptId()), r.externalId(), r.fiscalNumbers().fnNumber(),
          String.valueOf(r.fiscalNumbers().fiscalDocumentNumber()), r.fiscalNumbers().fiscalSign(),
          String.valueOf(r.fiscalNumbers().shiftNumber()), String.valueOf(r.fiscalNumbers().shiftReceiptNumber()));
      csv.append(String.join(",", cells.stream().map(ReportFormats::quote).toList())).append("\r\n");
    }
    return csv.toString();
  }

  /** The report as JSON, each reason in the words {@code reasonText} gives it. */
  public static String json(RunReport report, Function<? super Reason, String> reasonText) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("phase", report.phase().displayName());
    root.put("startedAt", report.startedAt().toString());
    root.put("finishedAt", report.finishedAt().toString());
    if (report.stopped()) {
      root.put("stopped", true); // only when stopped, so the reports of whole runs keep their form
    }
    ObjectNode totals = root.putObject("totals");
    report.totals().forEach((action, count) -> totals.put(action.name(), count));
    ArrayNode outcomes = root.putArray("outcomes");
    report.outcomes().forEach(outcome -> write(outcome, reasonText, outcomes.addObject()));
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One outcome, its fields in docs/architecture.md §7's order, then what reading it back needs: {@code amountText}
   * (the amount with its scale), {@code reasonArguments} and {@code failureKind}; absent ones are left out.
   */
  private static void write(DocumentOutcome outcome, Function<? super Reason, String> reasonText, ObjectNode node) {
    node.put("documentKey", outcome.documentKey().toString());
    node.put("number", outcome.number());
    node.put("date", DATE.format(outcome.date()));
    node.put("amount", outcome.amount().stripTrailingZeros()); // as the report file has always written it
    node.put("externalId", outcome.externalId());
    outcome.receiptId().ifPresent(id -> node.put("receiptId", id));
    outcome.rawStatus().ifPresent(status -> node.put("status", status));
    node.put("action", outcome.action().name());
    outcome.reason().map(reasonText).ifPresent(reason -> node.put("reason", reason));
    node.put("reasonCode", outcome.reasonCode().map(ReasonCode::code).orElse(""));
    outcome.error().ifPresent(error -> node.put("error", error));
    node.put("dueBy", outcome.dueBy().toString());
    node.put("overdue", outcome.overdue());
    outcome.requestJson().ifPresent(json -> node.put("requestJson", json));
    // what RunReport.fromJson needs beyond the fields above, after them so those keep their order
    node.put("amountText", outcome.amount().toString()); // with its scale, which "amount" drops
    if (outcome.reason().isPresent()) {
      ArrayNode arguments = node.putArray("reasonArguments");
      outcome.reason().get().arguments().forEach(arguments::add);
    }
    outcome.failureKind().ifPresent(kind -> node.put("failureKind", kind.name()));
  }

  /** The outcomes as CSV, each reason in the words {@code reasonText} gives it. */
  public static String csv(RunReport report, Function<? super Reason, String> reasonText) {
    StringBuilder csv = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
    for (DocumentOutcome o : report.outcomes()) {
      List<String> cells = List.of(o.documentKey().toString(), o.number(), o.date().toString(),
          o.amount().toPlainString(), o.externalId(), Ids.text(o.receiptId()), text(o.rawStatus()),
          o.action().name(), text(o.reason().map(reasonText)), text(o.reasonCode().map(ReasonCode::code)),
          text(o.error()),
          o.dueBy().toString(), String.valueOf(o.overdue()));
      csv.append(String.join(",", cells.stream().map(ReportFormats::quote).toList())).append("\r\n");
    }
    return csv.toString();
  }

  private static String text(Optional<String> value) {
    return value.orElse("");
  }

  private static String quote(String cell) {
    boolean needsQuotes = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
    return needsQuotes ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
  }
}
