package io.github.receiptbridge.sandbox.internal.schetmash.wire;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.receiptbridge.sandbox.internal.schetmash.model.ApiCode;
import io.github.receiptbridge.sandbox.internal.schetmash.model.FiscalData;
import io.github.receiptbridge.sandbox.internal.schetmash.php.PhpCrashException;
import io.github.receiptbridge.sandbox.internal.schetmash.store.StoredReceipt;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Builds report bodies ({@code ReportAction} with {@code Normal::report}/{@code printError}): error text
 * first, then status 1 accept, 2 processing, anything else success. A success without fiscal data (status
 * 200, or 5/6 without an error text) dereferences a missing print date on the server: an HTML 500 page.
 */
public final class ReportRenderer {
  private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");
  private static final DateTimeFormatter LEGACY =
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss Z", Locale.ENGLISH);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Clock clock;
  private final boolean numbersAsStrings;
  private final boolean legacyReceiptDatetime;

  /**
   * @param clock                 source of the envelope {@code timestamp}
   * @param numbersAsStrings      {@code total} and {@code fiscal_document_attribute} as strings (DB-like)
   * @param legacyReceiptDatetime 2018 style {@code receipt_datetime} and no {@code qr}
   */
  public ReportRenderer(Clock clock, boolean numbersAsStrings, boolean legacyReceiptDatetime) {
    this.clock = clock;
    this.numbersAsStrings = numbersAsStrings;
    this.legacyReceiptDatetime = legacyReceiptDatetime;
  }

  /** Renders the report for {@code receipt}, applying the status 3 → 4 side effect. */
  public WireResponse render(StoredReceipt receipt) {
    StoredReceipt.State state = receipt.readForReport();
    ObjectNode body = NODES.objectNode();
    body.put("id", receipt.id());
    if (StoredReceipt.hasErrorText(state.errorText())) {
      body.put("status", "error");
      body.putNull("payload");
      body.put("timestamp", now());
      ObjectNode error = body.putObject("error");
      error.put("code", ApiCode.INCORRECT_DATA.code());
      error.put("message", state.errorText());
      return WireResponse.json(200, body);
    }
    if (state.status() == StoredReceipt.ACCEPT) {
      body.put("status", "accept");
      return WireResponse.json(200, body);
    }
    if (state.status() == StoredReceipt.PREPARE) {
      body.put("status", "processing");
      return WireResponse.json(200, body);
    }
    if (state.fiscalData() == null) {
      throw new PhpCrashException("Call to a member function format() on null");
    }
    body.put("status", "success");
    body.set("payload", payload(receipt, state.fiscalData()));
    body.put("timestamp", now());
    return WireResponse.json(200, body);
  }

  private ObjectNode payload(StoredReceipt receipt, FiscalData fiscal) {
    ObjectNode payload = NODES.objectNode();
    if (numbersAsStrings) {
      payload.put("total", receipt.sum().toPlainString());
    } else {
      payload.put("total", receipt.sum());
    }
    payload.put("fns_site", "www.nalog.ru");
    payload.put("fn_number", fiscal.fnNumber());
    payload.put("shift_number", fiscal.shiftNumber());
    payload.put("receipt_datetime", legacyReceiptDatetime
        ? LEGACY.format(ZonedDateTime.of(fiscal.printedAt(), clock.getZone()))
        : TIMESTAMP.format(fiscal.printedAt()));
    payload.put("fiscal_receipt_number", fiscal.fiscalReceiptNumber());
    payload.put("fiscal_document_number", fiscal.fiscalDocumentNumber());
    payload.put("ecr_registration_number", fiscal.ecrRegistrationNumber());
    if (numbersAsStrings) {
      payload.put("fiscal_document_attribute", fiscal.fiscalDocumentAttribute());
    } else {
      payload.put("fiscal_document_attribute", Long.parseLong(fiscal.fiscalDocumentAttribute()));
    }
    if (!legacyReceiptDatetime) {
      payload.put("qr", fiscal.qr());
    }
    return payload;
  }

  private String now() {
    return TIMESTAMP.format(LocalDateTime.now(clock));
  }
}
