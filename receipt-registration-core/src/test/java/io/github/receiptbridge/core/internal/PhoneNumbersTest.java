package io.github.receiptbridge.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.testkit.AwkwardContacts;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PhoneNumbersTest {
  static Stream<Arguments> mobiles() {
    return AwkwardContacts.MOBILES.entrySet().stream().map(mobile -> Arguments.of(mobile.getKey(), mobile.getValue()));
  }

  static Stream<String> notMobiles() {
    return AwkwardContacts.NOT_MOBILES.stream();
  }

  @ParameterizedTest
  @MethodSource("mobiles")
  void normalizesEveryRussianMobileFormatToPlusSeven(String raw, String expected) {
    assertThat(PhoneNumbers.normalize(raw)).contains(expected);
  }

  @ParameterizedTest
  @MethodSource("notMobiles")
  void treatsLandlinesForeignAndMalformedNumbersAsNoPhone(String raw) {
    assertThat(PhoneNumbers.normalize(raw)).isEmpty();
    assertThat(PhoneNumbers.rejection(raw)).isPresent();
  }

  @Test
  void saysWhyANumberIsNotUsableWithoutRepeatingIt() {
    assertThat(PhoneNumbers.rejection("8 (495) 123-45-67")).contains(PhoneNumbers.Rejection.LANDLINE);
    assertThat(PhoneNumbers.rejection("8 (800) 555-35-35")).contains(PhoneNumbers.Rejection.LANDLINE);
    assertThat(PhoneNumbers.rejection("+380 44 123 4567")).contains(PhoneNumbers.Rejection.FOREIGN);
    assertThat(PhoneNumbers.rejection("8 (123) 456-78-90")).contains(PhoneNumbers.Rejection.NOT_RUSSIAN);
    assertThat(PhoneNumbers.rejection("123-45-67")).contains(PhoneNumbers.Rejection.NOT_A_PHONE_NUMBER);
    assertThat(PhoneNumbers.rejection("8 912 345 67 89")).isEmpty();
    assertThat(PhoneNumbers.normalize(null)).isEmpty();
    assertThat(PhoneNumbers.rejection(null)).contains(PhoneNumbers.Rejection.NOT_A_PHONE_NUMBER);
  }
}
