package io.github.receiptbridge.common.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {
  @Test
  void theLowerDotSystemPropertyWinsOverTheEnvironment() {
    Settings settings = new Settings(
        Map.of("onec.odata.url", "http://property")::get, Map.of("ONEC_ODATA_URL", "http://env")::get);
    assertThat(settings.get("ONEC_ODATA_URL")).contains("http://property");
  }

  @Test
  void blankValuesCountAsUnset() {
    Settings settings = new Settings(Map.of("onec.user", " ")::get, Map.of("ONEC_USER", "")::get);
    assertThat(settings.get("ONEC_USER")).isEmpty();
  }
}
