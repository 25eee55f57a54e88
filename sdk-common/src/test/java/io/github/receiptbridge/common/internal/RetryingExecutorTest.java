package io.github.receiptbridge.common.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.receiptbridge.common.CallCancelledException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The one retry loop: what it repeats, how long it waits, and what it throws. */
class RetryingExecutorTest {
  /** The failure of the test client: a status of -1 stands for a lost answer. */
  static final class TestFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;

    TestFailure(String message, int status) {
      super(message);
      this.status = status;
    }
  }

  /** Retries transport failures and retryable statuses; a lost answer leaves the outcome open. */
  static final class TestClassifier implements RetryClassifier<TestFailure> {
    @Override
    public Class<TestFailure> failureType() {
      return TestFailure.class;
    }

    @Override
    public TestFailure transportFailure(String call, IOException cause) {
      return new TestFailure(call + " failed: " + cause.getClass().getSimpleName(), -1);
    }

    @Override
    public boolean isRetryable(TestFailure failure) {
      return failure.status == -1 || RetryingExecutor.isRetryableStatus(failure.status);
    }

    @Override
    public boolean isUnknownOutcome(TestFailure failure) {
      return failure.status == -1;
    }
  }

  private static final Instant NOW = Instant.parse("2026-11-03T10:00:00Z");
  private static final Function<HttpReply, String> READER = reply -> {
    if (!reply.isSuccessful()) {
      throw new TestFailure(reply.call() + " returned " + reply.status() + ": " + reply.body(), reply.status());
    }
    return reply.body();
  };

  private final MockWebServer server = new MockWebServer();
  private final List<Duration> sleeps = new ArrayList<>();
  private OkHttpClient http;

  @BeforeEach
  void start() throws IOException {
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    http = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
  }

  @AfterEach
  void stop() throws IOException {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
    server.close();
  }

  private RetryingExecutor<TestFailure> executor(int maxRetries) {
    return new RetryingExecutor<>(new RetryPolicy(maxRetries, Duration.ofMillis(100), Duration.ofSeconds(5)),
        sleeps::add, new TestClassifier(), HttpUrl::encodedPath, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private String get(RetryingExecutor<TestFailure> executor, Repeatability repeatability) {
    HttpUrl url = server.url("/things");
    return executor.execute(() -> get(url), repeatability, READER);
  }

  private Call get(HttpUrl url) {
    return http.newCall(new Request.Builder().url(url).build());
  }

  @Test
  void returnsWhatTheReaderMakesOfTheFirstAnswer() {
    server.enqueue(new MockResponse.Builder().body("{\"ok\":true}").build());
    assertThat(get(executor(2), Repeatability.REPEATABLE)).isEqualTo("{\"ok\":true}");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void theBodyIsReadInTheCharsetItsContentTypeNamesAndInUtf8OtherwiseWithoutAByteOrderMark() {
    Charset windows1251 = Charset.forName("windows-1251");
    server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/plain; charset=windows-1251")
        .body(new Buffer().writeString("Ошибка", windows1251)).build());
    server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
        .body(new Buffer().writeUtf8("\uFEFFОшибка")).build());
    server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "not a media type")
        .body(new Buffer().writeUtf8("Ошибка")).build());

    for (int answer = 0; answer < 3; answer++) {
      assertThat(get(executor(0), Repeatability.REPEATABLE)).isEqualTo("Ошибка");
    }
  }

  @Test
  void repeatsARetryableFailureWithGrowingBackoffAndThrowsTheLastOne() {
    server.enqueue(new MockResponse.Builder().code(503).body("one").build());
    server.enqueue(new MockResponse.Builder().code(502).body("two").build());
    server.enqueue(new MockResponse.Builder().code(500).body("three").build());
    TestFailure e = catchThrowableOfType(TestFailure.class, () -> get(executor(2), Repeatability.REPEATABLE));
    assertThat(e).hasMessage("GET /things returned 500: three");
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(sleeps).hasSize(2);
    assertThat(sleeps.get(0).toMillis()).isBetween(50L, 100L);
    assertThat(sleeps.get(1).toMillis()).isBetween(100L, 200L);
  }

  @Test
  void aRetryableFailureFollowedByASuccessReturnsTheSuccess() {
    server.enqueue(new MockResponse.Builder().code(429).body("slow down").build());
    server.enqueue(new MockResponse.Builder().body("done").build());
    assertThat(get(executor(2), Repeatability.REPEATABLE)).isEqualTo("done");
    assertThat(sleeps).hasSize(1);
  }

  @Test
  void throwsAFailureTheClassifierDoesNotRetryAtOnce() {
    server.enqueue(new MockResponse.Builder().code(400).body("bad").build());
    TestFailure e = catchThrowableOfType(TestFailure.class, () -> get(executor(2), Repeatability.REPEATABLE));
    assertThat(e.status).isEqualTo(400);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void sendsARequestThatIsNotSafeToRepeatOnce() {
    server.enqueue(new MockResponse.Builder().code(503).body("down").build());
    TestFailure e = catchThrowableOfType(TestFailure.class, () -> get(executor(2), Repeatability.SEND_ONCE));
    assertThat(e.status).isEqualTo(503);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void aLostAnswerBecomesTheClassifiersTransportFailureAndIsRepeated() {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    TestFailure e = catchThrowableOfType(TestFailure.class, () -> get(executor(1), Repeatability.REPEATABLE));
    assertThat(e.status).isEqualTo(-1);
    assertThat(e).hasMessageStartingWith("GET /things failed: ");
    assertThat(new TestClassifier().isUnknownOutcome(e)).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeps).hasSize(1);
  }

  @Test
  void waitsTheRetryAfterSecondsWhenTheyAreUnderTheCeiling() {
    server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "3").build());
    server.enqueue(new MockResponse.Builder().body("done").build());
    assertThat(get(executor(2), Repeatability.REPEATABLE)).isEqualTo("done");
    assertThat(sleeps).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void waitsUntilARetryAfterHttpDate() {
    server.enqueue(
        new MockResponse.Builder().code(503).setHeader("Retry-After", "Tue, 03 Nov 2026 10:00:04 GMT").build());
    server.enqueue(new MockResponse.Builder().body("done").build());
    assertThat(get(executor(2), Repeatability.REPEATABLE)).isEqualTo("done");
    assertThat(sleeps).containsExactly(Duration.ofSeconds(4));
  }

  @Test
  void fallsBackToItsOwnBackoffWhenRetryAfterExceedsTheCeiling() {
    server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "60").build());
    server.enqueue(new MockResponse.Builder().body("done").build());
    assertThat(get(executor(2), Repeatability.REPEATABLE)).isEqualTo("done");
    assertThat(sleeps.get(0).toMillis()).isBetween(50L, 100L);
  }

  @Test
  void anInterruptDuringTheBackoffKeepsTheFlagAndThrowsACancellationCarryingTheFailure() {
    server.enqueue(new MockResponse.Builder().code(503).body("down").build());
    RetryingExecutor<TestFailure> executor = new RetryingExecutor<>(
        new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(5)),
        duration -> {
          throw new InterruptedException("stop");
        },
        new TestClassifier(), HttpUrl::encodedPath);
    try {
      CallCancelledException e = catchThrowableOfType(CallCancelledException.class,
          () -> get(executor, Repeatability.REPEATABLE));
      assertThat(e).hasMessageContaining("/things returned 503")
          .hasMessageContaining("interrupted while waiting").hasCauseInstanceOf(InterruptedException.class);
      assertThat(e.getSuppressed()).singleElement().isInstanceOf(TestFailure.class);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
      assertThat(server.getRequestCount()).isEqualTo(1);
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void anInterruptWhileTheCallIsInFlightIsACancellationNotATransportFailureAndIsNotRepeated() throws Exception {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build()); // never answers
    server.enqueue(new MockResponse.Builder().body("a repeat would get this").build());
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicBoolean flagAfter = new AtomicBoolean();
    Thread caller = new Thread(() -> {
      try {
        get(executor(2), Repeatability.REPEATABLE);
      } catch (RuntimeException e) {
        thrown.set(e);
      }
      flagAfter.set(Thread.currentThread().isInterrupted());
    });
    caller.start();
    server.takeRequest(); // in flight: the server has it and holds back the answer
    long interruptedAt = System.nanoTime();
    caller.interrupt();
    caller.join(10_000);

    assertThat(caller.isAlive()).isFalse();
    assertThat(Duration.ofNanos(System.nanoTime() - interruptedAt)).as("cancelled at once, not when the answer came")
        .isLessThan(Duration.ofSeconds(2));
    assertThat(thrown.get()).isInstanceOf(CallCancelledException.class)
        .isInstanceOf(CancellationException.class)
        .hasMessageStartingWith("GET /things was cancelled")
        .hasMessageContaining("interrupted").hasMessageContaining("unknown")
        .hasCauseInstanceOf(IOException.class); // the watch cancelled the call: "Socket closed"
    assertThat(flagAfter).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void theThreadThatWatchesForInterruptsEndsOnceNoCallIsInFlight() throws InterruptedException {
    server.enqueue(new MockResponse.Builder().body("{}").build());
    get(executor(0), Repeatability.REPEATABLE);
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (watcherAlive() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(watcherAlive()).isFalse();
  }

  private static boolean watcherAlive() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(thread -> thread.getName().equals(InterruptWatch.THREAD_NAME) && thread.isAlive());
  }

  @Test
  void aThreadInterruptedBeforeTheCallSendsNothing() {
    server.enqueue(new MockResponse.Builder().body("never asked").build());
    Thread.currentThread().interrupt();
    try {
      assertThat(catchThrowableOfType(CallCancelledException.class, () -> get(executor(2), Repeatability.REPEATABLE)))
          .hasMessageContaining("cancelled");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
      assertThat(server.getRequestCount()).isZero();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void anExceptionOfAnotherTypeIsNeitherWrappedNorRepeated() {
    server.enqueue(new MockResponse.Builder().code(503).body("down").build());
    UncheckedIOException bug = new UncheckedIOException(new IOException("reader bug"));
    UncheckedIOException e = catchThrowableOfType(UncheckedIOException.class,
        () -> executor(2).execute(() -> get(server.url("/x")), Repeatability.REPEATABLE, reply -> {
          throw bug;
        }));
    assertThat(e).isSameAs(bug);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void theRetryableStatusesAreServerFailuresTimeoutAndTooManyRequests() {
    assertThat(RetryingExecutor.isRetryableStatus(500)).isTrue();
    assertThat(RetryingExecutor.isRetryableStatus(503)).isTrue();
    assertThat(RetryingExecutor.isRetryableStatus(408)).isTrue();
    assertThat(RetryingExecutor.isRetryableStatus(429)).isTrue();
    assertThat(RetryingExecutor.isRetryableStatus(200)).isFalse();
    assertThat(RetryingExecutor.isRetryableStatus(404)).isFalse();
    assertThat(RetryingExecutor.isRetryableStatus(401)).isFalse();
  }
}
