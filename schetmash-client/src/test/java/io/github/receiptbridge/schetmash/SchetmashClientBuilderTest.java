package io.github.receiptbridge.schetmash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.receiptbridge.schetmash.errors.SchetmashInvalidReceiptException;
import io.github.receiptbridge.schetmash.model.Operation;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Configuration: defaults, required settings, environment and system properties. */
class SchetmashClientBuilderTest {

  @Test
  void failsFastNamingEveryMissingSetting() {
    assertThatThrownBy(() -> SchetmashClient.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("login (SCHETMASH_LOGIN)")
        .hasMessageContaining("password (SCHETMASH_PASSWORD)")
        .hasMessageContaining("shopId (SCHETMASH_SHOP_ID)");
  }

  @Test
  void rejectsANonPositiveShopAndNegativeRetries() {
    assertThatThrownBy(() -> SchetmashClient.builder().login("l").password("p").shopId(0).build())
        .hasMessageContaining("shopId must be a positive");
    assertThatThrownBy(() -> SchetmashClient.builder().login("l").password("p").shopId(1).maxRetries(-1).build())
        .hasMessageContaining("maxRetries");
  }

  @Test
  void hasTheDocumentedDefaults() {
    try (SchetmashClient client = SchetmashClient.builder().login("l").password("p").shopId(42).build()) {
      SchetmashClientConfig config = client.config();
      assertThat(config.baseUrl()).isEqualTo("https://online.schetmash.com/lk/api/v1/");
      assertThat(config.transport().connectTimeout()).isEqualTo(Duration.ofSeconds(10));
      assertThat(config.transport().readTimeout()).isEqualTo(Duration.ofSeconds(30));
      assertThat(config.transport().callTimeout()).isEqualTo(Duration.ofSeconds(60));
      assertThat(config.transport().maxRetries()).isEqualTo(2);
      assertThat(config.transport().httpLogging()).isFalse();
      assertThat(config.transport().allowInsecureHttp()).isFalse();
    }
  }

  @Test
  void readsTheEnvironmentAndLetsSystemPropertiesWin() {
    Map<String, String> env = Map.of(
        "SCHETMASH_URL", "http://127.0.0.1:9/lk/api/v1",
        "SCHETMASH_LOGIN", "env-login",
        "SCHETMASH_PASSWORD", "env-password",
        "SCHETMASH_SHOP_ID", "42");
    Map<String, String> properties = Map.of("schetmash.login", "property-login", "schetmash.shop.id", "43");
    try (SchetmashClient client = SchetmashClient.builder()
        .fromSources(properties::get, env::get)
        .build()) {
      assertThat(client.config().baseUrl()).isEqualTo("http://127.0.0.1:9/lk/api/v1/");
      assertThat(client.config().login()).isEqualTo("property-login");
      assertThat(client.config().password()).isEqualTo("env-password");
      assertThat(client.config().shopId()).isEqualTo(43);
    }
  }

  @Test
  void aNonNumericShopIdSettingSaysWhichKey() {
    Map<String, String> env = Map.of("SCHETMASH_SHOP_ID", "shop-42");
    assertThatThrownBy(() -> SchetmashClient.builder().fromSettings(env))
        .hasMessageContaining("SCHETMASH_SHOP_ID must be the numeric shop id, was 'shop-42'");
  }

  @Test
  void rejectsAWrongOperationKindWithoutSending() {
    try (SchetmashClient client = SchetmashClient.builder()
        .baseUrl("http://127.0.0.1:9/").login("l").password("p").shopId(1).build()) {
      assertThatThrownBy(() -> client.register(Operation.SELL_CORRECTION, Fixtures.utilityPayment("a")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("registerCorrection");
    }
  }

  @Test
  void anInvalidReceiptFailsBeforeAnyConnection() {
    // port 9 (discard) is closed here: reaching the network would give a transport error, not this one
    try (SchetmashClient client = SchetmashClient.builder()
        .baseUrl("http://127.0.0.1:9/").login("l").password("p").shopId(1).build()) {
      assertThatThrownBy(() -> client.register(Operation.SELL, Fixtures.utilityPayment("a")
          .withReceipt(Fixtures.utilityPayment("a").receipt().withTotal(BigDecimal.ZERO))))
          .isInstanceOf(SchetmashInvalidReceiptException.class)
          .hasMessageContaining("Значение `total` должно быть больше 0");
    }
  }

  @Test
  void refusesPlainHttpToAnotherHostBecauseTheCredentialsWouldTravelUnencrypted() {
    assertThatThrownBy(() -> builder("http://online.example.com").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Refusing plain http:// to online.example.com: the Счетмаш login, password and token would "
            + "cross the network unencrypted. Use https://, or if this network is trusted, allow it explicitly with "
            + "allowInsecureHttp(true) (environment: SCHETMASH_ALLOW_INSECURE_HTTP=true).");
  }

  @Test
  void acceptsPlainHttpToAnotherHostWhenAllowedExplicitly() {
    try (SchetmashClient client = builder("http://online.example.com").allowInsecureHttp(true).build()) {
      assertThat(client.config().baseUrl()).isEqualTo("http://online.example.com/");
      assertThat(client.config().transport().allowInsecureHttp()).isTrue();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1:8080/lk/api/v1/", "http://localhost:8080/lk/api/v1/",
      "http://[::1]:8080/lk/api/v1/", "https://online.example.com/lk/api/v1/"})
  void acceptsTheLoopbackHostOverPlainHttpAndHttpsToAnyHost(String url) {
    try (SchetmashClient client = builder(url).build()) {
      assertThat(client.config().baseUrl()).isEqualTo(url);
    }
  }

  @Test
  void readsAllowInsecureHttpFromTheEnvironment() {
    Map<String, String> env = Map.of(
        "SCHETMASH_URL", "http://online.example.com/lk/api/v1/",
        "SCHETMASH_LOGIN", "l",
        "SCHETMASH_PASSWORD", "p",
        "SCHETMASH_SHOP_ID", "42",
        "SCHETMASH_ALLOW_INSECURE_HTTP", "true");
    try (SchetmashClient client = SchetmashClient.builder().fromSettings(env).build()) {
      assertThat(client.config().transport().allowInsecureHttp()).isTrue();
    }
    Map<String, String> refused = new HashMap<>(env);
    refused.put("SCHETMASH_ALLOW_INSECURE_HTTP", "false");
    assertThatThrownBy(() -> SchetmashClient.builder().fromSettings(refused).build())
        .hasMessageContaining("SCHETMASH_ALLOW_INSECURE_HTTP=true");
  }

  @Test
  void anAllowInsecureHttpSettingThatIsNotABooleanSaysWhichKeyAndWhatToWrite() {
    Map<String, String> env = Map.of("SCHETMASH_ALLOW_INSECURE_HTTP", "yes");
    assertThatThrownBy(() -> SchetmashClient.builder().fromSettings(env))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("SCHETMASH_ALLOW_INSECURE_HTTP must be true or false, was 'yes'");
  }

  private static SchetmashClient.Builder builder(String baseUrl) {
    return SchetmashClient.builder().baseUrl(baseUrl).login("l").password("p").shopId(42);
  }
}
