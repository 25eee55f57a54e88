package io.github.receiptbridge.schetmash;

import io.github.receiptbridge.testkit.FixtureServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** The testkit's fixture server answering as Счетмаш does, with clients of shop 42 pointing at it. */
public final class SchetmashMockServer implements AutoCloseable {
  /** Every pause the client asked for, instead of sleeping. */
  public final List<Duration> sleeps = new ArrayList<>();

  private final FixtureServer fixtures = new FixtureServer("/schetmash/");

  /** The underlying server. */
  public MockWebServer server() {
    return fixtures.server();
  }

  /** Queues a JSON fixture with the given HTTP status. */
  public SchetmashMockServer json(int status, String fixture) {
    fixtures.answer(status, "application/json", fixture);
    return this;
  }

  /** Queues an HTML page with the given HTTP status. */
  public SchetmashMockServer html(int status, String fixture) {
    fixtures.answer(status, "text/html; charset=utf-8", fixture);
    return this;
  }

  /** Queues the token answer that issues {@link Fixtures#TOKEN}. */
  public SchetmashMockServer token() {
    return json(200, "token-new.json");
  }

  /** A builder for a client of shop 42 at this server, with recorded (not real) backoff pauses. */
  public SchetmashClient.Builder clientBuilder() {
    return SchetmashClient.builder()
        .baseUrl(fixtures.url("/lk/api/v1/"))
        .login("test_api")
        .password("123456")
        .shopId(42)
        .sleeper(sleeps::add);
  }

  /** The next recorded request; fails when none arrives within 5 s. */
  public RecordedRequest take() {
    return fixtures.take();
  }

  @Override
  public void close() {
    fixtures.close();
  }
}
