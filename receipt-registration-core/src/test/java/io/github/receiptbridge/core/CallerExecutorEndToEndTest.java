package io.github.receiptbridge.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.sandbox.OnecSandbox;
import io.github.receiptbridge.sandbox.SchetmashSandbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link ReceiptRegistrar.Builder#executor}: a pass works on the caller's threads, within its limits, and leaves them. */
@Timeout(120) // a pass that never ends fails the test instead of hanging the build
class CallerExecutorEndToEndTest {
  private static final String INN = "7701234567";
  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  private static final DateRange NOVEMBER = DateRange.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
  private static final Clock NOW = Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), MOSCOW);

  private SandboxFixture sandboxes;
  private ExecutorService pool;

  @BeforeEach
  void seed() {
    sandboxes = new SandboxFixture(SchetmashSandbox.builder().processingDelay(Duration.ofMillis(20)).start(),
        OnecSandbox.builder().start());
    UUID organization = sandboxes.onec.data().addOrganization("УК Ромашка", INN, "770101001");
    sandboxes.onec.data().generateBankReceipts(organization, NOVEMBER.from(), NOVEMBER.to(), 120, 5);
    sandboxes.schetmash.behavior().latency(Duration.ofMillis(5));
    AtomicInteger number = new AtomicInteger();
    pool = Executors.newFixedThreadPool(16, runnable -> new Thread(runnable, "app-" + number.incrementAndGet()));
  }

  @AfterEach
  void stop() throws Exception {
    pool.shutdownNow();
    sandboxes.close();
  }

  /** The caller's executor: counts the tasks it is given and the most that run at once. */
  private static final class Counting implements Executor {
    final AtomicInteger tasks = new AtomicInteger();
    final AtomicInteger running = new AtomicInteger();
    final AtomicInteger mostAtOnce = new AtomicInteger();
    private final Executor pool;

    Counting(Executor pool) {
      this.pool = pool;
    }

    @Override
    public void execute(Runnable task) {
      tasks.incrementAndGet();
      pool.execute(() -> {
        mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
        try {
          task.run();
        } finally {
          running.decrementAndGet();
        }
      });
    }
  }

  private List<FillRow> eligible() {
    try (var rows = sandboxes.registrar().fill(NOVEMBER, INN)) {
      return rows.filter(row -> row.action() == PlannedAction.SEND).toList();
    }
  }

  @Test
  void aPassRunsOnTheCallersExecutorWithinTheConcurrencyLimitsAndLeavesItRunning() {
    List<FillRow> eligible = eligible();
    Counting executor = new Counting(pool);
    Set<String> workedOn = ConcurrentHashMap.newKeySet();
    Set<Thread> threadsBefore = Thread.getAllStackTraces().keySet();
    Set<Thread> threadsDuring = ConcurrentHashMap.newKeySet();
    ReceiptRegistrar registrar = sandboxes.registrar(sandboxes.schetmashClient(), sandboxes.onecClient())
        .clock(NOW).executor(executor).concurrency(Concurrency.builder().schetmash(3).onec(2).build())
        .progressListener(new ProgressListener() {
          @Override
          public void documentDone(DocumentOutcome outcome) {
            if (outcome.action() == Action.SENT) {
              workedOn.add(Thread.currentThread().getName());
              threadsDuring.addAll(Thread.getAllStackTraces().keySet());
            }
          }
        }).build();

    RunReport report = registrar.register(NOVEMBER, INN);

    assertThat(report.count(Action.SENT)).isEqualTo(eligible.size());
    sandboxes.assertExactlyOneReceiptPerEligibleDocument(sandboxes.schetmash.shopId(), eligible);
    assertThat(executor.tasks.get()).as("tasks given to the caller's executor").isPositive();
    assertThat(workedOn).isNotEmpty().allSatisfy(name -> assertThat(name).startsWith("app-"));
    assertThat(executor.mostAtOnce.get()).as("3 Счетмаш and 2 1C tasks, and one read ahead of 1C documents")
        .isBetween(1, 3 + 2 + 1);
    assertThat(pool.isShutdown()).as("the registrar never shuts the caller's executor down").isFalse();
    assertThat(threadsDuring).as("threads while the pass ran").isNotEmpty()
        .filteredOn(thread -> !threadsBefore.contains(thread)).extracting(Thread::getName)
        .as("the registrar made no thread of its own")
        .noneMatch(name -> name.matches("(schetmash|onec)-\\d+|fill-read-ahead"));
    assertThat(pool.submit(() -> "still taking work")).succeedsWithin(Duration.ofSeconds(5))
        .isEqualTo("still taking work");
  }

  @Test
  void aSmallExecutorSharedByBothServicesNeverDeadlocks() throws Exception {
    List<FillRow> eligible = eligible();
    ExecutorService one = Executors.newSingleThreadExecutor();
    try {
      ReceiptRegistrar registrar = sandboxes.registrar(sandboxes.schetmashClient(), sandboxes.onecClient())
          .clock(NOW).executor(one).build(); // 8 Счетмаш and 4 1C tasks at once allowed, one thread to run them

      RunReport report = registrar.register(NOVEMBER, INN);

      assertThat(report.count(Action.SENT)).isEqualTo(eligible.size());
      sandboxes.assertExactlyOneReceiptPerEligibleDocument(sandboxes.schetmash.shopId(), eligible);
    } finally {
      one.shutdownNow();
      assertThat(one.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
    }
  }
}
