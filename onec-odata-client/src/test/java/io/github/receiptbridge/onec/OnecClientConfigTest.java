package io.github.receiptbridge.onec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/** Configuration from code and environment, the time-zone warning, and a password that never shows. */
class OnecClientConfigTest {
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);

  @BeforeEach
  void capture() {
    appender.start();
    root.addAppender(appender);
    root.setLevel(Level.TRACE);
  }

  @AfterEach
  void release() {
    root.detachAppender(appender);
    root.setLevel(Level.INFO);
  }

  @Test
  void failsFastNamingEveryMissingSetting() {
    assertThatThrownBy(() -> OnecClient.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("serviceRoot (ONEC_ODATA_URL)")
        .hasMessageContaining("user (ONEC_USER)")
        .hasMessageContaining("password (ONEC_PASSWORD)");
  }

  @Test
  void readsTheEnvironment() {
    Map<String, String> env = Map.of("ONEC_ODATA_URL", "http://127.0.0.1:9/acc", "ONEC_USER", "Бухгалтер",
        "ONEC_PASSWORD", "секрет", "ONEC_TIMEZONE", "Asia/Yekaterinburg");
    try (OnecClient client = OnecClient.builder().fromSettings(env).build()) {
      assertThat(client.config().serviceRoot()).isEqualTo("http://127.0.0.1:9/acc/odata/standard.odata/");
      assertThat(client.config().user()).isEqualTo("Бухгалтер");
      assertThat(client.config().serverZone()).isEqualTo(ZoneId.of("Asia/Yekaterinburg"));
      assertThat(client.toString()).doesNotContain("секрет").contains("****");
    }
  }

  @Test
  void letsSystemPropertiesWinOverTheEnvironment() {
    Map<String, String> env = Map.of("ONEC_ODATA_URL", "http://127.0.0.1:9/acc", "ONEC_USER", "Бухгалтер",
        "ONEC_PASSWORD", "секрет");
    Map<String, String> properties = Map.of("onec.user", "Кассир", "onec.timezone", "Europe/Moscow");
    try (OnecClient client = OnecClient.builder().fromSources(properties::get, env::get).build()) {
      assertThat(client.config().user()).isEqualTo("Кассир");
      assertThat(client.config().password()).isEqualTo("секрет");
      assertThat(client.config().serverZone()).isEqualTo(ZoneId.of("Europe/Moscow"));
    }
  }

  @Test
  void aWrongTimeZoneSaysWhichKey() {
    Map<String, String> env = Map.of("ONEC_TIMEZONE", "Moscow");
    assertThatThrownBy(() -> OnecClient.builder().fromSettings(env))
        .hasMessageContaining("ONEC_TIMEZONE must be a time-zone id such as Europe/Moscow, was 'Moscow'");
  }

  @Test
  void readsTheFilterBudgetFromTheEnvironmentAndSaysWhichKeyWhenItIsWrong() {
    Map<String, String> env = new HashMap<>(Map.of("ONEC_ODATA_URL", "http://127.0.0.1:9/acc", "ONEC_USER", "u",
        "ONEC_PASSWORD", "p", "ONEC_TIMEZONE", "Europe/Moscow", "ONEC_MAX_FILTER_LENGTH", " 8000 "));
    try (OnecClient client = OnecClient.builder().fromSettings(env).build()) {
      assertThat(client.config().maxFilterLength()).isEqualTo(8000);
    }
    env.put("ONEC_MAX_FILTER_LENGTH", "8 KB");
    assertThatThrownBy(() -> OnecClient.builder().fromSettings(env)).isInstanceOf(IllegalStateException.class)
        .hasMessage("ONEC_MAX_FILTER_LENGTH must be a number of characters, at least 300, was '8 KB'");
    env.put("ONEC_MAX_FILTER_LENGTH", "200");
    assertThatThrownBy(() -> OnecClient.builder().fromSettings(env).build()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("maxFilterLength (ONEC_MAX_FILTER_LENGTH) must be at least 300 characters, was 200");
  }

  @Test
  void refusesPlainHttpToAnotherHostBecauseThePasswordWouldTravelUnencrypted() {
    assertThatThrownBy(() -> builder("http://1c.example.ru/base/odata/standard.odata").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Refusing plain http:// to 1c.example.ru: the 1C user's password would cross the network "
            + "unencrypted. Use https://, or if this network is trusted, allow it explicitly with "
            + "allowInsecureHttp(true) (environment: ONEC_ALLOW_INSECURE_HTTP=true).");
  }

  @Test
  void acceptsPlainHttpToAnotherHostWhenAllowedExplicitly() {
    try (OnecClient client = builder("http://1c.example.ru/base/odata/standard.odata").allowInsecureHttp(true)
        .build()) {
      assertThat(client.config().serviceRoot()).isEqualTo("http://1c.example.ru/base/odata/standard.odata/");
      assertThat(client.config().transport().allowInsecureHttp()).isTrue();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1:8080/base/odata/standard.odata/",
      "http://localhost:8080/base/odata/standard.odata/", "http://[::1]:8080/base/odata/standard.odata/",
      "https://1c.example.ru/base/odata/standard.odata/"})
  void acceptsTheLoopbackHostOverPlainHttpAndHttpsToAnyHost(String url) {
    try (OnecClient client = builder(url).build()) {
      assertThat(client.config().serviceRoot()).isEqualTo(url);
      assertThat(client.config().transport().allowInsecureHttp()).isFalse();
    }
  }

  @Test
  void readsAllowInsecureHttpFromTheEnvironment() {
    Map<String, String> env = Map.of("ONEC_ODATA_URL", "http://1c.example.ru/base", "ONEC_USER", "u",
        "ONEC_PASSWORD", "p", "ONEC_TIMEZONE", "Europe/Moscow", "ONEC_ALLOW_INSECURE_HTTP", "TRUE");
    try (OnecClient client = OnecClient.builder().fromSettings(env).build()) {
      assertThat(client.config().transport().allowInsecureHttp()).isTrue();
    }
    Map<String, String> refused = new HashMap<>(env);
    refused.put("ONEC_ALLOW_INSECURE_HTTP", "false");
    assertThatThrownBy(() -> OnecClient.builder().fromSettings(refused).build())
        .hasMessageContaining("ONEC_ALLOW_INSECURE_HTTP=true");
  }

  @Test
  void anAllowInsecureHttpSettingThatIsNotABooleanSaysWhichKeyAndWhatToWrite() {
    Map<String, String> env = Map.of("ONEC_ALLOW_INSECURE_HTTP", "1");
    assertThatThrownBy(() -> OnecClient.builder().fromSettings(env))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ONEC_ALLOW_INSECURE_HTTP must be true or false, was '1'");
  }

  @Test
  void warnsWhenTheServerZoneIsNotSet() {
    try (OnecClient client = OnecClient.builder().serviceRoot("http://127.0.0.1:9/a").user("u").password("p")
        .build()) {
      assertThat(client.config().serverZone()).isEqualTo(ZoneId.systemDefault());
    }
    assertThat(appender.list).anySatisfy(event -> {
      assertThat(event.getLevel()).isEqualTo(Level.WARN);
      assertThat(event.getFormattedMessage()).contains("ONEC_TIMEZONE is not set");
    });
  }

  @Test
  void logsOneDecodedLinePerRequestAndNeverThePassword() throws Exception {
    List<String> printed = new ArrayList<>();
    try (OnecMockServer mock = new OnecMockServer()) {
      mock.json(200, "organizations.json").empty(401);
      try (OnecClient client = mock.clientBuilder().httpLogging(true).build()) {
        client.organizations();
        printed.add(org.assertj.core.api.Assertions.catchThrowable(client::organizations).getMessage());
        printed.add(client.config().toString());
      }
    }
    List<String> lines = appender.list.stream()
        .filter(event -> event.getLoggerName().equals(OnecClient.HTTP_LOGGER))
        .map(ILoggingEvent::getFormattedMessage).toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).matches("GET /base/odata/standard\\.odata/Catalog_Организации\\?\\$format=json"
        + "&\\$select=Ref_Key,Description,ИНН,КПП,НаименованиеПолное&\\$orderby=Description -> 200 \\(\\d+ ms\\)");
    printed.addAll(lines);
    appender.list.forEach(event -> printed.add(event.getFormattedMessage()));
    assertThat(printed).allSatisfy(line -> assertThat(line).doesNotContain("пароль-123")
        .doesNotContain("0JDQtNC80LjQvdC40YHRgtGA0LDRgtC+0YA6"));
  }

  private static OnecClient.Builder builder(String serviceRoot) {
    return OnecClient.builder().serviceRoot(serviceRoot).user("u").password("p").serverZone(ZoneId.of("Europe/Moscow"));
  }
}
