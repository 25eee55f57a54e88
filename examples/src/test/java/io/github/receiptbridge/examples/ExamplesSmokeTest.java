package io.github.receiptbridge.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each example runs to the end on the sandboxes when no endpoint is configured. */
class ExamplesSmokeTest {
  private final PrintStream originalOut = System.out;
  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

  @BeforeEach
  void captureOutput() {
    assumeTrue(System.getenv("SCHETMASH_URL") == null && System.getenv("ONEC_ODATA_URL") == null,
        "the examples would talk to the configured services");
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreOutput() {
    System.setOut(originalOut);
  }

  private String output() {
    return captured.toString(StandardCharsets.UTF_8);
  }

  @Test
  void registerReceiptExampleGetsAFinalStatus() throws InterruptedException {
    RegisterReceiptExample.main(new String[0]);

    assertThat(output()).contains("Registered receipt").contains("is success").contains("ФД ");
  }

  @Test
  void readBankReceiptsExampleListsTheMonth() {
    ReadBankReceiptsExample.main(new String[0]);

    assertThat(output()).contains("УК Ромашка (ИНН 7701234567)").containsPattern("\\d+ documents, [\\d.]+ in all");
  }

  @Test
  void fullRunExampleRegistersAndSendsNothingTwice() {
    FullRunExample.main(new String[0]);

    assertThat(output()).containsPattern("\\d+ sent, \\d+ successful").contains("Registering again sends 0 receipts");
  }
}
