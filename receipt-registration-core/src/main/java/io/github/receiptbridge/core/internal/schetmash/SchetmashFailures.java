package io.github.receiptbridge.core.internal.schetmash;

import io.github.receiptbridge.core.FailureKind;
import io.github.receiptbridge.core.FatalServiceException;
import io.github.receiptbridge.core.OutcomeUnknownException;
import io.github.receiptbridge.core.ReceiptNotFoundException;
import io.github.receiptbridge.core.ReceiptRejectedException;
import io.github.receiptbridge.core.ServiceFailureException;
import io.github.receiptbridge.schetmash.errors.SchetmashException;
import io.github.receiptbridge.schetmash.errors.SchetmashInvalidCredentialsException;
import io.github.receiptbridge.schetmash.errors.SchetmashInvalidReceiptException;
import io.github.receiptbridge.schetmash.errors.SchetmashInvalidTokenException;
import io.github.receiptbridge.schetmash.errors.SchetmashNoActiveCashRegisterException;
import io.github.receiptbridge.schetmash.errors.SchetmashOutcomeUnknownException;
import io.github.receiptbridge.schetmash.errors.SchetmashReceiptNotFoundException;
import io.github.receiptbridge.schetmash.errors.SchetmashUnknownOperationException;
import io.github.receiptbridge.schetmash.errors.SchetmashUnknownShopException;
import java.util.Objects;

/**
 * The core's name for each Счетмаш failure, with its {@link FailureKind}: unreachable when a retry may succeed (no
 * answer, a lost answer, a busy service), refused for the credentials, the token, the shop, the operation or a shop
 * without an active cash register, rejected for the receipt's content. The client's exception stays the cause and
 * keeps its message.
 */
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
      return new FatalServiceException(message, failure, FailureKind.FISCAL_SERVICE_REFUSED);
    }
    if (failure instanceof SchetmashNoActiveCashRegisterException) {
      return new ServiceFailureException(message, failure, retry(failure), FailureKind.FISCAL_SERVICE_REFUSED);
    }
    return new ServiceFailureException(message, failure, retry(failure),
        failure.isRetrySafe() ? FailureKind.FISCAL_SERVICE_UNREACHABLE : FailureKind.OTHER);
  }

  private static ServiceFailureException.Retry retry(SchetmashException failure) {
    return failure.isRetrySafe() ? ServiceFailureException.Retry.SAFE : ServiceFailureException.Retry.UNSAFE;
  }

  /** Whether every following call would fail the same way: the login, the token, the shop or the operation. */
  private static boolean isFatal(SchetmashException failure) {
    return failure instanceof SchetmashInvalidCredentialsException
        || failure instanceof SchetmashInvalidTokenException
        || failure instanceof SchetmashUnknownShopException
        || failure instanceof SchetmashUnknownOperationException;
  }
}
