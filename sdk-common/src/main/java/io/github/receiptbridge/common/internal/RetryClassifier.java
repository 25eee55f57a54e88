package io.github.receiptbridge.common.internal;

import java.io.IOException;

/**
 * What one client decides about its failures, for {@link RetryingExecutor}: how a lost answer is reported, which
 * failures may go away when the same request is sent again, and which leave open whether a state-changing request
 * took effect.
 *
 * @param <F> the client's exception type
 */
public interface RetryClassifier<F extends RuntimeException> {
  /** The client's exception type; the executor lets any other exception through untouched. */
  Class<F> failureType();

  /**
   * The failure for a request that got no usable answer: connection refused or reset, timeout, TLS failure.
   *
   * @param call the method and path of the request as messages show it (secrets masked)
   */
  F transportFailure(String call, IOException cause);

  /** Whether sending the same request again may succeed; asked only for requests that are safe to repeat. */
  boolean isRetryable(F failure);

  /**
   * Whether {@code failure}, ending a request that changes state, leaves open whether the change was made: the
   * request may have been committed although no usable answer came back.
   */
  boolean isUnknownOutcome(F failure);
}
