package io.github.receiptbridge.app.serve.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.app.serve.ConsoleSettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mindrot.jbcrypt.BCrypt;

class NoSecretsTest {
  private static final String PASSWORD = "Сек-рет_пароль!2026";

  @Test
  void noPageOrLogLineShowsThePasswordTheSessionIdOrTheCsrfToken() {
    PrintStream originalErr = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    List<String> pages = new ArrayList<>();
    Set<String> secrets = new LinkedHashSet<>();
    List<String> actions;
    try (RunningConsole console = RunningConsole.withPassword(new FakeServiceConsole(), PASSWORD)) {
      actions = console.actions;
      ConsoleClient client = console.client();
      pages.add(client.get("/").body());
      pages.add(client.get("/login").body());
      secrets.addAll(client.cookieValues());
      pages.add(client.post("/login", Map.of("password", PASSWORD + "x", "next", "/")).body());
      pages.add(client.post("/login", Map.of("password", PASSWORD, "next", "/")).body());
      secrets.addAll(client.cookieValues());
      pages.add(client.get("/?fill=1").body());
      HttpResponse<String> started = client.post("/passes", Map.of("org", "uk", "kind", "REGISTER"));
      String pass = started.headers().firstValue("Location").orElseThrow();
      pages.add(client.get(pass).body());
      pages.add(client.get(pass + "/progress").body());
      console.service.finish(1);
      pages.add(client.get(pass).body());
      pages.add(client.get(pass + "/report.json").body());
      pages.add(client.get("/history").body());
      pages.add(client.get("/reissue?org=uk&document=" + FakeServiceConsole.row("uk", 13).documentKey()).body());
      pages.add(client.get("/health").body());
      pages.add(client.get("/passes/77").body());
      pages.add(client.postExactly("/passes", Map.of("org", "uk", "kind", "AUDIT")).body());
      secrets.add(client.csrf());
      pages.add(client.post("/logout", Map.of()).body());
    } finally {
      System.setErr(originalErr);
    }
    assertThat(secrets).hasSizeGreaterThanOrEqualTo(3);
    for (String page : pages) {
      assertThat(page).doesNotContain(PASSWORD);
      for (String secret : secrets) {
        if (!page.contains("name=\"csrf\"")) {
          assertThat(page).doesNotContain(secret);
        }
      }
    }
    List<String> lines = new ArrayList<>(actions);
    lines.addAll(err.toString(StandardCharsets.UTF_8).lines().toList());
    assertThat(actions).hasSizeGreaterThanOrEqualTo(4);
    for (String line : lines) {
      assertThat(line).doesNotContain(PASSWORD);
      for (String secret : secrets) {
        assertThat(line).doesNotContain(secret);
      }
    }
  }

  @Test
  void theHashIsNeverShownAndTheSettingsHideBoth() {
    String hash = BCrypt.hashpw(PASSWORD, BCrypt.gensalt(4));
    try (RunningConsole console = RunningConsole.withHash(new FakeServiceConsole(), hash)) {
      ConsoleClient client = console.client();
      assertThat(client.logIn("wrong").body()).doesNotContain(hash).doesNotContain("wrong");
      client.logIn(PASSWORD);
      assertThat(client.get("/").body()).doesNotContain(hash).doesNotContain(PASSWORD);
      assertThat(console.actions).allSatisfy(line -> assertThat(line).doesNotContain(hash).doesNotContain(PASSWORD));
    }
    assertThat(new ConsoleSettings("0.0.0.0", 8080, Optional.of(PASSWORD), Optional.of(hash)).toString())
        .doesNotContain(PASSWORD).doesNotContain(hash).contains("***");
  }
}
