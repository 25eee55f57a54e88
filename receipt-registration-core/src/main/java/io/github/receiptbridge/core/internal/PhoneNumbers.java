package io.github.receiptbridge.core.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Russian mobile numbers as 1C keeps them («8 (916) 123-45-67», «+7 916 1234567», «9161234567», «тел. 8-916-123-45-67
 * доб. 12», «89161234567, 89001112233»), normalized to the {@code +79XXXXXXXXX} a receipt's SMS goes to.
 *
 * <p>The text is read as runs of digits joined by the punctuation people put in phone numbers (spaces, hyphens and
 * dashes, dots, brackets); a letter, a comma or a semicolon ends a run, so a digit never comes from two numbers or
 * from around a letter («8916l234567» is not a number). An extension («доб. 12», «ext 5», «вн. 3») after a number is
 * ignored. The first run that is a Russian mobile number wins. Not accepted, so that the receipt never goes where an
 * SMS cannot arrive: landline and toll-free numbers ({@code +7} followed by anything but {@code 9}), foreign numbers
 * ({@code +} followed by another country code), and runs with too few or too many digits.
 */
final class PhoneNumbers {
  private static final String SEPARATOR = "[\\s\\u00A0\\u2007\\u202F\\-\\u2010-\\u2015().]";
  private static final Pattern RUN = Pattern.compile("(\\+?)[0-9](?:" + SEPARATOR + "{0,3}[0-9])*");
  private static final Pattern DIGIT = Pattern.compile("[0-9]");
  private static final Pattern NOT_DIGIT = Pattern.compile("[^0-9]");
  private static final Pattern EXTENSION = Pattern.compile("(?iu)(?:доб|ext|вн\\.)[^0-9,;]{0,12}[0-9]*");

  private PhoneNumbers() {}

  /** {@code +79XXXXXXXXX}: the first Russian mobile number in the text, or empty when it holds none. */
  public static Optional<String> normalize(@Nullable String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher run = RUN.matcher(withoutExtensions(text));
    while (run.find()) {
      Optional<String> mobile = mobile(run.group(1).equals("+"), NOT_DIGIT.matcher(run.group()).replaceAll(""));
      if (mobile.isPresent()) {
        return mobile;
      }
    }
    return Optional.empty();
  }

  /** Why a text holds no Russian mobile number. */
  enum Rejection {
    /** A landline or service number, which cannot receive an SMS. */
    LANDLINE,
    /** A foreign number. */
    FOREIGN,
    /** Ten or eleven digits that are no Russian number. */
    NOT_RUSSIAN,
    /** No run of 10 or 11 digits. */
    NOT_A_PHONE_NUMBER
  }

  /** Why {@link #normalize} finds no number in the text, or empty when it finds one. */
  public static Optional<Rejection> rejection(@Nullable String text) {
    if (normalize(text).isPresent()) {
      return Optional.empty();
    }
    Matcher run = RUN.matcher(text == null ? "" : withoutExtensions(text));
    while (run.find()) {
      String digits = NOT_DIGIT.matcher(run.group()).replaceAll("");
      String national = national(run.group(1).equals("+"), digits);
      if (national == null && run.group(1).equals("+") && digits.length() >= 8 && !digits.startsWith("7")) {
        return Optional.of(Rejection.FOREIGN);
      }
      if (national != null) {
        return Optional.of(national.charAt(0) == '3' || national.charAt(0) == '4' || national.charAt(0) == '8'
            ? Rejection.LANDLINE : Rejection.NOT_RUSSIAN);
      }
    }
    return Optional.of(Rejection.NOT_A_PHONE_NUMBER);
  }

  private static Optional<String> mobile(boolean international, String digits) {
    String national = national(international, digits);
    return national != null && national.charAt(0) == '9' ? Optional.of("+7" + national) : Optional.empty();
  }

  /** The ten digits after {@code +7}, or null when the run is not a Russian number. */
  private static @Nullable String national(boolean international, String digits) {
    if (digits.length() == 11 && (digits.charAt(0) == '7' || digits.charAt(0) == '8' && !international)) {
      return digits.substring(1);
    }
    if (digits.length() == 10 && !international && digits.charAt(0) != '0') {
      return digits;
    }
    return null;
  }

  /** The text with the extensions after its first digit («8-495-123-45-67 доб. 12») replaced by a separator. */
  private static String withoutExtensions(String text) {
    Matcher digit = DIGIT.matcher(text);
    if (!digit.find()) {
      return text;
    }
    return text.substring(0, digit.start()) + EXTENSION.matcher(text.substring(digit.start())).replaceAll(";");
  }
}
