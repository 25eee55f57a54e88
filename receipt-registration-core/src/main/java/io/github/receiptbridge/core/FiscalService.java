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
   * Registers a {@code sell} receipt. Must be idempotent by {@code request.externalId()}: a repeat returns the first
   * receipt's id.
   *
   * @throws io.github.receiptbridge.schetmash.errors.RegistrationOutcomeUnknownException when there was no answer
   */
  RegistrationResult registerSell(ReceiptRequest request);

  /** The state of a receipt by id. */
  ReceiptReport report(long receiptId);

  /**
   * The state of a receipt by its external_id.
   *
   * @throws io.github.receiptbridge.schetmash.errors.ReceiptNotFoundException when the service has none
   */
  ReceiptReport reportByExternalId(String externalId);

  /** Checks a receipt with the service's rules without sending it. */
  void validate(ReceiptRequest request);

  /** The JSON body that {@link #registerSell} would send. */
  String wireJson(ReceiptRequest request);

  /** A fiscal service over a {@link io.github.receiptbridge.schetmash.SchetmashClient}. */
  static FiscalService schetmash(io.github.receiptbridge.schetmash.SchetmashClient client) {
    return new io.github.receiptbridge.core.internal.SchetmashFiscalService(client);
  }
}
