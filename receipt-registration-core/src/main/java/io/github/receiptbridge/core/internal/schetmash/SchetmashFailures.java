package io.github.receiptbridge.core.internal.schetmash;

import io.github.receiptbridge.core.FatalServiceException;
import io.github.receiptbridge.core.OutcomeUnknownException;
import io.github.receiptbridge.core.ReceiptNotFoundException;
import io.github.receiptbridge.core.ReceiptRejectedException;
import io.github.receiptbridge.core.ServiceFailureException;
import io.github.receiptbridge.schetmash.errors.SchetmashException;
import io.github.receiptbridge.schetmash.errors.SchetmashInvalidCredentialsException;
import io.github.receiptbridge.schetmash.errors.SchetmashInvalidReceiptException;
import io.github.receiptbridge.schetmash.errors.SchetmashInvalidTokenException;
import io.github.receiptbridge.schetmash.errors.SchetmashOutcomeUnknownException;
import io.github.receiptbridge.schetmash.errors.SchetmashReceiptNotFoundException;
import io.github.receiptbridge.schetmash.errors.SchetmashUnknownOperationException;
import io.github.receiptbridge.schetmash.errors.SchetmashUnknownShopException;
import java.util.Objects;

/** The core's name for each Счетмаш failure; the client's exception stays the cause and keeps its message. */
final class SchetmashFailures {
  private SchetmashFailures() {}

  /** {@code failure} in the core's terms. */
  static ServiceFailureException translate(SchetmashException failure) {
    String message = Objects.requireNonNullElse(failure.getMessage(), failure.getClass().getSimpleName());
    if (failure instanceof SchetmashInvalidReceiptException invalid) {
      return new ReceiptRejectedException(invalid.apiMessage(), message, failure);
    }
    if (failure instanceof SchetmashOutcomeUnknownException) {
      return new OutcomeUnknownException(message, failure);
    }
    if (failure instanceof SchetmashReceiptNotFoundException) {
      return new ReceiptNotFoundException(message, failure);
    }
    if (isFatal(failure)) {
      return new FatalServiceException(message, failure);
    }
    return new ServiceFailureException(message, failure,
        failure.isRetrySafe() ? ServiceFailureException.Retry.SAFE : ServiceFailureException.Retry.UNSAFE);
  }

  /** Whether every following call would fail the same way: the login, the token, the shop or the operation. */
  private static boolean isFatal(SchetmashException failure) {
    return failure instanceof SchetmashInvalidCredentialsException
        || failure instanceof SchetmashInvalidTokenException
        || failure instanceof SchetmashUnknownShopException
        || failure instanceof SchetmashUnknownOperationException;
  }
}
