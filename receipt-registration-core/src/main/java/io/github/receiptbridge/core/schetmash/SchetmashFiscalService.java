package io.github.receiptbridge.core.schetmash;

import io.github.receiptbridge.core.FiscalService;
import io.github.receiptbridge.core.internal.schetmash.SchetmashFiscalAdapter;
import io.github.receiptbridge.schetmash.SchetmashClient;

/**
 * The {@link FiscalService} of «Счетмаш Онлайн»: receipts are registered as {@code sell} in the client's shop, checked
 * with the client's own rules before they are sent, and previewed as the JSON body the client would send.
 *
 * <pre>{@code
 * ReceiptRegistrar registrar = ReceiptRegistrar.builder()
 *     .ledger(OnecLedger.of(onec))
 *     .fiscalService(SchetmashFiscalService.of(SchetmashClient.fromEnv()))
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SchetmashFiscalService {
  private SchetmashFiscalService() {}

  /**
   * A fiscal service over {@code client}, thread-safe as the client is. The client's exceptions become the core's
   * {@link io.github.receiptbridge.core.ServiceFailureException}s; its shop is the service's {@link
   * FiscalService#shopId()}. The caller closes the client.
   *
   * @param client the Счетмаш client, which stays open
   * @return the fiscal service
   */
  public static FiscalService of(SchetmashClient client) {
    return new SchetmashFiscalAdapter(client);
  }
}
