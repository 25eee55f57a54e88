package io.github.receiptbridge.examples;

import io.github.receiptbridge.sandbox.SchetmashSandbox;
import io.github.receiptbridge.schetmash.SchetmashClient;
import io.github.receiptbridge.schetmash.model.Buyer;
import io.github.receiptbridge.schetmash.model.Item;
import io.github.receiptbridge.schetmash.model.Operation;
import io.github.receiptbridge.schetmash.model.Payment;
import io.github.receiptbridge.schetmash.model.PaymentObject;
import io.github.receiptbridge.schetmash.model.PaymentType;
import io.github.receiptbridge.schetmash.model.Receipt;
import io.github.receiptbridge.schetmash.model.ReceiptReport;
import io.github.receiptbridge.schetmash.model.ReceiptRequest;
import io.github.receiptbridge.schetmash.model.RegistrationResult;
import io.github.receiptbridge.schetmash.model.Tax;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * Registers one receipt with {@link SchetmashClient} and polls its report until it is final. Runs on a local Счетмаш
 * sandbox unless {@code SCHETMASH_URL} (with {@code SCHETMASH_LOGIN}, {@code _PASSWORD}, {@code _SHOP_ID}) is set.
 *
 * <p>The external id is fixed: running the example twice against the same service returns the first receipt's id,
 * which is how the service keeps a payment from being fiscalized twice.
 */
public final class RegisterReceiptExample {
  private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
  private static final Duration MAX_WAIT = Duration.ofSeconds(30);

  private RegisterReceiptExample() {}

  /**
   * Runs the example.
   *
   * @param args optionally the external id to register under
   */
  public static void main(String[] args) throws InterruptedException {
    String externalId = args.length > 0 ? args[0] : "example-register-receipt-1";
    boolean configured = System.getenv("SCHETMASH_URL") != null;
    try (SchetmashSandbox sandbox = configured ? null
            : SchetmashSandbox.builder().processingDelay(Duration.ofMillis(500)).start();
        SchetmashClient client = configured ? SchetmashClient.fromEnv() : SchetmashClient.builder()
            .fromSettings(sandbox.clientSettings()).build()) {
      System.out.println("Счетмаш" + (configured ? "" : " sandbox") + ": " + client.config().baseUrl());
      RegistrationResult registered = client.register(Operation.SELL, receipt(externalId, new BigDecimal("1520.40")));
      System.out.println("Registered receipt " + registered.id() + " (" + registered.rawStatus() + ")");
      ReceiptReport report = awaitFinal(client, registered.id());
      System.out.println("Receipt " + report.id() + " is " + report.rawStatus());
      report.payload().ifPresent(p -> System.out.println("ФД " + p.fiscalDocumentNumber() + ", ФПД "
          + p.fiscalDocumentAttribute() + ", ФН " + p.fnNumber()));
      report.error().ifPresent(e -> System.out.println("Error: " + e.message()));
    }
  }

  private static ReceiptRequest receipt(String externalId, BigDecimal amount) {
    return ReceiptRequest.builder()
        .externalId(externalId)
        .receipt(Receipt.builder()
            .buyer(Buyer.builder().email("resident@example.ru").build())
            .addItems(Item.builder().name("Оплата жилищно-коммунальных услуг").price(amount)
                .quantity(BigDecimal.ONE).tax(Tax.NONE).paymentObject(PaymentObject.SERVICE).build())
            .total(amount)
            .addPayments(Payment.of(PaymentType.ELECTRONIC, amount))
            .build())
        .build();
  }

  private static ReceiptReport awaitFinal(SchetmashClient client, long receiptId) throws InterruptedException {
    long deadline = System.nanoTime() + MAX_WAIT.toNanos();
    ReceiptReport report = client.report(receiptId);
    while (!report.status().isFinal() && System.nanoTime() < deadline) {
      System.out.println("  " + report.rawStatus() + "…");
      Thread.sleep(POLL_INTERVAL.toMillis());
      report = client.report(receiptId);
    }
    return report;
  }
}
