package io.github.receiptbridge.app.serve;

import io.github.receiptbridge.core.RegistrationException;
import io.github.receiptbridge.core.SetupException;
import io.github.receiptbridge.onec.errors.OnecException;
import io.github.receiptbridge.onec.errors.OnecTransportException;
import io.github.receiptbridge.schetmash.errors.SchetmashException;
import io.github.receiptbridge.schetmash.errors.SchetmashTransportException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a pass's end says about the services: whether 1C and Счетмаш answered, and whether the failure was one of
 * connection or setup (credentials, shop, 1C publication), which makes the service unhealthy until a pass succeeds.
 *
 * @param onecAnswered whether 1C answered, empty when the pass did not get that far
 * @param schetmashAnswered whether Счетмаш answered, empty when the pass did not get that far
 * @param failing whether the pass failed for a connection or setup reason
 */
record Diagnosis(Optional<Boolean> onecAnswered, Optional<Boolean> schetmashAnswered, boolean failing) {
  /** Nothing known yet: no pass ran. */
  static final Diagnosis UNKNOWN = new Diagnosis(Optional.empty(), Optional.empty(), false);

  /** A pass that ran to its end: both services answered. */
  static Diagnosis finished() {
    return new Diagnosis(Optional.of(true), Optional.of(true), false);
  }

  /** A pass that failed with {@code error}, read from its chain of causes. */
  static Diagnosis failed(Throwable error) {
    for (@Nullable Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof OnecTransportException) {
        return new Diagnosis(Optional.of(false), Optional.empty(), true);
      }
      if (cause instanceof OnecException || cause instanceof SetupException) {
        return new Diagnosis(Optional.of(true), Optional.empty(), true); // answered, but refused or lacks setup
      }
      if (cause instanceof SchetmashTransportException) {
        return new Diagnosis(Optional.of(true), Optional.of(false), true);
      }
      if (cause instanceof SchetmashException) {
        return new Diagnosis(Optional.of(true), Optional.of(true), true); // answered, but refused
      }
    }
    return new Diagnosis(Optional.empty(), Optional.empty(), error instanceof RegistrationException);
  }
}
