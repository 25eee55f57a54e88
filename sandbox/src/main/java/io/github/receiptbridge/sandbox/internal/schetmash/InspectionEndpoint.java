package io.github.receiptbridge.sandbox.internal.schetmash;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.receiptbridge.sandbox.internal.schetmash.store.ReceiptStore;
import io.github.receiptbridge.sandbox.internal.schetmash.store.StoredReceipt;
import io.github.receiptbridge.sandbox.internal.schetmash.wire.WireResponse;

/**
 * {@code GET /sandbox/receipts}, the simulator's own inspection route (the real service has nothing like it):
 * every stored receipt in id order as {@code [{"id":1,"shop_id":42,"external_id":"…","operation":"sell",
 * "status":"success","total":"1234.50"}, …]}, so that a test can check a simulator running in another
 * process. No token is needed; reading does not apply the report's status 3 → 4 side effect. HEAD answers
 * without a body, OPTIONS with {@code Allow: GET}, other methods 405.
 */
final class InspectionEndpoint {
  /** The path of the route. */
  public static final String RECEIPTS_PATH = "/sandbox/receipts";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String ALLOW = "GET";

  private final ReceiptStore store;

  /** Creates the route over the receipt store. */
  public InspectionEndpoint(ReceiptStore store) {
    this.store = store;
  }

  /** Whether a request target (path and optional query string) addresses this route. */
  public boolean matches(String target) {
    int question = target.indexOf('?');
    String path = question < 0 ? target : target.substring(0, question);
    return RECEIPTS_PATH.equals(path);
  }

  /** Answers one request to this route. */
  public WireResponse handle(String method) {
    switch (method) {
      case "GET":
        return WireResponse.sandboxJson(receipts());
      case "HEAD":
        return WireResponse.sandboxJson(receipts()).withoutBody();
      case "OPTIONS":
        return WireResponse.options(ALLOW);
      default:
        return WireResponse.methodNotAllowed(ALLOW);
    }
  }

  private byte[] receipts() {
    ArrayNode rows = JsonNodeFactory.instance.arrayNode();
    for (StoredReceipt receipt : store.all()) {
      ObjectNode row = rows.addObject();
      row.put("id", receipt.id());
      row.put("shop_id", receipt.shopId());
      row.put("external_id", receipt.externalId());
      row.put("operation", receipt.operation().wireName());
      row.put("status", receipt.state().reportedStatus());
      row.put("total", receipt.sum().toPlainString());
    }
    try {
      return MAPPER.writeValueAsBytes(rows);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the receipt list", e);
    }
  }
}
