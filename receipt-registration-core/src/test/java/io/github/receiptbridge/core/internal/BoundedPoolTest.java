package io.github.receiptbridge.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The pools of a pass on a caller's executor: the limit holds, submitting never waits, and nothing hangs. */
@Timeout(30)
class BoundedPoolTest {
  private final ExecutorService wide = Executors.newFixedThreadPool(8);

  @AfterEach
  void stop() {
    wide.shutdownNow();
  }

  @Test
  void atMostTheLimitRunsAtOnceOnAWiderExecutor() throws InterruptedException {
    BoundedPool pool = new BoundedPool("test", 2, wide);
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    for (int i = 0; i < 20; i++) {
      pool.submit(() -> {
        most.accumulateAndGet(running.incrementAndGet(), Math::max);
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } finally {
          running.decrementAndGet();
        }
      });
    }
    pool.awaitIdle();
    pool.close();

    assertThat(most.get()).isEqualTo(2);
    assertThat(wide.isShutdown()).as("the caller's executor is left running").isFalse();
  }

  @Test
  void aTaskSubmittingToAFullPoolOnTheOnlyThreadNeverWaitsForIt() throws InterruptedException {
    ExecutorService one = Executors.newSingleThreadExecutor();
    try {
      BoundedPool first = new BoundedPool("first", 4, one);
      BoundedPool second = new BoundedPool("second", 1, one);
      AtomicInteger written = new AtomicInteger();
      for (int i = 0; i < 10; i++) {
        first.submit(() -> second.submit(written::incrementAndGet)); // second is full after one
      }
      first.awaitIdle();
      second.awaitIdle();

      assertThat(written).hasValue(10);
    } finally {
      one.shutdownNow();
    }
  }

  @Test
  void theFeederWaitsBelowABoundUntilTasksFinish() throws InterruptedException {
    BoundedPool pool = new BoundedPool("test", 1, wide);
    CountDownLatch release = new CountDownLatch(1);
    pool.submit(() -> {
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    pool.submit(() -> {});
    assertThat(pool.pending()).isEqualTo(2);

    wide.execute(release::countDown);
    pool.awaitBelow(1);

    assertThat(pool.pending()).isZero();
  }

  @Test
  void anExecutorThatRejectsDropsWhatWaitsSoThatWaitingEnds() throws InterruptedException {
    ExecutorService closed = Executors.newSingleThreadExecutor();
    closed.shutdown();
    BoundedPool pool = new BoundedPool("test", 2, closed);

    catchThrowableOfType(RejectedExecutionException.class, () -> pool.submit(() -> {}));
    pool.awaitIdle();

    assertThat(pool.pending()).isZero();
  }

  @Test
  void waitingForTasksThatAShutDownExecutorDroppedEndsWithAnError() throws InterruptedException {
    ExecutorService one = Executors.newSingleThreadExecutor();
    CountDownLatch blocking = new CountDownLatch(1);
    one.execute(() -> {
      try {
        blocking.await(); // holds the only thread, so the pool's runner waits in the executor's queue
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    BoundedPool pool = new BoundedPool("test", 1, one);
    pool.submit(() -> {});
    one.shutdownNow(); // drops the runner
    assertThat(one.awaitTermination(5, TimeUnit.SECONDS)).isTrue();

    assertThat(catchThrowableOfType(IllegalStateException.class, pool::awaitIdle))
        .hasMessageContaining("shut down with 1 tasks of the pass not run");
  }

  @Test
  void withoutAnExecutorThePoolMakesDaemonThreadsAndShutsThemDown() throws InterruptedException {
    BoundedPool pool = new BoundedPool("own", 2, null);
    AtomicInteger daemons = new AtomicInteger();
    CountDownLatch ran = new CountDownLatch(1);
    pool.submit(() -> {
      if (Thread.currentThread().isDaemon() && Thread.currentThread().getName().startsWith("own-")) {
        daemons.incrementAndGet();
      }
      ran.countDown();
    });
    assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
    pool.awaitIdle();
    pool.close();

    assertThat(daemons).hasValue(1);
    assertThat(Thread.getAllStackTraces().keySet()).noneMatch(thread -> thread.getName().startsWith("own-")
        && thread.isAlive());
  }
}
