package io.github.receiptbridge.onec.internal;

import io.github.receiptbridge.common.internal.RetryClassifier;
import io.github.receiptbridge.common.internal.RetryingExecutor;
import io.github.receiptbridge.onec.errors.OnecApiException;
import io.github.receiptbridge.onec.errors.OnecException;
import io.github.receiptbridge.onec.errors.OnecTransportException;
import io.github.receiptbridge.onec.errors.OnecUnexpectedResponseException;
import java.io.IOException;

/**
 * What the 1C client repeats and what leaves a write open. Repeated: a lost answer; a success answer whose body is
 * not 1C JSON (the answer failed, not the request); and a 5xx/408/429 answer that 1C itself calls retry-safe (not
 * code -1, a business error raised by the configuration's code).
 */
final class ODataFailures implements RetryClassifier<OnecException> {
  @Override
  public Class<OnecException> failureType() {
    return OnecException.class;
  }

  @Override
  public OnecException transportFailure(String call, IOException cause) {
    return new OnecTransportException(call, cause);
  }

  @Override
  public boolean isRetryable(OnecException failure) {
    if (failure instanceof OnecTransportException) {
      return true;
    }
    int status;
    if (failure instanceof OnecUnexpectedResponseException unexpected) {
      status = unexpected.httpStatus();
      if (status >= 200 && status < 300) {
        return true;
      }
    } else if (failure instanceof OnecApiException api) {
      status = api.httpStatus();
    } else {
      return false;
    }
    return RetryingExecutor.isRetryableStatus(status) && failure.isRetrySafe();
  }

  /** A lost answer: the write may have reached 1C, so re-read before deciding. */
  @Override
  public boolean isUnknownOutcome(OnecException failure) {
    return failure instanceof OnecTransportException;
  }
}
