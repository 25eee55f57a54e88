package io.github.receiptbridge.core.internal;

import java.util.Locale;
import java.util.Optional;

/** Russian phone numbers as 1C keeps them («8 (916) 123-45-67», «+7 916 1234567», «9161234567»), normalized. */
public final class PhoneNumbers {
  private PhoneNumbers() {}

  /** {@code +7XXXXXXXXXX}, or empty when the text is not a Russian number of ten digits after the country code. */
  public static Optional<String> normalize(String text) {
    if (text == null) {
      return Optional.empty();
    }
    int extension = indexOfExtension(text);
    String digits = (extension < 0 ? text : text.substring(0, extension)).replaceAll("\\D", "");
    if (digits.length() == 11 && (digits.charAt(0) == '7' || digits.charAt(0) == '8')) {
      return Optional.of("+7" + digits.substring(1));
    }
    if (digits.length() == 10 && digits.charAt(0) != '0') {
      return Optional.of("+7" + digits);
    }
    return Optional.empty();
  }

  private static int indexOfExtension(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String marker : new String[] {"доб", "ext", "вн."}) {
      int at = lower.indexOf(marker);
      if (at >= 0) {
        return at;
      }
    }
    return -1;
  }
}
