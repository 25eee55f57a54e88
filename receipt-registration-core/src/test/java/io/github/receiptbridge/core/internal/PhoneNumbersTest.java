package io.github.receiptbridge.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "8 (916) 123-45-67|+79161234567",
      "+7 916 123 45 67|+79161234567",
      "+7(916)1234567|+79161234567",
      "79161234567|+79161234567",
      "9161234567|+79161234567",
      "8-495-123-45-67 доб. 123|+74951234567",
      "+7 (495) 123-45-67 ext 5|+74951234567",
      "  8 916 123 45 67  |+79161234567"})
  void normalizesEveryCommonRussianForm(String raw, String expected) {
    assertThat(PhoneNumbers.normalize(raw)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "123-45-67", "+380 44 123 4567", "0123456789", "телефон не указан", "8916123456789"})
  void rejectsWhatIsNotARussianMobileOrCityNumber(String raw) {
    assertThat(PhoneNumbers.normalize(raw)).isEmpty();
  }
}
