package io.github.receiptbridge.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A MockWebServer on a free port of 127.0.0.1 that answers with the wire fixtures of one classpath directory, for
 * protocol tests that check a client's exact bytes. Answers are queued in order; {@link #take()} hands out what the
 * client sent.
 *
 * <pre>{@code
 * try (FixtureServer server = new FixtureServer("/schetmash/")) {
 *   server.answer(200, "application/json", "token-new.json");
 *   // ... point a client at server.url("/lk/api/v1/") and call it ...
 *   assertThat(server.take().getTarget()).isEqualTo("/lk/api/v1/token");
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class FixtureServer implements AutoCloseable {
  /** How long {@link #take()} waits for a request before it fails the test. */
  public static final Duration TAKE_TIMEOUT = Duration.ofSeconds(5);

  private final String fixtureDirectory;
  private final MockWebServer server = new MockWebServer();

  /**
   * Starts the server on a free loopback port.
   *
   * @param fixtureDirectory the classpath directory of the fixtures, such as {@code "/onec/"}
   */
  public FixtureServer(String fixtureDirectory) {
    Objects.requireNonNull(fixtureDirectory, "fixtureDirectory");
    this.fixtureDirectory = fixtureDirectory.endsWith("/") ? fixtureDirectory : fixtureDirectory + "/";
    try {
      server.start(InetAddress.getByName("127.0.0.1"), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the fixture server on 127.0.0.1", e);
    }
  }

  /**
   * The text of a fixture file, exactly as the service would send it.
   *
   * @param name the file name inside the fixture directory
   * @return its UTF-8 text
   * @throws IllegalArgumentException when there is no such fixture
   */
  public String fixture(String name) {
    return read(fixtureDirectory + name);
  }

  /**
   * The text of a classpath resource.
   *
   * @param path an absolute classpath path such as {@code "/schetmash/token-new.json"}
   * @return its UTF-8 text
   * @throws IllegalArgumentException when there is no such resource
   */
  public static String read(String path) {
    try (InputStream in = FixtureServer.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path + " on the test classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Queues an answer whose body is a fixture file.
   *
   * @param status the HTTP status
   * @param contentType the {@code Content-Type} header
   * @param fixture the file name inside the fixture directory
   * @return this
   */
  public FixtureServer answer(int status, String contentType, String fixture) {
    server.enqueue(new MockResponse.Builder().code(status).setHeader("Content-Type", contentType)
        .body(fixture(fixture)).build());
    return this;
  }

  /**
   * Queues an answer without a body.
   *
   * @param status the HTTP status
   * @return this
   */
  public FixtureServer empty(int status) {
    server.enqueue(new MockResponse.Builder().code(status).build());
    return this;
  }

  /**
   * Queues a hand-made answer.
   *
   * @param response the answer
   * @return this
   */
  public FixtureServer enqueue(MockResponse response) {
    server.enqueue(response);
    return this;
  }

  /**
   * The absolute URL of {@code path} on this server.
   *
   * @param path such as {@code "/lk/api/v1/"}
   * @return the URL, on this loopback server's port
   */
  public String url(String path) {
    return server.url(path).toString();
  }

  /**
   * The underlying server, for what the helpers above do not cover.
   *
   * @return the running MockWebServer, which {@link #close()} shuts down
   */
  public MockWebServer server() {
    return server;
  }

  /**
   * The next request the server received.
   *
   * @return the request
   * @throws AssertionError when none arrives within {@link #TAKE_TIMEOUT}
   */
  public RecordedRequest take() {
    try {
      RecordedRequest request = server.takeRequest(TAKE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      if (request == null) {
        throw new AssertionError("no request arrived within " + TAKE_TIMEOUT.toSeconds() + " s");
      }
      return request;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for a request", e);
    }
  }

  /** Stops the server. */
  @Override
  public void close() {
    server.close();
  }
}
