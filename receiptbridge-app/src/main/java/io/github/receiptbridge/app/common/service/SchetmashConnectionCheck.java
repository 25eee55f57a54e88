package io.github.receiptbridge.app.common.service;

import io.github.receiptbridge.schetmash.SchetmashClient;
import io.github.receiptbridge.schetmash.errors.SchetmashReceiptNotFoundException;

/**
 * Proves, before a run sends anything, that Счетмаш is reachable, takes the login and knows the shop: it asks for a
 * receipt by an external id no document ever has, which needs a token and a valid shop and changes nothing. Without
 * it an unreachable service would be found out one document at a time.
 */
public final class SchetmashConnectionCheck {
  /** The external id asked for; documents use {@code 1c-<Ref_Key>}, so none has it. */
  public static final String PROBE_EXTERNAL_ID = "receiptbridge-connection-check";

  private SchetmashConnectionCheck() {}

  /**
   * Checks the connection.
   *
   * @throws io.github.receiptbridge.schetmash.errors.SchetmashException when the service is unreachable, refuses the
   *     credentials or does not know the shop
   */
  public static void verify(SchetmashClient client) {
    try {
      client.reportByExternalId(PROBE_EXTERNAL_ID);
    } catch (SchetmashReceiptNotFoundException expected) {
      // the service answered a valid, authenticated question about this shop
    }
  }
}
