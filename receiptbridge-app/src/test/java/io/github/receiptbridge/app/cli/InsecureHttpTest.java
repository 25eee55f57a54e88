package io.github.receiptbridge.app.cli;

import io.github.receiptbridge.app.common.ExitCodes;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.app.common.config.ConfigKey;
import io.github.receiptbridge.app.common.config.Configuration;
import io.github.receiptbridge.app.common.config.ConfigurationLoader;
import io.github.receiptbridge.app.common.service.ClientFactory;
import io.github.receiptbridge.onec.OnecClient;
import io.github.receiptbridge.schetmash.SchetmashClient;
import io.github.receiptbridge.testkit.InProcessCli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance: plain http:// to a host other than the loopback one is a configuration error (exit code 2) that says
 * why and names the key that allows it; with that key set to {@code true} the clients are built. Nothing here
 * connects anywhere: the refusal comes before any request, and the allowed clients are only built.
 */
class InsecureHttpTest {
  private static final String ONEC_URL = "http://1c.example.ru/buh/odata/standard.odata/";
  private static final String SCHETMASH_URL = "http://online.example.com/lk/api/v1/";

  @TempDir
  Path folder;

  /** Real-service settings on the loopback host, where nothing listens on port 9 (nothing is sent anyway). */
  private static Map<String, String> loopbackEnvironment() {
    Map<String, String> environment = new HashMap<>();
    environment.put("SCHETMASH_URL", "http://127.0.0.1:9/lk/api/v1/");
    environment.put("SCHETMASH_LOGIN", "api");
    environment.put("SCHETMASH_PASSWORD", "api-password");
    environment.put("SCHETMASH_SHOP_ID", "42");
    environment.put("ONEC_ODATA_URL", "http://localhost:9/buh");
    environment.put("ONEC_USER", "Бухгалтер");
    environment.put("ONEC_PASSWORD", "пароль");
    environment.put("ONEC_TIMEZONE", "Europe/Moscow");
    return environment;
  }

  private static void assertOneLineConfigurationError(InProcessCli.Result result, String... expectedTexts) {
    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.errorLines()).as(result.err()).hasSize(1);
    assertThat(result.err()).contains(expectedTexts);
    assertThat(result.hasStackTrace()).as(result.err()).isFalse();
  }

  @Test
  void plainHttpTo1cOnAnotherHostIsAConfigurationErrorThatSaysWhyAndNamesTheKey() {
    Map<String, String> environment = loopbackEnvironment();
    environment.put("ONEC_ODATA_URL", ONEC_URL);

    InProcessCli.Result result = CliRunner.run(environment, "fill", "--organization", "7701234567");

    assertOneLineConfigurationError(result, "Refusing plain http:// to 1c.example.ru",
        "the 1C user's password would cross the network unencrypted", "ONEC_ALLOW_INSECURE_HTTP=true");
    assertThat(result.err()).doesNotContain("пароль");
  }

  @Test
  void plainHttpToSchetmashOnAnotherHostIsAConfigurationErrorThatSaysWhyAndNamesTheKey() {
    Map<String, String> environment = loopbackEnvironment();
    environment.put("SCHETMASH_URL", SCHETMASH_URL);

    InProcessCli.Result result = CliRunner.run(environment, "run", "--organization", "7701234567");

    assertOneLineConfigurationError(result, "Refusing plain http:// to online.example.com",
        "the Счетмаш login, password and token would cross the network unencrypted",
        "SCHETMASH_ALLOW_INSECURE_HTTP=true");
    assertThat(result.err()).doesNotContain("api-password");
  }

  @Test
  void allowingPlainHttpExplicitlyLiftsTheRefusal() {
    Map<String, String> environment = loopbackEnvironment();
    environment.put("ONEC_ODATA_URL", ONEC_URL);
    environment.put("ONEC_ALLOW_INSECURE_HTTP", "true");
    environment.put("SCHETMASH_URL", SCHETMASH_URL);
    environment.put("SCHETMASH_ALLOW_INSECURE_HTTP", "TRUE");
    Configuration config = ConfigurationLoader.load(environment, Optional.empty());

    try (OnecClient onec = ClientFactory.onec(config, false);
        SchetmashClient schetmash = ClientFactory.schetmash(config, false)) {
      assertThat(onec.config().serviceRoot()).isEqualTo(ONEC_URL);
      assertThat(onec.config().transport().allowInsecureHttp()).isTrue();
      assertThat(schetmash.config().baseUrl()).isEqualTo(SCHETMASH_URL);
      assertThat(schetmash.config().transport().allowInsecureHttp()).isTrue();
    }
  }

  @Test
  void theKeyThatAllowsPlainHttpMayBeInTheConfigFile() throws IOException {
    Path file = folder.resolve("app.properties");
    Files.writeString(file, "ONEC_ODATA_URL=" + ONEC_URL + "\nONEC_ALLOW_INSECURE_HTTP=true\n",
        StandardCharsets.UTF_8);
    Configuration config = ConfigurationLoader.load(loopbackEnvironment(), Optional.of(file));

    try (OnecClient onec = ClientFactory.onec(config, false)) {
      assertThat(onec.config().transport().allowInsecureHttp()).isTrue();
    }
  }

  @Test
  void theLoopbackHostNeedsNoPermission() {
    Configuration config = ConfigurationLoader.load(loopbackEnvironment(), Optional.empty());

    assertThat(config.onecAllowInsecureHttp()).isFalse();
    assertThat(config.schetmashAllowInsecureHttp()).isFalse();
    try (OnecClient onec = ClientFactory.onec(config, false);
        SchetmashClient schetmash = ClientFactory.schetmash(config, false)) {
      assertThat(onec.config().serviceRoot()).isEqualTo("http://localhost:9/buh/odata/standard.odata/");
      assertThat(schetmash.config().baseUrl()).isEqualTo("http://127.0.0.1:9/lk/api/v1/");
    }
  }

  @Test
  void aPermissionThatIsNotTrueOrFalseIsAConfigurationErrorBeforeAnythingStarts() {
    InProcessCli.Result result = CliRunner.run(Map.of(ConfigKey.ONEC_ALLOW_INSECURE_HTTP.name(), "yes"), "fill");

    assertOneLineConfigurationError(result, "ONEC_ALLOW_INSECURE_HTTP must be 'true' or 'false' (the default), "
        + "was 'yes'");
    assertThat(result.err()).doesNotContain("built-in sandbox");
  }
}
