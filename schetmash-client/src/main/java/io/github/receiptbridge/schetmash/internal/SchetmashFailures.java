package io.github.receiptbridge.schetmash.internal;

import io.github.receiptbridge.common.internal.RetryClassifier;
import io.github.receiptbridge.schetmash.errors.SchetmashException;
import io.github.receiptbridge.schetmash.errors.SchetmashTransportException;
import io.github.receiptbridge.schetmash.errors.SchetmashUnexpectedResponseException;
import java.io.IOException;

/**
 * What the Счетмаш client repeats and what leaves a registration open. A lost answer and a 5xx/408/429 answer are
 * repeated; business errors never reach the retry loop (they come in HTTP 200 bodies and are decoded afterwards).
 */
final class SchetmashFailures implements RetryClassifier<SchetmashException> {
  @Override
  public Class<SchetmashException> failureType() {
    return SchetmashException.class;
  }

  @Override
  public SchetmashException transportFailure(String call, IOException cause) {
    return new SchetmashTransportException(call, cause);
  }

  @Override
  public boolean isRetryable(SchetmashException failure) {
    return failure instanceof SchetmashTransportException
        || failure instanceof SchetmashUnexpectedResponseException unexpected && unexpected.isRetrySafe();
  }

  /** A lost answer, or an answer that is not the API's unless it is a 404/405 page: no route matched. */
  @Override
  public boolean isUnknownOutcome(SchetmashException failure) {
    if (failure instanceof SchetmashUnexpectedResponseException unexpected) {
      return unexpected.httpStatus() != 404 && unexpected.httpStatus() != 405;
    }
    return failure instanceof SchetmashTransportException;
  }
}
