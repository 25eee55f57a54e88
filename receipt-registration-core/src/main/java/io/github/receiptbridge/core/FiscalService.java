package io.github.receiptbridge.core;

import java.util.OptionalLong;

/**
 * The fiscal side of the workflow: where receipts are registered, in the core's own terms. {@code
 * io.github.receiptbridge.core.schetmash.SchetmashFiscalService.of(schetmashClient)} adapts «Счетмаш Онлайн»; tests and
 * other services can plug in their own. A failure is a {@link ServiceFailureException}: {@link FatalServiceException}
 * when no following call can succeed either (the run stops), otherwise the document's outcome says what failed and
 * the run goes on.
 *
 * <p><b>Threads.</b> Implementations must be thread-safe: up to {@link Concurrency#schetmash()} threads of a pass call
 * {@link #registerSell}, {@link #report} and {@link #validate} at once, for different receipts; a dry run calls
 * {@link #validate} and {@link #preview} on the thread that started it; {@link #shopId()} is asked once, when the
 * registrar is built. Two registrars on one service run their passes at the same time too.
 *
 * <p><b>Interrupts.</b> A call whose thread is interrupted may end early by throwing a {@link
 * java.util.concurrent.CancellationException} (the clients' {@code CallCancelledException} is one), its thread's
 * interrupt flag left set: the workflow takes it for the cancellation of the pass, not for a failure, and a
 * registration cut short so is {@link Action#UNKNOWN} until the next run sends it again.
 *
 * @since 0.1.0
 */
public interface FiscalService {
  /**
   * Registers a «Приход» ({@code sell}) receipt in the configured shop. Must be idempotent by {@code
   * draft.externalId()}: a repeat returns the first receipt's id. The workflow settles an unknown outcome only by
   * repeating this call, never by a lookup that could find a receipt of another shop.
   *
   * @param draft the receipt
   * @return the receipt's id and its first status
   * @throws OutcomeUnknownException when there was no answer
   * @throws ReceiptRejectedException when the service rejects the receipt as invalid
   * @throws ServiceFailureException when the call failed otherwise
   */
  RegistrationResult registerSell(ReceiptDraft draft);

  /**
   * Registers a «Возврат прихода» ({@code sell_refund}) receipt in the configured shop: {@code draft} is built like a
   * sale's, with the refunded amount. Idempotent by {@code draft.externalId()} as {@link #registerSell} is. By
   * default unsupported, for services that cannot register refunds.
   *
   * @param draft the refund receipt, its amount the refunded one
   * @return the receipt's id and its first status
   * @throws UnsupportedOperationException when the service cannot register refunds
   * @throws OutcomeUnknownException when there was no answer
   * @throws ReceiptRejectedException when the service rejects the receipt as invalid
   * @throws ServiceFailureException when the call failed otherwise
   */
  default RegistrationResult registerSellRefund(ReceiptDraft draft) {
    throw new UnsupportedOperationException("This fiscal service cannot register refund receipts");
  }

  /**
   * The state of a receipt by id.
   *
   * @param receiptId the id {@link #registerSell} returned
   * @return the receipt's status, with its total, fiscal date and numbers once fiscalized
   * @throws ReceiptNotFoundException when the service has no receipt with this id
   * @throws ServiceFailureException when asking failed otherwise
   */
  FiscalReport report(long receiptId);

  /**
   * The shop receipts are registered in, when the service has shops: what the receipt journal records.
   *
   * @return the shop id; empty by default
   */
  default OptionalLong shopId() {
    return OptionalLong.empty();
  }

  /**
   * Checks a receipt with the service's rules without sending it.
   *
   * @param draft the receipt to check
   * @throws ReceiptRejectedException naming what breaks a rule
   */
  void validate(ReceiptDraft draft);

  /**
   * What {@link #registerSell} would send for {@code draft}, for a dry run's report: the service's request body. By
   * default the draft's fields as text.
   *
   * @param draft the receipt
   * @return the request body as text, such as JSON; by default {@code draft.toString()}
   */
  default String preview(ReceiptDraft draft) {
    return draft.toString();
  }
}
