package io.github.receiptbridge.schetmash;

import io.github.receiptbridge.schetmash.model.Buyer;
import io.github.receiptbridge.schetmash.model.Item;
import io.github.receiptbridge.schetmash.model.Payment;
import io.github.receiptbridge.schetmash.model.PaymentObject;
import io.github.receiptbridge.schetmash.model.PaymentType;
import io.github.receiptbridge.schetmash.model.Receipt;
import io.github.receiptbridge.schetmash.model.ReceiptRequest;
import io.github.receiptbridge.schetmash.model.Tax;
import io.github.receiptbridge.testkit.FixtureServer;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** Wire fixtures from {@code src/test/resources/schetmash} and sample requests. */
public final class Fixtures {
  /** The token in the token fixtures. */
  public static final String TOKEN = "1764280000a1b2c3d4e5f6a";

  private Fixtures() {}

  /** The bytes of a fixture file, as the service would send them. */
  public static String read(String name) {
    return FixtureServer.read("/schetmash/" + name);
  }

  /** A utility payment of 1520.40 roubles by bank transfer, stamped 2026-11-02 10:15:00. */
  public static ReceiptRequest utilityPayment(String externalId) {
    BigDecimal amount = new BigDecimal("1520.40");
    return ReceiptRequest.builder()
        .externalId(externalId)
        .timestamp(LocalDateTime.of(2026, 11, 2, 10, 15, 0))
        .receipt(Receipt.builder()
            .buyer(Buyer.builder().email("resident@example.ru").build())
            .addItems(Item.builder()
                .name("Оплата жилищно-коммунальных услуг")
                .price(amount)
                .quantity(BigDecimal.ONE)
                .tax(Tax.NONE)
                .paymentObject(PaymentObject.SERVICE)
                .build())
            .total(amount)
            .addPayments(Payment.of(PaymentType.ELECTRONIC, amount))
            .build())
        .build();
  }
}
