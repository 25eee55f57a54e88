package io.github.receiptbridge.app.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.receiptbridge.core.OrganizationPayers;
import io.github.receiptbridge.core.PaymentMethod;
import io.github.receiptbridge.core.PaymentObject;
import io.github.receiptbridge.core.TaxRule;
import io.github.receiptbridge.app.common.config.ConfigKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The serve configuration file: a good file with three organizations, secrets from the environment, bad lines. */
class ServeConfigFileTest {
  static final String THREE_ORGANIZATIONS = """
      # Receipt Bridge service
      onec.url = https://1c.example.ru/buh
      onec.user = receipts
      onec.password = ${ONEC_PASSWORD}
      onec.timezone = Europe/Moscow
      schetmash.url = https://online.schetmash.com/lk/api/v1/
      schetmash.login = uk-api
      schetmash.password = ${SCHETMASH_PASSWORD}
      every = 10m
      audit-at = 05:30
      listen = 0.0.0.0:8443
      console.password-hash = $2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy
      item-name = Оплата ЖКУ по счёту {number}

      organization.uk.id = 7701234567
      organization.uk.shop-id = 101
      organization.uk.fallback-email = receipts@uk-example.ru

      organization.lesnoe.id = ТСЖ «Лесное»
      organization.lesnoe.shop-id = 102
      organization.lesnoe.schetmash.login = lesnoe-api
      organization.lesnoe.schetmash.password = ${LESNOE_PASSWORD}
      organization.lesnoe.tax = standard

      organization.rechnoe.id = 2f0c6f8e-8b1a-11ee-b9d1-0242ac120002
      organization.rechnoe.shop-id = 103
      organization.rechnoe.operation-kinds = ОплатаПокупателя,ПрочееПоступление
      organization.rechnoe.organization-payers = send
      """;
  static final Map<String, String> SECRETS = Map.of("ONEC_PASSWORD", "onec-secret", "SCHETMASH_PASSWORD",
      "uk-secret", "LESNOE_PASSWORD", "lesnoe-secret");

  @TempDir
  Path folder;

  private Path write(String text) throws IOException {
    Path file = folder.resolve("serve.conf");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void readsTheConnectionsTheScheduleAndThreeOrganizationsWithTheirSecretsFromTheEnvironment() throws IOException {
    ServeSettings settings = ServeConfigFile.read(write(THREE_ORGANIZATIONS), SECRETS);

    assertThat(settings.sandbox()).isFalse();
    assertThat(settings.connections().value(ConfigKey.ONEC_PASSWORD)).contains("onec-secret");
    assertThat(settings.connections().value(ConfigKey.SCHETMASH_LOGIN)).contains("uk-api");
    assertThat(settings.every()).contains(Duration.ofMinutes(10));
    assertThat(settings.auditAt()).contains(LocalTime.of(5, 30));
    assertThat(settings.listen()).contains("0.0.0.0:8443");
    assertThat(settings.passwordHash()).isPresent();
    assertThat(settings.organizations()).extracting(OrganizationSettings::key)
        .containsExactly("uk", "lesnoe", "rechnoe");
    OrganizationSettings uk = settings.organizations().get(0);
    assertThat(uk.shopId()).hasValue(101);
    assertThat(uk.policy().fallbackEmail()).contains("receipts@uk-example.ru");
    assertThat(uk.policy().itemNameTemplate()).isEqualTo("Оплата ЖКУ по счёту {number}");
    OrganizationSettings lesnoe = settings.organizations().get(1);
    assertThat(lesnoe.organization()).isEqualTo("ТСЖ «Лесное»");
    assertThat(lesnoe.schetmashLogin()).contains("lesnoe-api");
    assertThat(lesnoe.schetmashPassword()).contains("lesnoe-secret");
    assertThat(lesnoe.policy().taxRule()).isEqualTo(TaxRule.STANDARD_RATE);
    OrganizationSettings rechnoe = settings.organizations().get(2);
    assertThat(rechnoe.policy().includedOperationKinds()).containsExactly("ОплатаПокупателя", "ПрочееПоступление");
    assertThat(rechnoe.policy().organizationPayers()).isEqualTo(OrganizationPayers.SEND);
    assertThat(settings.toString() + lesnoe).doesNotContain("secret").doesNotContain("$2a$");
  }

  @Test
  void theHistoryKeepsPassesFourHundredDaysUnlessHistoryRetentionDaysSaysOtherwise() throws IOException {
    assertThat(ServeConfigFile.read(write("organization.uk.id = 7701234567\n"), Map.of()).historyRetention())
        .isEqualTo(400);
    assertThat(ServeConfigFile.read(write("history.retention-days = 30\norganization.uk.id = 7701234567\n"),
        Map.of()).historyRetention()).isEqualTo(30);
    assertThatThrownBy(() -> ServeConfigFile.read(write("history.retention-days = a year\n"), Map.of()))
        .isInstanceOf(ConfigFileException.class).hasMessageContaining("history.retention-days")
        .hasMessageContaining("whole number");
    assertThatThrownBy(() -> ServeConfigFile.read(write("history.retention-days = 0\n"), Map.of()))
        .isInstanceOf(ConfigFileException.class).hasMessageContaining("1 to 36500 days");
  }

  @Test
  void aFileWithoutEndpointsRunsOnTheSandboxAndNeedsNoShops() throws IOException {
    ServeSettings settings = ServeConfigFile.read(write("every = 2s\norganization.uk.id = 7701234567\n"), Map.of());

    assertThat(settings.sandbox()).isTrue();
    assertThat(settings.organizations().get(0).shopId()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "not a key-value line | just words | 17 | not a 'key = value' line",
      "an unknown key | colour = blue | 17 | colour: unknown key",
      "an unknown organization field | organization.uk.colour = blue | 17 | organization.uk.colour: unknown key",
      "a key given twice | organization.uk.shop-id = 105 | 17 | organization.uk.shop-id: given twice (first on line 15)",
      "an unset environment variable | schetmash.login = ${NO_SUCH_VARIABLE} | 17 | NO_SUCH_VARIABLE, which is not set",
      "a bad duration | every = 5 minutes | 17 | every: '5 minutes' is not a duration",
      "a bad audit time | audit-at = 6am | 17 | audit-at: '6am' is not a time of day",
      "a bad listen address | listen = localhost | 17 | listen: 'localhost' is not host:port",
      "a bad shop | organization.extra.shop-id = abc | 17 | organization.extra.shop-id: must be the numeric shop id",
      "a bad tax | organization.uk.tax = vat99 | 17 | organization.uk.tax: organization.uk.tax must be 'none'",
      "a bad e-mail | fallback-email = not-an-email | 17 | fallback-email: fallback-email is wrong",
      "a bad payer rule | organization.uk.organization-payers = maybe | 17 | organization.uk.organization-payers must be",
      "a payment object as a number | organization.uk.payment-object = 4 | 17 | organization.uk.payment-object must be one of COMMODITY, EXCISE, JOB, SERVICE,",
      "an unknown payment method | payment-method = prepaid | 17 | payment-method: payment-method must be one of FULL_PREPAYMENT, PREPAYMENT, ADVANCE, FULL_PAYMENT, PARTIAL_PAYMENT, CREDIT, CREDIT_PAYMENT (in any case), was 'prepaid'",
      "a bad zone | onec.timezone = Mars/Olympus | 4 | onec.timezone: onec.timezone must be a time-zone id",
      "a bad hash | console.password-hash = hunter2 | 17 | console.password-hash: is not a bcrypt hash",
      "a login without password | organization.uk.schetmash.login = other | 17 | give both"})
  void aBadLineIsAnErrorNamingTheFileTheLineAndTheKey(String what, String line, int number, String message)
      throws IOException {
    String base = """
        onec.url = https://1c.example.ru/buh
        onec.user = receipts
        onec.password = ${ONEC_PASSWORD}
        onec.timezone = Europe/Moscow
        schetmash.url = https://online.schetmash.com/lk/api/v1/
        schetmash.login = uk-api
        schetmash.password = ${SCHETMASH_PASSWORD}
        every = 15m
        audit-at = 06:00
        listen = 127.0.0.1:8080
        item-name = Оплата
        fallback-email = a@b.ru
        console.password-hash = $2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy
        organization.uk.id = 7701234567
        organization.uk.shop-id = 101
        organization.extra.id = 5003012345
        """;
    String text = base.lines().filter(existing -> !existing.startsWith(line.split("=")[0].trim() + " ")
        || line.startsWith("organization.uk.shop-id")).reduce("", (all, next) -> all + next + "\n");
    int expectedLine = text.lines().toList().size() + 1;
    Path file = write(text + line + "\n" + (line.startsWith("organization.extra") ? "" : "organization.extra.shop-id = 102\n"));

    assertThatThrownBy(() -> ServeConfigFile.read(file, SECRETS))
        .isInstanceOf(ConfigFileException.class)
        .hasMessageStartingWith(file + ", line " + expectedLine)
        .hasMessageContaining(message)
        .satisfies(error -> assertThat(((ConfigFileException) error).line()).isEqualTo(expectedLine))
        .satisfies(error -> assertThat(error.getMessage()).doesNotContain("uk-secret").doesNotContain("onec-secret"));
  }

  @Test
  void anOrganizationWithoutShopAgainstRealServicesAndOnlyOneUrlAreErrors() throws IOException {
    assertThatThrownBy(() -> ServeConfigFile.read(write(THREE_ORGANIZATIONS.replace(
        "organization.rechnoe.shop-id = 103\n", "")), SECRETS))
        .hasMessageContaining("organization.rechnoe.id").hasMessageContaining("has no organization.rechnoe.shop-id");
    assertThatThrownBy(() -> ServeConfigFile.read(write("onec.url = http://127.0.0.1/buh\norganization.a.id = 1\n"),
        SECRETS)).hasMessageContaining("line 1, onec.url: only onec.url is set");
    assertThatThrownBy(() -> ServeConfigFile.read(folder.resolve("missing.conf"), SECRETS))
        .hasMessageContaining("does not exist");
  }

  @Test
  void thePaymentObjectAndMethodAreSetForAllAndPerOrganizationInAnyCase() throws IOException {
    ServeSettings settings = ServeConfigFile.read(write(THREE_ORGANIZATIONS + """
        payment-object = Commodity
        organization.lesnoe.payment-object = job
        organization.lesnoe.payment-method = ADVANCE
        """), SECRETS);

    OrganizationSettings uk = settings.organizations().get(0);
    OrganizationSettings lesnoe = settings.organizations().get(1);
    assertThat(uk.policy().paymentObject()).isEqualTo(PaymentObject.COMMODITY);
    assertThat(uk.policy().paymentMethod()).isEqualTo(PaymentMethod.FULL_PAYMENT);
    assertThat(lesnoe.policy().paymentObject()).isEqualTo(PaymentObject.JOB);
    assertThat(lesnoe.policy().paymentMethod()).isEqualTo(PaymentMethod.ADVANCE);
  }
}
