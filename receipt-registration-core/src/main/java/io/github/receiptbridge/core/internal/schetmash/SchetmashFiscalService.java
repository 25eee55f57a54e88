package io.github.receiptbridge.core.internal.schetmash;

import io.github.receiptbridge.core.FiscalService;
import io.github.receiptbridge.schetmash.SchetmashClient;
import io.github.receiptbridge.schetmash.errors.SchetmashException;
import io.github.receiptbridge.schetmash.model.Operation;
import io.github.receiptbridge.schetmash.model.ReceiptReport;
import io.github.receiptbridge.schetmash.model.ReceiptRequest;
import io.github.receiptbridge.schetmash.model.RegistrationResult;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Supplier;

/** {@link FiscalService} over a {@link SchetmashClient}; the client's exceptions become the core's. */
public final class SchetmashFiscalService implements FiscalService {
  private final SchetmashClient client;

  /** An adapter of {@code client}. */
  public SchetmashFiscalService(SchetmashClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  @Override
  public RegistrationResult registerSell(ReceiptRequest request) {
    return call(() -> client.register(Operation.SELL, request));
  }

  @Override
  public ReceiptReport report(long receiptId) {
    return call(() -> client.report(receiptId));
  }

  @Override
  public OptionalLong shopId() {
    return OptionalLong.of(client.config().shopId());
  }

  @Override
  public void validate(ReceiptRequest request) {
    call(() -> {
      client.validate(request);
      return request;
    });
  }

  @Override
  public String wireJson(ReceiptRequest request) {
    return call(() -> client.toWireJson(request));
  }

  private static <T> T call(Supplier<T> call) {
    try {
      return call.get();
    } catch (SchetmashException failure) {
      throw SchetmashFailures.translate(failure);
    }
  }
}
