package io.github.receiptbridge.common.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

  @Test
  void aFlagIsTrueOrFalseInAnyCaseAndEmptyWhenUnset() {
    Settings settings = new Settings(Map.of("a.flag", " TRUE ")::get, Map.of("B_FLAG", "false")::get);
    assertThat(settings.flag("A_FLAG")).contains(true);
    assertThat(settings.flag("B_FLAG")).contains(false);
    assertThat(settings.flag("C_FLAG")).isEmpty();
  }

  @Test
  void aFlagThatIsNeitherTrueNorFalseSaysWhichKeyAndWhatToWrite() {
    Settings settings = new Settings(k -> null, Map.of("ONEC_ALLOW_INSECURE_HTTP", "yes")::get);
    assertThatThrownBy(() -> settings.flag("ONEC_ALLOW_INSECURE_HTTP"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ONEC_ALLOW_INSECURE_HTTP must be true or false, was 'yes'");
  }
}
