package io.github.receiptbridge.core.internal;

import io.github.receiptbridge.core.FailureKind;
import io.github.receiptbridge.core.FatalServiceException;
import io.github.receiptbridge.core.JournalException;
import io.github.receiptbridge.core.OutcomeUnknownException;
import io.github.receiptbridge.core.ReceiptRejectedException;
import io.github.receiptbridge.core.SetupException;
import io.github.receiptbridge.onec.errors.OnecAccessDeniedException;
import io.github.receiptbridge.onec.errors.OnecAuthenticationException;
import io.github.receiptbridge.onec.errors.OnecEntitySetNotPublishedException;
import io.github.receiptbridge.onec.errors.OnecException;
import io.github.receiptbridge.onec.errors.OnecTransportException;
import io.github.receiptbridge.schetmash.errors.SchetmashException;
import io.github.receiptbridge.schetmash.errors.SchetmashInvalidCredentialsException;
import io.github.receiptbridge.schetmash.errors.SchetmashInvalidReceiptException;
import io.github.receiptbridge.schetmash.errors.SchetmashInvalidTokenException;
import io.github.receiptbridge.schetmash.errors.SchetmashNoActiveCashRegisterException;
import io.github.receiptbridge.schetmash.errors.SchetmashOutcomeUnknownException;
import io.github.receiptbridge.schetmash.errors.SchetmashTransportException;
import io.github.receiptbridge.schetmash.errors.SchetmashUnknownOperationException;
import io.github.receiptbridge.schetmash.errors.SchetmashUnknownShopException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The {@link FailureKind} of a failure that failed a document. The adapters keep the client's exception as the cause,
 * so the first exception of the Счетмаш or the 1C client in the cause chain says which service failed and how; a
 * failure of another implementation of the ports is judged by the core's own exception types.
 */
public final class FailureKinds {
  private FailureKinds() {}

  /** The kind of {@code failure}. */
  public static FailureKind of(Throwable failure) {
    if (failure instanceof JournalException) {
      return FailureKind.JOURNAL;
    }
    Optional<FailureKind> byClient = byClient(failure);
    if (byClient.isPresent()) {
      return byClient.get();
    }
    if (failure instanceof ReceiptRejectedException) {
      return FailureKind.RECEIPT_REJECTED;
    }
    if (failure instanceof OutcomeUnknownException) {
      return FailureKind.FISCAL_SERVICE_UNREACHABLE;
    }
    if (failure instanceof SetupException) {
      return FailureKind.LEDGER_REFUSED;
    }
    return FailureKind.OTHER;
  }

  /** The kind the first client exception in {@code failure}'s cause chain names, if there is one. */
  private static Optional<FailureKind> byClient(Throwable failure) {
    int depth = 0;
    for (@Nullable Throwable cause = failure; cause != null && depth < 20; cause = cause.getCause(), depth++) {
      if (cause instanceof SchetmashException schetmash) {
        return Optional.of(fiscal(schetmash, failure));
      }
      if (cause instanceof OnecException onec) {
        return Optional.of(ledger(onec));
      }
    }
    return Optional.empty();
  }

  private static FailureKind fiscal(SchetmashException failure, Throwable translated) {
    if (failure instanceof SchetmashOutcomeUnknownException || failure instanceof SchetmashTransportException
        || translated instanceof OutcomeUnknownException) {
      return FailureKind.FISCAL_SERVICE_UNREACHABLE;
    }
    if (failure instanceof SchetmashInvalidReceiptException) {
      return FailureKind.RECEIPT_REJECTED;
    }
    if (failure instanceof SchetmashInvalidCredentialsException || failure instanceof SchetmashInvalidTokenException
        || failure instanceof SchetmashUnknownShopException || failure instanceof SchetmashUnknownOperationException
        || failure instanceof SchetmashNoActiveCashRegisterException || translated instanceof FatalServiceException) {
      return FailureKind.FISCAL_SERVICE_REFUSED;
    }
    return failure.isRetrySafe() ? FailureKind.FISCAL_SERVICE_UNREACHABLE : FailureKind.OTHER;
  }

  private static FailureKind ledger(OnecException failure) {
    if (failure instanceof OnecTransportException) {
      return FailureKind.LEDGER_UNREACHABLE;
    }
    if (failure instanceof OnecAuthenticationException || failure instanceof OnecAccessDeniedException
        || failure instanceof OnecEntitySetNotPublishedException) {
      return FailureKind.LEDGER_REFUSED;
    }
    return failure.isRetrySafe() ? FailureKind.LEDGER_UNREACHABLE : FailureKind.LEDGER_REFUSED;
  }
}
