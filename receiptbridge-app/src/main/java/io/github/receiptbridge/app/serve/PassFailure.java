package io.github.receiptbridge.app.serve;

import io.github.receiptbridge.app.common.FailureExplainer;
import io.github.receiptbridge.core.JournalException;
import io.github.receiptbridge.core.SetupException;
import io.github.receiptbridge.onec.errors.OnecException;
import io.github.receiptbridge.onec.errors.OnecTransportException;
import io.github.receiptbridge.schetmash.errors.SchetmashException;
import io.github.receiptbridge.schetmash.errors.SchetmashTransportException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Why a pass failed as a whole: a {@link Kind} the console words in Russian, and the technical detail (in English,
 * for the log and for «Подробнее»).
 *
 * @param kind what kind of failure it was
 * @param detail the explanation of the failure and its cause, one line, never a password
 */
public record PassFailure(Kind kind, String detail) {
  /** What kind of failure ended a pass. */
  public enum Kind {
    /** 1C could not be reached (connection refused, timeout, TLS). */
    ONEC_UNREACHABLE,
    /** 1C answered but refused: credentials, rights, publication, or its setup is incomplete. */
    ONEC_REFUSED,
    /** Счетмаш could not be reached. */
    SCHETMASH_UNREACHABLE,
    /** Счетмаш answered but refused: credentials, shop, no active cash register. */
    SCHETMASH_REFUSED,
    /** The receipt journal could not be read or written. */
    JOURNAL,
    /** Anything else: a fault of the service itself. */
    INTERNAL
  }

  public PassFailure {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(detail, "detail");
  }

  /** The failure {@code error} caused, its kind read from the chain of causes. */
  public static PassFailure of(Throwable error) {
    return new PassFailure(kindOf(error), FailureExplainer.explain(error).message());
  }

  /** The kind of failure {@code error} is, read from its chain of causes. */
  static Kind kindOf(Throwable error) {
    for (@Nullable Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof OnecTransportException) {
        return Kind.ONEC_UNREACHABLE;
      }
      if (cause instanceof OnecException || cause instanceof SetupException) {
        return Kind.ONEC_REFUSED;
      }
      if (cause instanceof SchetmashTransportException) {
        return Kind.SCHETMASH_UNREACHABLE;
      }
      if (cause instanceof SchetmashException) {
        return Kind.SCHETMASH_REFUSED;
      }
      if (cause instanceof JournalException) {
        return Kind.JOURNAL;
      }
    }
    return Kind.INTERNAL;
  }
}
