package io.github.receiptbridge.core.internal;

import io.github.receiptbridge.onec.errors.OnecAccessDeniedException;
import io.github.receiptbridge.onec.errors.OnecAuthenticationException;
import io.github.receiptbridge.onec.errors.OnecEntitySetNotPublishedException;
import io.github.receiptbridge.schetmash.errors.InvalidCredentialsException;
import io.github.receiptbridge.schetmash.errors.InvalidTokenException;
import io.github.receiptbridge.schetmash.errors.UnknownOperationException;
import io.github.receiptbridge.schetmash.errors.UnknownShopException;

/** Which failures stop a run at once: those that will fail every following document the same way. */
public final class Failures {
  private Failures() {}

  /** Whether {@code error} makes going on pointless. */
  public static boolean isFatal(Throwable error) {
    return error instanceof InvalidCredentialsException
        || error instanceof UnknownShopException
        || error instanceof UnknownOperationException
        || error instanceof InvalidTokenException
        || error instanceof OnecAuthenticationException
        || error instanceof OnecAccessDeniedException
        || error instanceof OnecEntitySetNotPublishedException;
  }
}
