package io.github.receiptbridge.common.internal;

/** Whether a request may be sent again after a failure: what {@link RetryingExecutor#execute} needs to know. */
public enum Repeatability {
  /** Sending the request twice does no harm (a read, or a write the server deduplicates): failures are retried. */
  REPEATABLE,
  /** A second copy could do something twice (a POST that creates): the request is sent once, whatever happens. */
  SEND_ONCE
}
