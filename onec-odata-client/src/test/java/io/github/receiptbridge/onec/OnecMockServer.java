package io.github.receiptbridge.onec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/** A MockWebServer on 127.0.0.1 that answers with the fixtures of {@code src/test/resources/onec}. */
final class OnecMockServer implements AutoCloseable {
  final List<Duration> sleeps = new ArrayList<>();
  private final MockWebServer server = new MockWebServer();

  OnecMockServer() {
    try {
      server.start(InetAddress.getByName("127.0.0.1"), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String fixture(String name) {
    try (InputStream in = OnecMockServer.class.getResourceAsStream("/onec/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  MockWebServer server() {
    return server;
  }

  OnecMockServer json(int status, String fixture) {
    server.enqueue(new MockResponse().setResponseCode(status)
        .setHeader("Content-Type", "application/json;charset=utf-8").setBody(fixture(fixture)));
    return this;
  }

  OnecMockServer xml(int status, String fixture) {
    server.enqueue(new MockResponse().setResponseCode(status)
        .setHeader("Content-Type", "application/xml;charset=utf-8").setBody(fixture(fixture)));
    return this;
  }

  OnecMockServer html(int status, String fixture) {
    server.enqueue(new MockResponse().setResponseCode(status)
        .setHeader("Content-Type", "text/html").setBody(fixture(fixture)));
    return this;
  }

  OnecMockServer empty(int status) {
    server.enqueue(new MockResponse().setResponseCode(status));
    return this;
  }

  /** A client of {@code /base} on this server as «Администратор» with recorded backoff. */
  OnecClient.Builder clientBuilder() {
    return OnecClient.builder()
        .serviceRoot(server.url("/base").toString())
        .user("Администратор")
        .password("пароль-123")
        .serverZone(ZoneId.of("Europe/Moscow"))
        .sleeper(sleeps::add);
  }

  RecordedRequest take() {
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
