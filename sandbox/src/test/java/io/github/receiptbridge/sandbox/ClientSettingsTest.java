package io.github.receiptbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code clientSettings()} of both simulators: what a client needs, under the clients' own setting names. */
class ClientSettingsTest {
  @Test
  void schetmashSettingsAreUrlLoginPasswordAndDefaultShopInThatOrder() {
    try (SchetmashSandbox sandbox = SchetmashSandbox.builder().login("demo").password("pw")
        .shop(7, CashRegister.ACTIVE).shop(8, CashRegister.NONE).start()) {
      Map<String, String> settings = sandbox.clientSettings();

      assertThat(settings).containsExactly(
          Map.entry("SCHETMASH_URL", "http://127.0.0.1:" + sandbox.port() + "/lk/api/v1/"),
          Map.entry("SCHETMASH_LOGIN", "demo"),
          Map.entry("SCHETMASH_PASSWORD", "pw"),
          Map.entry("SCHETMASH_SHOP_ID", "7"));
      assertThatThrownBy(() -> settings.put("SCHETMASH_URL", "x")).isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Test
  void onecSettingsAreServiceRootUserCurrentPasswordAndZoneInThatOrder() {
    try (OnecSandbox sandbox = OnecSandbox.builder().user("Бухгалтер").password("секрет").basePath("buh").start()) {
      sandbox.changePassword("новый");

      Map<String, String> settings = sandbox.clientSettings();

      assertThat(settings).containsExactly(
          Map.entry("ONEC_ODATA_URL", "http://127.0.0.1:" + sandbox.port() + "/buh/odata/standard.odata/"),
          Map.entry("ONEC_USER", "Бухгалтер"),
          Map.entry("ONEC_PASSWORD", "новый"),
          Map.entry("ONEC_TIMEZONE", ZoneId.systemDefault().getId()));
      assertThat(sandbox.zone()).isEqualTo(ZoneId.systemDefault());
      assertThatThrownBy(() -> settings.clear()).isInstanceOf(UnsupportedOperationException.class);
    }
  }
}
