package io.github.receiptbridge.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class FixtureServerTest {
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void answersWithTheFixtureBytesInOrderAndRecordsWhatWasSent() throws IOException, InterruptedException {
    try (FixtureServer server = new FixtureServer("/fixtures")) {
      server.answer(201, "application/json", "answer.json").empty(204);

      HttpResponse<String> first = http.send(HttpRequest.newBuilder(URI.create(server.url("/a?x=1")))
          .POST(HttpRequest.BodyPublishers.ofString("тело")).build(), HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> second = http.send(HttpRequest.newBuilder(URI.create(server.url("/b"))).build(),
          HttpResponse.BodyHandlers.ofString());

      assertThat(first.statusCode()).isEqualTo(201);
      assertThat(first.body()).isEqualTo("{\"ok\":true}\n");
      assertThat(first.headers().firstValue("Content-Type")).contains("application/json");
      assertThat(second.statusCode()).isEqualTo(204);
      assertThat(server.take().getBody().utf8()).isEqualTo("тело");
      assertThat(server.take().getTarget()).isEqualTo("/b");
    }
  }

  @Test
  void aMissingFixtureIsNamedAndAMissingRequestFailsTheTest() {
    try (FixtureServer server = new FixtureServer("/fixtures/")) {
      assertThatThrownBy(() -> server.fixture("absent.json")).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("/fixtures/absent.json");
      assertThatThrownBy(server::take).isInstanceOf(AssertionError.class).hasMessageContaining("no request arrived");
    }
  }
}
