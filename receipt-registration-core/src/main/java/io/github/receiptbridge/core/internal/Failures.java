package io.github.receiptbridge.core.internal;

import io.github.receiptbridge.onec.errors.OnecAccessDeniedException;
import io.github.receiptbridge.onec.errors.OnecAuthenticationException;
import io.github.receiptbridge.onec.errors.OnecEntitySetNotPublishedException;
import io.github.receiptbridge.schetmash.errors.SchetmashInvalidCredentialsException;
import io.github.receiptbridge.schetmash.errors.SchetmashInvalidTokenException;
import io.github.receiptbridge.schetmash.errors.SchetmashUnknownOperationException;
import io.github.receiptbridge.schetmash.errors.SchetmashUnknownShopException;

/** Which failures stop a run at once: those that will fail every following document the same way. */
public final class Failures {
  private Failures() {}

  /** Whether {@code error} makes going on pointless. */
  public static boolean isFatal(Throwable error) {
    return error instanceof SchetmashInvalidCredentialsException
        || error instanceof SchetmashUnknownShopException
        || error instanceof SchetmashUnknownOperationException
        || error instanceof SchetmashInvalidTokenException
        || error instanceof OnecAuthenticationException
        || error instanceof OnecAccessDeniedException
        || error instanceof OnecEntitySetNotPublishedException;
  }
}
