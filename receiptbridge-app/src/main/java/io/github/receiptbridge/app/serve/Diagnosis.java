package io.github.receiptbridge.app.serve;

import io.github.receiptbridge.core.DocumentOutcome;
import io.github.receiptbridge.core.FailureKind;
import io.github.receiptbridge.core.RegistrationException;
import io.github.receiptbridge.core.RunReport;
import java.util.EnumSet;
import java.util.Optional;

/**
 * What a pass's end says about the services: whether 1C and Счетмаш answered, and whether the failure was one of
 * connection or setup (credentials, shop, 1C publication), which makes the service unhealthy until a pass succeeds.
 *
 * @param onecAnswered whether 1C answered, empty when the pass did not get that far
 * @param schetmashAnswered whether Счетмаш answered, empty when the pass did not get that far
 * @param failing whether the pass failed for a connection or setup reason
 */
record Diagnosis(Optional<Boolean> onecAnswered, Optional<Boolean> schetmashAnswered, boolean failing) {
  private static final Optional<Boolean> ANSWERED = Optional.of(Boolean.TRUE);
  private static final Optional<Boolean> NO_ANSWER = Optional.of(Boolean.FALSE);
  private static final Optional<Boolean> NOT_ASKED = Optional.empty();

  /** Nothing known yet: no pass ran. */
  static final Diagnosis UNKNOWN = new Diagnosis(NOT_ASKED, NOT_ASKED, false);
  /** A pass that ran to its end: both services answered. */
  private static final Diagnosis FINISHED = new Diagnosis(ANSWERED, ANSWERED, false);
  /** 1C could not be reached. */
  private static final Diagnosis ONEC_UNREACHABLE = failure(NO_ANSWER, NOT_ASKED);
  /** 1C answered, but refused (credentials, publication) or lacks setup. */
  private static final Diagnosis ONEC_REFUSED = failure(ANSWERED, NOT_ASKED);
  /** 1C answered; Счетмаш could not be reached. */
  private static final Diagnosis SCHETMASH_UNREACHABLE = failure(ANSWERED, NO_ANSWER);
  /** Both answered, but Счетмаш refused (credentials, shop). */
  private static final Diagnosis SCHETMASH_REFUSED = failure(ANSWERED, ANSWERED);

  /** A pass that ran to its end: both services answered. */
  static Diagnosis finished() {
    return FINISHED;
  }

  /**
   * A pass that ran to its end with {@code report}: both services answered, unless its documents failed because 1C
   * or Счетмаш could not be reached or refused the login (an outage during a status pass ends it «завершён» with
   * every document failed); 1C first, as a failed pass is read.
   */
  static Diagnosis finished(RunReport report) {
    EnumSet<FailureKind> kinds = EnumSet.noneOf(FailureKind.class);
    for (DocumentOutcome outcome : report.outcomes()) {
      outcome.failureKind().ifPresent(kinds::add);
    }
    if (kinds.contains(FailureKind.LEDGER_UNREACHABLE)) {
      return ONEC_UNREACHABLE;
    }
    if (kinds.contains(FailureKind.LEDGER_REFUSED)) {
      return ONEC_REFUSED;
    }
    if (kinds.contains(FailureKind.FISCAL_SERVICE_UNREACHABLE)) {
      return SCHETMASH_UNREACHABLE;
    }
    if (kinds.contains(FailureKind.FISCAL_SERVICE_REFUSED)) {
      return SCHETMASH_REFUSED;
    }
    return FINISHED;
  }

  /** The failure kind this diagnosis stands for, empty when the services answered as they should. */
  Optional<PassFailure.Kind> outage() {
    if (!failing) {
      return Optional.empty();
    }
    if (onecAnswered.isEmpty() && schetmashAnswered.isEmpty()) {
      return Optional.of(PassFailure.Kind.INTERNAL);
    }
    if (onecAnswered.equals(NO_ANSWER)) {
      return Optional.of(PassFailure.Kind.ONEC_UNREACHABLE);
    }
    if (schetmashAnswered.isEmpty()) {
      return Optional.of(PassFailure.Kind.ONEC_REFUSED);
    }
    return Optional.of(schetmashAnswered.equals(NO_ANSWER) ? PassFailure.Kind.SCHETMASH_UNREACHABLE
        : PassFailure.Kind.SCHETMASH_REFUSED);
  }

  /** A pass that failed with {@code error}, read from its chain of causes as its {@link PassFailure.Kind}. */
  static Diagnosis failed(Throwable error) {
    return switch (PassFailure.kindOf(error)) {
      case ONEC_UNREACHABLE -> ONEC_UNREACHABLE;
      case ONEC_REFUSED -> ONEC_REFUSED;
      case SCHETMASH_UNREACHABLE -> SCHETMASH_UNREACHABLE;
      case SCHETMASH_REFUSED -> SCHETMASH_REFUSED;
      case JOURNAL, INTERNAL -> error instanceof RegistrationException ? failure(NOT_ASKED, NOT_ASKED) : UNKNOWN;
    };
  }


  private static Diagnosis failure(Optional<Boolean> onec, Optional<Boolean> schetmash) {
    return new Diagnosis(onec, schetmash, true);
  }
}
