package io.github.receiptbridge.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "+7 (912) 345-67-89|+79123456789",
      "8 912 345 67 89|+79123456789",
      "89123456789|+79123456789",
      "9123456789|+79123456789",
      "+7-912-345-67-89|+79123456789",
      "7 912 3456789|+79123456789",
      "8(912)3456789|+79123456789",
      "+79123456789|+79123456789",
      "8 (916) 123-45-67|+79161234567",
      "  8 916 123 45 67  |+79161234567",
      "тел. 8-912-345-67-89 доб. 12|+79123456789",
      "+7 (912) 345-67-89 ext 5|+79123456789",
      "89123456789, 89001112233|+79123456789",
      "89123456789; 89001112233|+79123456789",
      "8 (495) 123-45-67, 8 912 345 67 89|+79123456789",
      "8 (495) 123-45-67 доб. 5, 8 912 345 67 89|+79123456789",
      "8 912 345 67 89 ДОБ 12|+79123456789",
      "Добрынин, моб. 8 912 345 67 89|+79123456789",
      "8 912 345–67–89|+79123456789",
      "8 (912) 345 - 67 - 89 (Иван)|+79123456789"})
  void normalizesEveryRussianMobileFormatToPlusSeven(String raw, String expected) {
    assertThat(PhoneNumbers.normalize(raw)).contains(expected);
  }

  @Test
  void readsNumbersWrittenWithNonBreakingSpaces() {
    assertThat(PhoneNumbers.normalize("+7\u00A0912\u00A0345\u202F67\u202F89")).contains("+79123456789");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "телефон не указан", "123-45-67", "+7 912 345 67", "8916123456789",
      "0123456789", "8916l234567", "8 912 345 67 89 8 900 111 22 33", "+380 44 123 4567", "+81 3 1234 5678",
      "+8 912 345 67 89", "8 (495) 123-45-67", "8-495-123-45-67 доб. 123", "+7 (812) 123-45-67", "8 800 555 35 35",
      "7 701 123 45 67"})
  void treatsLandlinesForeignAndMalformedNumbersAsNoPhone(String raw) {
    assertThat(PhoneNumbers.normalize(raw)).isEmpty();
    assertThat(PhoneNumbers.rejection(raw)).isPresent();
  }

  @Test
  void saysWhyANumberIsNotUsableWithoutRepeatingIt() {
    assertThat(PhoneNumbers.rejection("8 (495) 123-45-67")).hasValueSatisfying(reason ->
        assertThat(reason).contains("landline").doesNotContain("495"));
    assertThat(PhoneNumbers.rejection("+380 44 123 4567")).contains("is a foreign number");
    assertThat(PhoneNumbers.rejection("123-45-67")).contains("is not a phone number of 10 or 11 digits");
    assertThat(PhoneNumbers.rejection("8 912 345 67 89")).isEmpty();
    assertThat(PhoneNumbers.normalize(null)).isEmpty();
    assertThat(PhoneNumbers.rejection(null)).contains("is not a phone number of 10 or 11 digits");
  }
}
