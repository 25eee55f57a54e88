package io.github.receiptbridge.core.internal.schetmash;

import io.github.receiptbridge.core.FiscalReport;
import io.github.receiptbridge.core.FiscalService;
import io.github.receiptbridge.core.ReceiptDraft;
import io.github.receiptbridge.core.RegistrationResult;
import io.github.receiptbridge.schetmash.SchetmashClient;
import io.github.receiptbridge.schetmash.errors.SchetmashException;
import io.github.receiptbridge.schetmash.model.Operation;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * {@link FiscalService} over a {@link SchetmashClient} ({@link
 * io.github.receiptbridge.core.schetmash.SchetmashFiscalService#of}): drafts become the client's requests and its
 * answers the core's ({@link SchetmashModel}), its exceptions the core's ({@link SchetmashFailures}).
 */
public final class SchetmashFiscalAdapter implements FiscalService {
  private final SchetmashClient client;

  /** An adapter of {@code client}. */
  public SchetmashFiscalAdapter(SchetmashClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  @Override
  public RegistrationResult registerSell(ReceiptDraft draft) {
    return SchetmashModel.result(call(() -> client.register(Operation.SELL, SchetmashModel.request(draft))));
  }

  /** A {@code sell_refund}: the same body as a sale's, to the refund operation. */
  @Override
  public RegistrationResult registerSellRefund(ReceiptDraft draft) {
    return SchetmashModel.result(call(() -> client.register(Operation.SELL_REFUND, SchetmashModel.request(draft))));
  }

  @Override
  public FiscalReport report(long receiptId) {
    return SchetmashModel.report(call(() -> client.report(receiptId)));
  }

  @Override
  public OptionalLong shopId() {
    return OptionalLong.of(client.config().shopId());
  }

  @Override
  public void validate(ReceiptDraft draft) {
    call(() -> {
      client.validate(SchetmashModel.request(draft));
      return draft;
    });
  }

  /** The JSON body {@link #registerSell} sends. */
  @Override
  public String preview(ReceiptDraft draft) {
    return call(() -> client.toWireJson(SchetmashModel.request(draft)));
  }

  private static <T> T call(Supplier<T> call) {
    try {
      return call.get();
    } catch (SchetmashException failure) {
      throw SchetmashFailures.translate(failure);
    }
  }
}
