package io.github.receiptbridge.schetmash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/** A MockWebServer on 127.0.0.1 with helpers to answer with fixtures and to build clients pointing at it. */
public final class SchetmashMockServer implements AutoCloseable {
  /** Every pause the client asked for, instead of sleeping. */
  public final List<Duration> sleeps = new ArrayList<>();

  private final MockWebServer server = new MockWebServer();

  /** Starts the server on a free loopback port. */
  public SchetmashMockServer() {
    try {
      server.start(InetAddress.getByName("127.0.0.1"), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The underlying server. */
  public MockWebServer server() {
    return server;
  }

  /** Queues a JSON fixture with the given HTTP status. */
  public SchetmashMockServer json(int status, String fixture) {
    server.enqueue(new MockResponse()
        .setResponseCode(status)
        .setHeader("Content-Type", "application/json")
        .setBody(Fixtures.read(fixture)));
    return this;
  }

  /** Queues an HTML page with the given HTTP status. */
  public SchetmashMockServer html(int status, String fixture) {
    server.enqueue(new MockResponse()
        .setResponseCode(status)
        .setHeader("Content-Type", "text/html; charset=utf-8")
        .setBody(Fixtures.read(fixture)));
    return this;
  }

  /** Queues the token answer that issues {@link Fixtures#TOKEN}. */
  public SchetmashMockServer token() {
    return json(200, "token-new.json");
  }

  /** A builder for a client of shop 42 at this server, with recorded (not real) backoff pauses. */
  public SchetmashClient.Builder clientBuilder() {
    return SchetmashClient.builder()
        .baseUrl(server.url("/lk/api/v1/").toString())
        .login("test_api")
        .password("123456")
        .shopId(42)
        .sleeper(sleeps::add);
  }

  /** The next recorded request; fails when none arrives within 5 s. */
  public RecordedRequest take() {
    try {
      RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
      if (request == null) {
        throw new AssertionError("no request arrived");
      }
      return request;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  @Override
  public void close() throws IOException {
    server.shutdown();
  }
}
