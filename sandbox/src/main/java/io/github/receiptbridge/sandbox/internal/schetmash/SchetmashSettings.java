package io.github.receiptbridge.sandbox.internal.schetmash;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything a sandbox is started with.
 *
 * @param port                     port to bind on 127.0.0.1, 0 for any free one
 * @param login                    API login
 * @param password                 API password
 * @param shops                    shop id → active cash register, in insertion order (the first is the default)
 * @param processingDelay          time from "accept" to the final state
 * @param clock                    clock for tokens and timestamps
 * @param strictTaxWhitelist2019   accept only the seven 2019 tax values
 * @param numbersAsStrings         report {@code total}/{@code fiscal_document_attribute} as strings
 * @param legacyReceiptDatetime    2018 {@code receipt_datetime} format, no {@code qr}
 * @param correctionsNeverComplete corrections stay in status 200 as in the 2019 snapshot
 * @param mysqlLikeExternalIds     compare external ids case- and trailing-space-insensitively
 */
public record SchetmashSettings(int port, String login, String password, Map<Long, Boolean> shops,
    Duration processingDelay, Clock clock, boolean strictTaxWhitelist2019, boolean numbersAsStrings,
    boolean legacyReceiptDatetime, boolean correctionsNeverComplete, boolean mysqlLikeExternalIds) {

  /** Copies the shop map, keeping its order. */
  public SchetmashSettings {
    shops = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(shops));
  }

  /** The default shop: the first one configured. */
  public long defaultShopId() {
    return shops.keySet().iterator().next();
  }
}
