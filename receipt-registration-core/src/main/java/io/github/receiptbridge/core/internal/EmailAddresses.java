package io.github.receiptbridge.core.internal;

import io.github.receiptbridge.core.ReceiptPolicy;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * E-mail addresses as 1C keeps them («ivanov@mail.ru», « Ivanov@Mail.ru », «Иванов И. И. &lt;ivanov@mail.ru&gt;»,
 * «a@b.ru; c@d.ru», «mailto:a@b.ru»): the first address a receipt can be sent to, or none.
 *
 * <p>An address is a dot-atom local part (Latin letters, digits and {@code !#$%&'*+/=?^_`{|}~-}, no leading,
 * trailing or double dot), {@code @}, and a domain of at least two labels (letters of any script, digits, inner
 * hyphens) whose last label has two letters or more; at most {@value #MAX_LENGTH} characters, the limit of the buyer
 * contact (ФФД tag 1008).
 */
public final class EmailAddresses {
  /** The longest buyer contact a receipt carries (ФФД tag 1008). */
  public static final int MAX_LENGTH = ReceiptPolicy.MAX_EMAIL;

  private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
  private static final String LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?";
  private static final Pattern ADDRESS = Pattern.compile(
      ATOM + "(?:\\." + ATOM + ")*@(?:" + LABEL + "\\.)+\\p{L}{2,}");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0,;]+");
  private static final Pattern ENCLOSING = Pattern.compile("^[<(\\[\"«]+|[>)\\]\"».]+$");

  private EmailAddresses() {}

  /** The first valid address in the text, trimmed of brackets, quotes and a {@code mailto:}; empty when none is. */
  public static Optional<String> normalize(@Nullable String text) {
    if (text == null) {
      return Optional.empty();
    }
    for (String word : SEPARATORS.split(text.strip())) {
      String candidate = ENCLOSING.matcher(word).replaceAll("");
      if (candidate.regionMatches(true, 0, "mailto:", 0, 7)) {
        candidate = candidate.substring(7);
      }
      if (isValid(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Whether {@code address} is exactly one address a receipt can be sent to. */
  public static boolean isValid(@Nullable String address) {
    return address != null && address.length() <= MAX_LENGTH && ADDRESS.matcher(address).matches();
  }
}
