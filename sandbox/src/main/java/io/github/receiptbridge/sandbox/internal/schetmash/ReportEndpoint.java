package io.github.receiptbridge.sandbox.internal.schetmash;

import io.github.receiptbridge.sandbox.internal.schetmash.model.ApiCode;
import io.github.receiptbridge.sandbox.internal.schetmash.php.PhpQueryString;
import io.github.receiptbridge.sandbox.internal.schetmash.store.ReceiptStore;
import io.github.receiptbridge.sandbox.internal.schetmash.store.ShopDirectory;
import io.github.receiptbridge.sandbox.internal.schetmash.store.StoredReceipt;
import io.github.receiptbridge.sandbox.internal.schetmash.wire.ReportRenderer;
import io.github.receiptbridge.sandbox.internal.schetmash.wire.WireResponse;
import java.util.Comparator;
import java.util.Optional;

/**
 * {@code GET report} and {@code GET report/{id}} ({@code ProcessingMiddleware} + {@code ReportAction}):
 * after the gate, look the receipt up by id, then by the {@code external_id} query parameter; neither
 * lookup is limited to the shop in the path. Nothing found: code 8.
 */
final class ReportEndpoint {
  private final RequestGate gate;
  private final ReceiptStore store;
  private final ReportRenderer renderer;

  /** Creates the endpoint. */
  public ReportEndpoint(RequestGate gate, ReceiptStore store, ReportRenderer renderer) {
    this.gate = gate;
    this.store = store;
    this.renderer = renderer;
  }

  /** Handles one report request. */
  public WireResponse handle(Route route, PhpQueryString query) {
    RequestGate.Verdict verdict = gate.check(query, route.shopId(), null);
    if (verdict.rejection() != null) {
      return verdict.rejection();
    }
    Optional<StoredReceipt> receipt = Optional.empty();
    if (route.processingId() != null) {
      Long id = ShopDirectory.parseId(route.processingId());
      receipt = id == null ? Optional.empty() : store.byId(id);
    }
    if (receipt.isEmpty() && !query.isEmpty("external_id")) {
      receipt = byExternalId(query.get("external_id"));
    }
    return receipt.map(renderer::render).orElseGet(() -> WireResponse.error(ApiCode.INCORRECT_PROCESSING_ID));
  }

  private Optional<StoredReceipt> byExternalId(PhpQueryString.Value externalId) {
    if (!externalId.isArray()) {
      return store.findInAnyShop(externalId.scalar());
    }
    // Doctrine turns an array criterion into IN (...); the index yields (external_id, shop_id) order.
    return externalId.arrayValues().stream()
        .map(store::findInAnyShop)
        .flatMap(Optional::stream)
        .min(Comparator.comparing(StoredReceipt::externalId).thenComparingLong(StoredReceipt::shopId));
  }
}
