package io.github.receiptbridge.app.serve.web;

/**
 * One option of a select box.
 *
 * @param value what the form sends
 * @param text what the accountant reads
 * @param selected whether it is the chosen one
 */
record Choice(String value, String text, boolean selected) {
  /** The option {@code value} with {@code text}, selected when {@code value} is {@code chosen}. */
  static Choice of(String value, String text, String chosen) {
    return new Choice(value, text, value.equals(chosen));
  }
}
