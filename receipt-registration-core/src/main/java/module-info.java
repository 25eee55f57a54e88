/**
 * The fill / register / check-statuses workflow: {@link io.github.receiptbridge.core.ReceiptRegistrar} over a
 * fiscal service and a ledger, with their Счетмаш and 1C implementations.
 */
module io.github.receiptbridge.core {
  // SchetmashFiscalService.of(SchetmashClient), OnecLedger.of(OnecClient)
  requires transitive io.github.receiptbridge.schetmash;
  requires transitive io.github.receiptbridge.onec;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  // the receipt journal; its SQLite driver registers itself as a java.sql.Driver service
  requires java.sql;
  requires org.slf4j;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports io.github.receiptbridge.core;
  exports io.github.receiptbridge.core.onec;
  exports io.github.receiptbridge.core.schetmash;
}
