package io.github.receiptbridge.core.internal;

import java.util.Optional;
import java.util.regex.Pattern;

/** Russian taxpayer numbers (ИНН) as a receipt may carry them (ФФД tag 1228). */
public final class Inns {
  private static final Pattern INN = Pattern.compile("\\d{10}|\\d{12}");

  private Inns() {}

  /**
   * {@code text} without surrounding spaces when it is 10 digits (an organization) or 12 (a person or a sole trader),
   * else empty: a malformed INN is left out of the receipt rather than sent.
   */
  public static Optional<String> normalize(String text) {
    String inn = text.strip();
    return INN.matcher(inn).matches() ? Optional.of(inn) : Optional.empty();
  }
}
