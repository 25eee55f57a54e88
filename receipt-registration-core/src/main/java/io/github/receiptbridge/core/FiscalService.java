package io.github.receiptbridge.core;

import io.github.receiptbridge.schetmash.model.ReceiptReport;
import io.github.receiptbridge.schetmash.model.ReceiptRequest;
import io.github.receiptbridge.schetmash.model.RegistrationResult;
import java.util.OptionalLong;

/**
 * The fiscal side of the workflow: where receipts are registered. {@link #schetmash} adapts a {@link
 * io.github.receiptbridge.schetmash.SchetmashClient}; tests and other services can plug in their own. A failure is a
 * {@link ServiceFailureException}: {@link FatalServiceException} when no following call can succeed either (the run
 * stops), otherwise the document's outcome says what failed and the run goes on.
 */
public interface FiscalService {
  /**
   * Registers a {@code sell} receipt in the configured shop. Must be idempotent by {@code request.externalId()}: a
   * repeat returns the first receipt's id. The workflow settles an unknown outcome only by repeating this call, never
   * by a lookup that could find a receipt of another shop.
   *
   * @throws OutcomeUnknownException when there was no answer
   * @throws ReceiptRejectedException when the service rejects the receipt as invalid
   * @throws ServiceFailureException when the call failed otherwise
   */
  RegistrationResult registerSell(ReceiptRequest request);

  /**
   * The state of a receipt by id.
   *
   * @throws ReceiptNotFoundException when the service has no receipt with this id
   * @throws ServiceFailureException when asking failed otherwise
   */
  ReceiptReport report(long receiptId);

  /** The shop receipts are registered in, when the service has shops: what the receipt journal records. */
  default OptionalLong shopId() {
    return OptionalLong.empty();
  }

  /**
   * Checks a receipt with the service's rules without sending it.
   *
   * @throws ReceiptRejectedException naming what breaks a rule
   */
  void validate(ReceiptRequest request);

  /** The JSON body that {@link #registerSell} would send. */
  String wireJson(ReceiptRequest request);

  /** A fiscal service over a {@link io.github.receiptbridge.schetmash.SchetmashClient}. */
  static FiscalService schetmash(io.github.receiptbridge.schetmash.SchetmashClient client) {
    return new io.github.receiptbridge.core.internal.schetmash.SchetmashFiscalService(client);
  }
}
