package io.github.receiptbridge.common.internal;

/**
 * One HTTP answer as {@link RetryingExecutor} hands it to a client: the request it answers, its status and its body
 * as text.
 *
 * @param call the method and path of the request as messages show it (secrets masked)
 * @param status the HTTP status
 * @param body the body (of a success or an error answer), empty when there was none
 */
public record HttpReply(String call, int status, String body) {
  /** Whether the status is 2xx. */
  public boolean isSuccessful() {
    return status >= 200 && status < 300;
  }
}
