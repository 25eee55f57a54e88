package io.github.receiptbridge.app.bench;

import io.github.receiptbridge.core.DateRange;
import io.github.receiptbridge.sandbox.OnecSandbox;
import io.github.receiptbridge.sandbox.SchetmashSandbox;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The simulators of {@code bench --cpu}, in a process of their own so that their CPU is not the measured one's: both
 * sandboxes at zero latency and zero processing delay, with the benchmark's organization and {@code documents}
 * generated bank receipts in November 2026. It prints one {@code SETTING KEY=VALUE} line per client setting, then
 * {@code READY}; runs until its standard input is closed (so it ends with the process that started it); then prints
 * {@code REQUESTS <Счетмаш> <1C>}, the HTTP requests each simulator answered, and exits.
 */
public final class BenchSimulators {
  /** The benchmark organization's INN. */
  static final String INN = "7701234567";
  /** The month the generated documents are dated in. */
  static final DateRange PERIOD = DateRange.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));

  private BenchSimulators() {}

  /**
   * Starts the simulators.
   *
   * @param args the number of generated documents
   */
  public static void main(String[] args) {
    int documents = Integer.parseInt(args[0]);
    PrintStream out = System.out;
    try (SchetmashSandbox fiscal = SchetmashSandbox.builder().processingDelay(Duration.ZERO).start();
        OnecSandbox ledger = OnecSandbox.builder().start()) {
      addDocuments(ledger, documents);
      for (Map<String, String> settings : List.of(fiscal.clientSettings(), ledger.clientSettings())) {
        settings.forEach((key, value) -> out.println("SETTING " + key + "=" + value));
      }
      out.println("READY");
      out.flush();
      drain(System.in);
      out.println("REQUESTS " + fiscal.requestCount() + " " + ledger.requestCount());
      out.flush();
    }
  }

  /** Adds the benchmark organization and {@code documents} generated bank receipts of {@link #PERIOD} to 1C. */
  static void addDocuments(OnecSandbox ledger, int documents) {
    UUID organization = ledger.data().addOrganization("УК Ромашка", INN, "770101001");
    ledger.data().generateBankReceipts(organization, PERIOD.from(), PERIOD.to(), documents, 2026);
  }

  /** Reads {@code in} to its end. */
  private static void drain(InputStream in) {
    try {
      in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read standard input: " + e.getMessage(), e);
    }
  }
}
