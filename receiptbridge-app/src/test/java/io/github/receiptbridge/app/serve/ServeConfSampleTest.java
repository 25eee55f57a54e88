package io.github.receiptbridge.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.app.common.config.ConfigKey;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The sample configuration the CLI distribution ships ({@code conf/serve.conf.sample}) is a valid file: three
 * organizations, secrets only as {@code ${…}} references, the console on loopback, so a copy starts as it is.
 */
class ServeConfSampleTest {
  private static final Path SAMPLE = Path.of("src", "dist", "conf", "serve.conf.sample");

  @Test
  void readsAsAServeConfigurationWithThreeOrganizationsAndSecretsFromTheEnvironment() {
    Map<String, String> environment = Map.of("ONEC_PASSWORD", "onec-secret", "SCHETMASH_PASSWORD", "uk-secret",
        "LESNOE_SCHETMASH_PASSWORD", "lesnoe-secret");

    ServeSettings settings = ServeConfigFile.read(SAMPLE, environment);

    assertThat(settings.sandbox()).isFalse();
    assertThat(settings.organizations()).extracting(OrganizationSettings::key)
        .containsExactly("uk", "lesnoe", "rechnoe");
    assertThat(settings.connections().value(ConfigKey.ONEC_PASSWORD)).contains("onec-secret");
    assertThat(settings.listen()).contains("127.0.0.1:8080");
    assertThat(settings.passwordHash()).isEmpty();
  }

  @Test
  void suggestsNoReceiptForBankInterestAndSetsTheReceiptsContentPerOrganization() throws Exception {
    String text = java.nio.file.Files.readString(SAMPLE);
    ServeSettings settings = ServeConfigFile.read(SAMPLE, Map.of("ONEC_PASSWORD", "x", "SCHETMASH_PASSWORD", "y",
        "LESNOE_SCHETMASH_PASSWORD", "z"));

    assertThat(text).doesNotContain("ПрочееПоступление").doesNotContainIgnoringCase("interest");
    assertThat(settings.organizations()).allSatisfy(organization ->
        assertThat(organization.policy().includedOperationKinds()).containsExactly("ОплатаПокупателя"));
    OrganizationSettings rechnoe = settings.organizations().get(2);
    assertThat(rechnoe.policy().paymentMethod()).isEqualTo(io.github.receiptbridge.core.PaymentMethod.ADVANCE);
    assertThat(rechnoe.policy().paymentObject()).isEqualTo(io.github.receiptbridge.core.PaymentObject.SERVICE);
    assertThat(settings.organizations().get(0).policy().paymentMethod())
        .isEqualTo(io.github.receiptbridge.core.PaymentMethod.FULL_PAYMENT);
  }
}
