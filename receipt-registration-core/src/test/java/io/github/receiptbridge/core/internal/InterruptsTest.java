package io.github.receiptbridge.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.receiptbridge.core.Phase;
import io.github.receiptbridge.core.ProgressListener;
import io.github.receiptbridge.core.ServiceFailureException;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What counts as a cancellation, and a ledger write that an interrupt cannot leave half done. */
class InterruptsTest {
  private final RunLedger book = new RunLedger(Phase.REGISTER,
      Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), ZoneOffset.UTC), ProgressListener.NONE);

  @AfterEach
  void clearFlag() {
    Thread.interrupted();
  }

  @Test
  void aCancellationIsACancelledCallOrAnInterruptItselfOrAmongTheCausesNeverAFailure() {
    assertThat(Interrupts.isCancellation(new CancellationException("cut"))).isTrue();
    assertThat(Interrupts.isCancellation(new IllegalStateException("wrapped", new CancellationException()))).isTrue();
    assertThat(Interrupts.isCancellation(new IllegalStateException("waited", new InterruptedException()))).isTrue();
    assertThat(Interrupts.isCancellation(new IllegalStateException("a bug"))).isFalse();
    assertThat(Interrupts.isCancellation(new ServiceFailureException("down", new IOException("reset"),
        ServiceFailureException.Retry.SAFE))).isFalse();
  }

  @Test
  void aWriteCutShortByAnInterruptIsBegunAgainWithTheFlagOffAndTheFlagIsSetAfter() {
    AtomicInteger attempts = new AtomicInteger();

    String written = Interrupts.shielded(book, () -> {
      if (attempts.incrementAndGet() == 1) {
        throw new CancellationException("the interrupt reached the call");
      }
      assertThat(Thread.currentThread().isInterrupted()).as("written without the flag").isFalse();
      return "written";
    });

    assertThat(written).isEqualTo("written");
    assertThat(attempts).hasValue(2);
    assertThat(Thread.currentThread().isInterrupted()).isTrue();
    assertThat(book.cancelled()).as("an interrupt cancels the pass").isTrue();
  }

  @Test
  void aWriteBegunOnAnInterruptedThreadRunsWithoutTheFlagOnce() {
    Thread.currentThread().interrupt();
    AtomicInteger attempts = new AtomicInteger();

    Interrupts.shielded(book, () -> {
      attempts.incrementAndGet();
      assertThat(Thread.currentThread().isInterrupted()).isFalse();
    });

    assertThat(attempts).hasValue(1);
    assertThat(Thread.currentThread().isInterrupted()).isTrue();
    assertThat(book.cancelled()).isTrue();
  }

  @Test
  void aWriteInterruptedEveryTimeFailsAsAFailureTheDocumentRecordsNotAsACancellation() {
    AtomicInteger attempts = new AtomicInteger();

    IllegalStateException failed = catchThrowableOfType(IllegalStateException.class,
        () -> Interrupts.shielded(book, () -> {
          attempts.incrementAndGet();
          throw new CancellationException("again");
        }));

    assertThat(attempts).hasValue(Interrupts.SHIELDED_ATTEMPTS);
    assertThat(failed).hasMessageContaining("cut short by an interrupt");
    assertThat(Interrupts.isCancellation(failed)).isFalse();
    assertThat(Thread.currentThread().isInterrupted()).isTrue();
  }

  @Test
  void aFailureThatIsNoInterruptIsNotRepeated() {
    AtomicInteger attempts = new AtomicInteger();

    catchThrowableOfType(IllegalStateException.class, () -> Interrupts.shielded(book, () -> {
      attempts.incrementAndGet();
      throw new IllegalStateException("1C refused the write");
    }));

    assertThat(attempts).hasValue(1);
    assertThat(Thread.currentThread().isInterrupted()).isFalse();
    assertThat(book.cancelled()).isFalse();
  }
}
