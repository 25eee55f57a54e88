package io.github.receiptbridge.core.internal.onec;

import io.github.receiptbridge.core.FailureKind;
import io.github.receiptbridge.core.FatalServiceException;
import io.github.receiptbridge.core.ServiceFailureException;
import io.github.receiptbridge.onec.errors.OnecAccessDeniedException;
import io.github.receiptbridge.onec.errors.OnecAuthenticationException;
import io.github.receiptbridge.onec.errors.OnecEntitySetNotPublishedException;
import io.github.receiptbridge.onec.errors.OnecException;
import io.github.receiptbridge.onec.errors.OnecTransportException;
import java.util.Iterator;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The core's name for each 1C failure, with its {@link FailureKind}: unreachable when 1C did not answer or a retry
 * may succeed, refused otherwise (the login, the rights, the publication, a write 1C refused). The client's exception
 * stays the cause and keeps its message.
 */
final class OnecFailures {
  private OnecFailures() {}

  /** The result of {@code call}, its 1C failure in the core's terms. */
  static <T> T call(Supplier<T> call) {
    try {
      return call.get();
    } catch (OnecException failure) {
      throw translate(failure);
    }
  }

  /** Runs {@code call}, its 1C failure in the core's terms. */
  static void run(Runnable call) {
    call(() -> {
      call.run();
      return Boolean.TRUE;
    });
  }

  /** {@code stream}, its 1C failures while reading in the core's terms. */
  static <T> Stream<T> translated(Stream<T> stream) {
    Iterator<T> source = stream.iterator();
    Iterator<T> iterator = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return call(source::hasNext);
      }

      @Override
      public T next() {
        return call(source::next);
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator,
        Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(stream::close);
  }

  /** {@code failure} in the core's terms. */
  static ServiceFailureException translate(OnecException failure) {
    String message = Objects.requireNonNullElse(failure.getMessage(), failure.getClass().getSimpleName());
    if (isFatal(failure)) {
      return new FatalServiceException(message, failure, FailureKind.LEDGER_REFUSED);
    }
    boolean unreachable = failure instanceof OnecTransportException || failure.isRetrySafe();
    return new ServiceFailureException(message, failure,
        failure.isRetrySafe() ? ServiceFailureException.Retry.SAFE : ServiceFailureException.Retry.UNSAFE,
        unreachable ? FailureKind.LEDGER_UNREACHABLE : FailureKind.LEDGER_REFUSED);
  }

  /** Whether every following request would fail the same way: the login, the rights, the publication. */
  private static boolean isFatal(OnecException failure) {
    return failure instanceof OnecAuthenticationException
        || failure instanceof OnecAccessDeniedException
        || failure instanceof OnecEntitySetNotPublishedException;
  }
}
