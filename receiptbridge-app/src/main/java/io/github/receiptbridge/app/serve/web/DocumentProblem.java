package io.github.receiptbridge.app.serve.web;

import io.github.receiptbridge.core.Action;
import io.github.receiptbridge.core.DocumentOutcome;
import java.util.EnumSet;
import java.util.Set;

/**
 * A document of a pass report that needs a look, as the pass page lists it: failed, of unknown outcome, a mismatch, or
 * with a receipt in {@code error}.
 *
 * @param number the document number
 * @param date its date, as 1C shows it
 * @param amount its amount, as 1C shows it
 * @param action what the pass did with it, in Russian
 * @param status its receipt status in the cabinet's words, empty without one
 * @param wireStatus the status as Счетмаш names it, for the tooltip; empty without one
 * @param note what happened and what to do, with the technical detail folded
 */
record DocumentProblem(String number, String date, String amount, String action, String status, String wireStatus,
    FailureNote note) {
  private static final Set<Action> PROBLEMS = EnumSet.of(Action.FAILED, Action.UNKNOWN, Action.MISMATCH);

  /** Whether {@code outcome} needs a look. */
  static boolean concerns(DocumentOutcome outcome) {
    return PROBLEMS.contains(outcome.action()) || outcome.rawStatus().filter("error"::equals).isPresent();
  }

  /** The problem of {@code outcome}. */
  static DocumentProblem of(DocumentOutcome outcome) {
    String what = outcome.failureKind().map(RussianFailures::document)
        .or(() -> outcome.reason().map(RussianReasons::text))
        .orElseGet(() -> Words.action(outcome.action()));
    String wire = outcome.rawStatus().orElse("");
    return new DocumentProblem(outcome.number(), Formats.day(outcome.date().toLocalDate()),
        Formats.amount(outcome.amount()), Words.action(outcome.action()), wire.isEmpty() ? "" : Words.status(wire),
        wire, new FailureNote(what, outcome.error().orElse("")));
  }
}
