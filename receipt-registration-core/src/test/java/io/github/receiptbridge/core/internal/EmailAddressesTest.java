package io.github.receiptbridge.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ivanov@example.ru|ivanov@example.ru",
      "  Ivanov.I@Example.RU  |Ivanov.I@Example.RU",
      "Иванов И. И. <ivanov@example.ru>|ivanov@example.ru",
      "mailto:ivanov@example.ru|ivanov@example.ru",
      "ivanov@example.ru; petrov@example.ru|ivanov@example.ru",
      "не указан, petrov@example.ru|petrov@example.ru",
      "o'brien+receipts@mail.example.com|o'brien+receipts@mail.example.com",
      "ivanov@почта.рф|ivanov@почта.рф"})
  void findsTheFirstAddressAReceiptCanGoTo(String raw, String expected) {
    assertThat(EmailAddresses.normalize(raw)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "not-an-email", "ivanov@", "@example.ru", "ivanov@example", "ivanov@@example.ru",
      "ivanov..i@example.ru", ".ivanov@example.ru", "ivanov@-example.ru", "иванов@example.ru", "ivanov@example.r",
      "\"ivanov\"@example.ru x", "ivanov@exa mple.ru"})
  void treatsWhatIsNotAnAddressAsNoEmail(String raw) {
    assertThat(EmailAddresses.normalize(raw)).isEmpty();
  }

  @Test
  void refusesAnAddressLongerThanTheReceiptCarries() {
    String local = "a".repeat(EmailAddresses.MAX_LENGTH - "@example.ru".length());
    assertThat(EmailAddresses.isValid(local + "@example.ru")).isTrue();
    assertThat(EmailAddresses.isValid(local + "a@example.ru")).isFalse();
    assertThat(EmailAddresses.normalize(null)).isEmpty();
  }
}
