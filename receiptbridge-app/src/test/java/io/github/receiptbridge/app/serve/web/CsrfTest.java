package io.github.receiptbridge.app.serve.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CsrfTest {
  private final RunningConsole console = RunningConsole.open(new FakeServiceConsole());
  private final Map<String, String> register = Map.of("org", "uk", "from", "2026-11-01", "to", "2026-11-29",
      "kind", "REGISTER");

  @AfterEach
  void stop() {
    console.close();
  }

  @Test
  void aPostWithoutTheTokenIsRefusedAndStartsNothing() {
    ConsoleClient client = console.client();
    client.get("/");
    HttpResponse<String> refused = client.postExactly("/passes", register);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("нет ключа CSRF");
    assertThat(console.service.starts()).isEmpty();
  }

  @Test
  void aPostWithAnotherSessionsTokenIsRefused() {
    ConsoleClient mallory = console.client();
    mallory.get("/");
    ConsoleClient victim = console.client();
    victim.get("/");
    Map<String, String> forged = new HashMap<>(register);
    forged.put("csrf", mallory.csrf());
    assertThat(victim.postExactly("/passes", forged).statusCode()).isEqualTo(403);
    assertThat(console.service.starts()).isEmpty();
  }

  @Test
  void aPostWithoutASessionIsRefused() throws Exception {
    HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(console.web.url() + "passes")).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("org=uk&kind=REGISTER&csrf=guess")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(console.service.starts()).isEmpty();
  }

  @Test
  void aPostWithTheTokenStartsThePassAndSaysWho() {
    ConsoleClient client = console.client();
    client.get("/");
    HttpResponse<String> started = client.post("/passes", register);
    assertThat(started.statusCode()).isEqualTo(303);
    assertThat(started.headers().firstValue("Location")).contains("/passes/1");
    assertThat(console.service.starts()).containsExactly("uk REGISTER [] by сеанс 1 (127.0.0.1)");
    assertThat(console.actions).singleElement().asString()
        .isEqualTo("console: сеанс 1 (127.0.0.1): запустил «Приход» (REGISTER), организация uk, период"
            + " 2026-11-01..2026-11-29: проход 1");
  }

  @Test
  void everyButtonNeedsTheToken() {
    ConsoleClient client = console.client();
    client.get("/");
    for (String path : new String[] {"/fill", "/reissue", "/logout", "/login", "/passes"}) {
      assertThat(client.postExactly(path, Map.of("org", "uk")).statusCode()).as(path).isEqualTo(403);
    }
  }

  @Test
  void theTokenMayComeInAHeaderForScripts() {
    ConsoleClient client = console.client();
    client.get("/");
    assertThat(client.postExactly("/fill", Map.of("org", "uk"), Map.of("X-CSRF-Token", "wrong")).statusCode())
        .isEqualTo(403);
    assertThat(client.postExactly("/fill", Map.of("org", "uk"), Map.of("X-CSRF-Token", client.csrf())).statusCode())
        .isEqualTo(303);
  }
}
