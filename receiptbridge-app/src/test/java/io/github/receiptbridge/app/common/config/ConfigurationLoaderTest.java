package io.github.receiptbridge.app.common.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.receiptbridge.core.ReceiptPolicy;
import io.github.receiptbridge.core.TaxRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigurationLoaderTest {
  @TempDir
  Path folder;

  private Path file(String text) throws IOException {
    Path file = folder.resolve("app.properties");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void readsTheKeysFromTheEnvironment() {
    Configuration config = ConfigurationLoader.load(Map.of("SCHETMASH_LOGIN", "api", "OTHER", "x"), Optional.empty());

    assertThat(config.value(ConfigKey.SCHETMASH_LOGIN)).contains("api");
    assertThat(config.isSet(ConfigKey.SCHETMASH_URL)).isFalse();
  }

  @Test
  void theFileWinsOverTheEnvironment() throws IOException {
    Path file = file("SCHETMASH_LOGIN=from-file\nONEC_USER=Бухгалтер\n# a comment\n");

    Configuration config = ConfigurationLoader.load(
        Map.of("SCHETMASH_LOGIN", "from-env", "SCHETMASH_SHOP_ID", "42"), Optional.of(file));

    assertThat(config.value(ConfigKey.SCHETMASH_LOGIN)).contains("from-file");
    assertThat(config.value(ConfigKey.ONEC_USER)).contains("Бухгалтер");
    assertThat(config.schetmashShopId()).isEqualTo(42);
  }

  @Test
  void anUnknownKeyInTheFileIsNamed() throws IOException {
    Path file = file("SCHETMASH_PASWORD=secret\n");

    assertThatThrownBy(() -> ConfigurationLoader.load(Map.of(), Optional.of(file)))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("Unknown key 'SCHETMASH_PASWORD'");
  }

  @Test
  void aMissingFileIsAConfigurationError() {
    Path missing = folder.resolve("missing.properties");

    assertThatThrownBy(() -> ConfigurationLoader.load(Map.of(), Optional.of(missing)))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("does not exist");
  }

  @Test
  void blankValuesAreUnsetButAn1cPasswordMayBeEmpty() {
    Configuration config = ConfigurationLoader.load(Map.of("SCHETMASH_PASSWORD", " ", "ONEC_PASSWORD", ""),
        Optional.empty());

    assertThat(config.isSet(ConfigKey.SCHETMASH_PASSWORD)).isFalse();
    assertThat(config.value(ConfigKey.ONEC_PASSWORD)).contains("");
    assertThatThrownBy(() -> config.required(ConfigKey.SCHETMASH_PASSWORD))
        .isInstanceOf(ConfigurationException.class).hasMessageStartingWith("SCHETMASH_PASSWORD is not set");
  }

  @Test
  void theReceiptKeysShapeThePolicy() {
    Configuration config = ConfigurationLoader.load(Map.of("RECEIPT_TAX", "standard",
        "RECEIPT_FALLBACK_EMAIL", "receipts@uk.example", "RECEIPT_ITEM_NAME", "Оплата по счету {number}"),
        Optional.empty());

    ReceiptPolicy policy = config.receiptPolicy();

    assertThat(policy.taxRule()).isEqualTo(TaxRule.STANDARD_RATE);
    assertThat(policy.fallbackEmail()).contains("receipts@uk.example");
    assertThat(policy.itemNameTemplate()).isEqualTo("Оплата по счету {number}");
    assertThat(ConfigurationLoader.load(Map.of(), Optional.empty()).receiptPolicy().taxRule())
        .isEqualTo(TaxRule.EXEMPT);
  }

  @Test
  void malformedValuesNameTheirKey() {
    assertThatThrownBy(() -> ConfigurationLoader.load(Map.of("RECEIPT_TAX", "vat20"), Optional.empty())
        .receiptPolicy()).hasMessageContaining("RECEIPT_TAX");
    assertThatThrownBy(() -> ConfigurationLoader.load(Map.of("RECEIPT_FALLBACK_EMAIL", "nobody"), Optional.empty())
        .receiptPolicy()).hasMessageContaining("RECEIPT_FALLBACK_EMAIL");
    assertThatThrownBy(() -> ConfigurationLoader.load(Map.of("SCHETMASH_SHOP_ID", "shop"), Optional.empty())
        .schetmashShopId()).hasMessageContaining("SCHETMASH_SHOP_ID must be the numeric shop id");
    assertThatThrownBy(() -> ConfigurationLoader.load(Map.of("ONEC_TIMEZONE", "Moscow"), Optional.empty())
        .onecTimeZone()).hasMessageContaining("ONEC_TIMEZONE");
    assertThat(ConfigurationLoader.load(Map.of("ONEC_TIMEZONE", "Europe/Moscow"), Optional.empty()).onecTimeZone())
        .contains(ZoneId.of("Europe/Moscow"));
    for (String wrong : List.of("8 KB", "299", "-1")) {
      assertThatThrownBy(() -> ConfigurationLoader.load(Map.of("ONEC_MAX_FILTER_LENGTH", wrong), Optional.empty())
          .onecMaxFilterLength()).hasMessage("ONEC_MAX_FILTER_LENGTH must be a number of characters, at least 300 "
              + "(the default is 2000), was '" + wrong + "'");
    }
    assertThat(ConfigurationLoader.load(Map.of("ONEC_MAX_FILTER_LENGTH", "8000"), Optional.empty())
        .onecMaxFilterLength()).hasValue(8000);
    assertThat(ConfigurationLoader.load(Map.of(), Optional.empty()).onecMaxFilterLength()).isEmpty();
  }
}
