package io.github.receiptbridge.sandbox;

import static io.github.receiptbridge.sandbox.Wire.invalidData;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** vat22/vat122 are accepted by default and rejected with the 2019 whitelist. */
class TaxWhitelistTest {
  private static String receiptWithTax(String externalId, String tax) {
    return SandboxHttp.sellReceipt(externalId).replace("\"tax\":\"none\"", "\"tax\":\"" + tax + "\"");
  }

  @Test
  void defaultWhitelistAcceptsThe2019ValuesAndThe22PercentRates() {
    try (SchetmashSandbox sandbox = SchetmashSandbox.start()) {
      SandboxHttp http = new SandboxHttp(sandbox);
      String token = http.token();
      String[] taxes = {"none", "vat0", "vat10", "vat18", "vat20", "vat110", "vat118", "vat22", "vat122"};
      for (int i = 0; i < taxes.length; i++) {
        assertThat(http.register(token, "sell", receiptWithTax("t" + i, taxes[i])).body()).as(taxes[i])
            .isEqualTo("{\"id\":" + (i + 1) + ",\"status\":\"accept\"}");
      }
      assertThat(http.register(token, "sell", receiptWithTax("x", "vat120")).body())
          .isEqualTo(invalidData("Не верный формат данных tax - vat120"));
    }
  }

  @Test
  void strictWhitelist2019RejectsVat22AndVat122() {
    try (SchetmashSandbox sandbox = SchetmashSandbox.builder().strictTaxWhitelist2019(true).start()) {
      SandboxHttp http = new SandboxHttp(sandbox);
      String token = http.token();

      assertThat(http.register(token, "sell", receiptWithTax("a", "vat22")).body())
          .isEqualTo(invalidData("Не верный формат данных tax - vat22"));
      assertThat(http.register(token, "sell", receiptWithTax("b", "vat122")).body())
          .isEqualTo(invalidData("Не верный формат данных tax - vat122"));
      assertThat(http.register(token, "sell", receiptWithTax("c", "vat20")).body())
          .isEqualTo("{\"id\":1,\"status\":\"accept\"}");
    }
  }
}
