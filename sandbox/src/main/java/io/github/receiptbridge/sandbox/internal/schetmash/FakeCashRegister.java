package io.github.receiptbridge.sandbox.internal.schetmash;

import io.github.receiptbridge.sandbox.internal.schetmash.model.FiscalData;
import io.github.receiptbridge.sandbox.internal.schetmash.store.StoredReceipt;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Produces the fiscal data a successful print leaves behind, modelled on the server's test cash register:
 * document number = receipt id, shift number = day of month, print time = now; plus a running receipt
 * number, a 10-digit fiscal sign and the QR query string the server builds ({@code t, s, fn, i, fp, n}).
 */
final class FakeCashRegister {
  /** Fiscal drive serial of the server's test cash register. */
  public static final String FN_NUMBER = "9999078900004792";

  private static final DateTimeFormatter QR_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm'00'");

  private final Clock clock;
  private final AtomicLong receiptCounter = new AtomicLong();

  /** @param clock source of the print time */
  public FakeCashRegister(Clock clock) {
    this.clock = clock;
  }

  /** Prints {@code receipt} now. */
  public FiscalData print(StoredReceipt receipt) {
    LocalDateTime now = LocalDateTime.now(clock);
    long epochSeconds = clock.instant().getEpochSecond();
    long documentNumber = receipt.id();
    // The test cash register writes time() + 10; the id keeps signs of one second apart, and the
    // wrap keeps them at ten digits whatever the clock says.
    long sign = epochSeconds + 10 + receipt.id();
    if (sign < 1_000_000_000L || sign > 9_999_999_999L) {
      sign = 1_000_000_000L + Math.floorMod(sign, 9_000_000_000L);
    }
    String fiscalSign = Long.toString(sign);
    String registrationNumber = String.format("%016d", 3_149_768_000_000L + receipt.shopId() % 1_000_000L);
    BigDecimal roubles = receipt.sum().stripTrailingZeros();
    String qr = "t=" + QR_TIME.format(now)
        + "&s=" + (roubles.scale() < 0 ? roubles.setScale(0) : roubles).toPlainString()
        + "&fn=" + FN_NUMBER
        + "&i=" + documentNumber
        + "&fp=" + fiscalSign
        + "&n=" + receipt.operation().calculationSign();
    return new FiscalData(FN_NUMBER, now.getDayOfMonth(), now, receiptCounter.incrementAndGet(),
        documentNumber, registrationNumber, fiscalSign, qr);
  }
}
