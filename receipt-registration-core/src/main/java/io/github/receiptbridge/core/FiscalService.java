package io.github.receiptbridge.core;

import io.github.receiptbridge.schetmash.model.ReceiptReport;
import io.github.receiptbridge.schetmash.model.ReceiptRequest;
import io.github.receiptbridge.schetmash.model.RegistrationResult;

/**
 * The fiscal side of the workflow: where receipts are registered. {@link #schetmash} adapts a {@link
 * io.github.receiptbridge.schetmash.SchetmashClient}; tests and other services can plug in their own.
 */
public interface FiscalService {
  /**
   * Registers a {@code sell} receipt in the configured shop. Must be idempotent by {@code request.externalId()}: a
   * repeat returns the first receipt's id. The workflow settles an unknown outcome only by repeating this call, never
   * by a lookup that could find a receipt of another shop.
   *
   * @throws io.github.receiptbridge.schetmash.errors.SchetmashOutcomeUnknownException when there was no answer
   */
  RegistrationResult registerSell(ReceiptRequest request);

  /** The state of a receipt by id. */
  ReceiptReport report(long receiptId);

  /** Checks a receipt with the service's rules without sending it. */
  void validate(ReceiptRequest request);

  /** The JSON body that {@link #registerSell} would send. */
  String wireJson(ReceiptRequest request);

  /** A fiscal service over a {@link io.github.receiptbridge.schetmash.SchetmashClient}. */
  static FiscalService schetmash(io.github.receiptbridge.schetmash.SchetmashClient client) {
    return new io.github.receiptbridge.core.internal.SchetmashFiscalService(client);
  }
}
