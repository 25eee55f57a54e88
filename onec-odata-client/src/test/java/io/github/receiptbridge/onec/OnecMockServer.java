package io.github.receiptbridge.onec;

import io.github.receiptbridge.testkit.FixtureServer;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** The testkit's fixture server answering as a 1C publication does, with the fixtures of {@code /onec}. */
final class OnecMockServer implements AutoCloseable {
  final List<Duration> sleeps = new ArrayList<>();
  private final FixtureServer fixtures = new FixtureServer("/onec/");

  MockWebServer server() {
    return fixtures.server();
  }

  OnecMockServer json(int status, String fixture) {
    fixtures.answer(status, "application/json;charset=utf-8", fixture);
    return this;
  }

  OnecMockServer xml(int status, String fixture) {
    fixtures.answer(status, "application/xml;charset=utf-8", fixture);
    return this;
  }

  OnecMockServer html(int status, String fixture) {
    fixtures.answer(status, "text/html", fixture);
    return this;
  }

  OnecMockServer empty(int status) {
    fixtures.empty(status);
    return this;
  }

  /** A client of {@code /base} on this server as «Администратор» with recorded backoff. */
  OnecClient.Builder clientBuilder() {
    return OnecClient.builder()
        .serviceRoot(fixtures.url("/base"))
        .user("Администратор")
        .password("пароль-123")
        .serverZone(ZoneId.of("Europe/Moscow"))
        .sleeper(sleeps::add);
  }

  RecordedRequest take() {
    return fixtures.take();
  }

  @Override
  public void close() {
    fixtures.close();
  }
}
