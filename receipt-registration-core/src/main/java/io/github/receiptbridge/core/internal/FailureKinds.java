package io.github.receiptbridge.core.internal;

import io.github.receiptbridge.core.FailureKind;
import io.github.receiptbridge.core.JournalException;
import io.github.receiptbridge.core.ServiceFailureException;
import io.github.receiptbridge.core.SetupException;

/**
 * The {@link FailureKind} of a failure that failed a document. A service failure carries the kind the adapter that
 * translated the client's exception judged ({@link ServiceFailureException#failureKind()}): only the adapters see the
 * clients. A journal failure is {@link FailureKind#JOURNAL}, a ledger that is not set up {@link
 * FailureKind#LEDGER_REFUSED}, anything else {@link FailureKind#OTHER}.
 */
public final class FailureKinds {
  private FailureKinds() {}

  /** The kind of {@code failure}. */
  public static FailureKind of(Throwable failure) {
    if (failure instanceof JournalException) {
      return FailureKind.JOURNAL;
    }
    if (failure instanceof ServiceFailureException service) {
      return service.failureKind();
    }
    if (failure instanceof SetupException) {
      return FailureKind.LEDGER_REFUSED;
    }
    return FailureKind.OTHER;
  }
}
