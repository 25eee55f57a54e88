package io.github.receiptbridge.core.internal;

import io.github.receiptbridge.core.ReasonCode;

/**
 * Why something happened to a document: the stable code and the words for a person.
 *
 * @param code the code
 * @param text the words
 */
record Reason(ReasonCode code, String text) {
  /** The same code with {@code prefix} before the words. */
  Reason prefixed(String prefix) {
    return new Reason(code, prefix + text);
  }
}
