package io.github.receiptbridge.core.internal;

import io.github.receiptbridge.core.FiscalService;
import io.github.receiptbridge.schetmash.SchetmashClient;
import io.github.receiptbridge.schetmash.model.Operation;
import io.github.receiptbridge.schetmash.model.ReceiptReport;
import io.github.receiptbridge.schetmash.model.ReceiptRequest;
import io.github.receiptbridge.schetmash.model.RegistrationResult;
import java.util.Objects;

/** {@link FiscalService} over a {@link SchetmashClient}. */
public final class SchetmashFiscalService implements FiscalService {
  private final SchetmashClient client;

  /** An adapter of {@code client}. */
  public SchetmashFiscalService(SchetmashClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  @Override
  public RegistrationResult registerSell(ReceiptRequest request) {
    return client.register(Operation.SELL, request);
  }

  @Override
  public ReceiptReport report(long receiptId) {
    return client.report(receiptId);
  }

  @Override
  public void validate(ReceiptRequest request) {
    client.validate(request);
  }

  @Override
  public String wireJson(ReceiptRequest request) {
    return client.toWireJson(request);
  }
}
