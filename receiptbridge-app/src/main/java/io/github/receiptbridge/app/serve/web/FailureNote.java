package io.github.receiptbridge.app.serve.web;

import io.github.receiptbridge.app.serve.PassFailure;

/**
 * A failure as a page shows it: what happened and what to do in Russian, and the technical detail (URL, exception,
 * in English) that the page folds behind «Подробнее» and shows once.
 *
 * @param what what happened and what to do, in Russian
 * @param detail the technical detail; empty when there is none
 */
record FailureNote(String what, String detail) {
  /** The note of a pass that failed with {@code failure}. */
  static FailureNote of(PassFailure failure) {
    return new FailureNote(RussianFailures.pass(failure.kind()), failure.detail());
  }
}
