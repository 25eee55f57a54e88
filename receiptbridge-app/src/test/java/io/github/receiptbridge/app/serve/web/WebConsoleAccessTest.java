package io.github.receiptbridge.app.serve.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.receiptbridge.app.serve.ConsoleSettings;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mindrot.jbcrypt.BCrypt;

class WebConsoleAccessTest {
  private static final String PASSWORD = "Верный-пароль 42";

  @ParameterizedTest
  @ValueSource(strings = {"0.0.0.0", "192.0.2.10", "::", "10.1.2.3"})
  void listeningBeyondLoopbackWithoutAPasswordIsRefusedBeforeAnythingListens(String host) {
    assertThatThrownBy(() -> WebConsole.start(new FakeServiceConsole(),
        new ConsoleSettings(host, 0, Optional.empty(), Optional.empty())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SERVE_PASSWORD").hasMessageContaining("console.password-hash");
  }

  @Test
  void unusablePasswordSettingsAreRefusedWithWhatToDo() {
    FakeServiceConsole service = new FakeServiceConsole();
    assertThatThrownBy(() -> WebConsole.start(service, new ConsoleSettings("127.0.0.1", 0, Optional.of("a"),
        Optional.of(BCrypt.hashpw("a", BCrypt.gensalt(4)))))).hasMessageContaining("keep one of them");
    assertThatThrownBy(() -> WebConsole.start(service, new ConsoleSettings("127.0.0.1", 0, Optional.of(""),
        Optional.empty()))).hasMessageContaining("SERVE_PASSWORD is empty");
    assertThatThrownBy(() -> WebConsole.start(service, new ConsoleSettings("127.0.0.1", 0, Optional.empty(),
        Optional.of("not-a-hash")))).hasMessageContaining("not a bcrypt hash").hasMessageNotContaining("not-a-hash");
  }

  @Test
  void onLoopbackWithoutAPasswordTheFormOpensWithoutLogin() {
    try (RunningConsole console = RunningConsole.open(new FakeServiceConsole())) {
      HttpResponse<String> form = console.client().get("/");
      assertThat(form.statusCode()).isEqualTo(200);
      assertThat(form.body()).contains("Регистрация чеков").doesNotContain("Выйти");
      assertThat(console.web.url()).isEqualTo("http://127.0.0.1:" + console.web.port() + "/");
    }
  }

  @Test
  void withAPasswordEveryPageButHealthAndMetricsLeadsToTheLogin() {
    try (RunningConsole console = RunningConsole.withPassword(new FakeServiceConsole(), PASSWORD)) {
      ConsoleClient client = console.client();
      for (String path : List.of("/", "/history", "/passes/1", "/reissue?document=x")) {
        HttpResponse<String> response = client.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).as(path).get().asString().startsWith("/login?next=");
      }
      assertThat(client.get("/login").body()).contains("Вход в консоль").contains("type=\"password\"");
      HttpResponse<String> post = client.post("/passes", Map.of("org", "uk", "kind", "REGISTER"));
      assertThat(post.statusCode()).isEqualTo(401);
      assertThat(client.get("/health").statusCode()).isEqualTo(200);
      assertThat(client.get("/metrics").statusCode()).isEqualTo(200);
      assertThat(console.service.starts()).isEmpty();
    }
  }

  @Test
  void aWrongPasswordIsRefusedAndNeverShownBack() {
    try (RunningConsole console = RunningConsole.withPassword(new FakeServiceConsole(), PASSWORD)) {
      ConsoleClient client = console.client();
      HttpResponse<String> refused = client.logIn("неверный-пароль-123");
      assertThat(refused.statusCode()).isEqualTo(401);
      assertThat(refused.body()).contains("Неверный пароль").doesNotContain("неверный-пароль-123");
      assertThat(client.get("/").statusCode()).isEqualTo(303);
      assertThat(console.actions).singleElement().asString().contains("неверный пароль при входе");
    }
  }

  @Test
  void theRightPasswordLogsInWithANewHttpOnlySameSiteStrictSession() {
    try (RunningConsole console = RunningConsole.withPassword(new FakeServiceConsole(), PASSWORD)) {
      ConsoleClient client = console.client();
      HttpResponse<String> loginForm = client.get("/login?next=%2Fhistory");
      String before = sessionCookie(loginForm);
      assertThat(before).contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
      HttpResponse<String> login = client.post("/login", Map.of("password", PASSWORD, "next", "/history"));
      assertThat(login.statusCode()).isEqualTo(303);
      assertThat(login.headers().firstValue("Location")).contains("/history");
      String after = sessionCookie(login);
      assertThat(after).contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
      assertThat(value(after)).isNotEqualTo(value(before));
      assertThat(client.get("/").statusCode()).isEqualTo(200);
      assertThat(console.actions).singleElement().asString().contains("вошёл").contains("сеанс 1 (127.0.0.1)");
    }
  }

  @Test
  void aBcryptHashIsAcceptedAlsoInTheRevisionsOfHtpasswdAndPhp() {
    String hash = BCrypt.hashpw(PASSWORD, BCrypt.gensalt(4));
    for (String revision : List.of(hash, "$2y$" + hash.substring(4), "$2b$" + hash.substring(4))) {
      try (RunningConsole console = RunningConsole.withHash(new FakeServiceConsole(), revision)) {
        ConsoleClient client = console.client();
        assertThat(client.logIn("не тот").statusCode()).isEqualTo(401);
        assertThat(client.logIn(PASSWORD).statusCode()).isEqualTo(303);
        assertThat(client.get("/").statusCode()).as(revision).isEqualTo(200);
      }
    }
  }

  @Test
  void logoutEndsTheSession() {
    try (RunningConsole console = RunningConsole.withPassword(new FakeServiceConsole(), PASSWORD)) {
      ConsoleClient client = console.client();
      client.logIn(PASSWORD);
      assertThat(client.get("/").body()).contains("Выйти");
      HttpResponse<String> logout = client.post("/logout", Map.of());
      assertThat(logout.statusCode()).isEqualTo(303);
      assertThat(logout.headers().firstValue("Location")).contains("/login");
      assertThat(client.get("/").statusCode()).isEqualTo(303);
      assertThat(console.actions).last().asString().contains("вышел");
    }
  }

  @Test
  void aSessionUnusedForHalfAnHourEnds() {
    try (RunningConsole console = RunningConsole.withPassword(new FakeServiceConsole(), PASSWORD)) {
      ConsoleClient client = console.client();
      client.logIn(PASSWORD);
      console.clock.advance(Duration.ofMinutes(29));
      assertThat(client.get("/").statusCode()).isEqualTo(200);
      console.clock.advance(Duration.ofMinutes(29));
      assertThat(client.get("/").statusCode()).isEqualTo(200);
      console.clock.advance(Duration.ofMinutes(30).plusSeconds(1));
      assertThat(client.get("/").statusCode()).isEqualTo(303);
    }
  }

  @Test
  void theLoginNeverLeadsToAnotherSite() {
    assertThat(LoginView.safeNext("/history")).isEqualTo("/history");
    assertThat(LoginView.safeNext("//evil.example/")).isEqualTo("/");
    assertThat(LoginView.safeNext("/\\evil.example/")).isEqualTo("/");
    assertThat(LoginView.safeNext("https://evil.example/")).isEqualTo("/");
    assertThat(LoginView.safeNext("/\r\nSet-Cookie: x")).isEqualTo("/");
  }

  private static String sessionCookie(HttpResponse<String> response) {
    return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("receiptbridge_session_"))
        .reduce((first, second) -> second).orElseThrow();
  }

  private static String value(String setCookie) {
    return setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
  }
}
