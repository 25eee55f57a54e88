package io.github.receiptbridge.app.serve.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.app.serve.ConsoleSettings;
import io.github.receiptbridge.app.serve.ConsoleStarter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code serve} reaches the web console only through {@link ConsoleStarter#installed()}. */
class WebConsoleStarterTest {
  @Test
  void theInstalledStarterOpensTheWebConsoleWhereTheSettingsSay() throws Exception {
    ConsoleStarter starter = ConsoleStarter.installed();
    assertThat(starter).isInstanceOf(WebConsoleStarter.class);

    try (ConsoleStarter.Running console = starter.start(new FakeServiceConsole(),
        ConsoleSettings.withoutPassword("127.0.0.1", 0))) {
      assertThat(console.url()).startsWith("http://127.0.0.1:").doesNotEndWith(":0/");
      HttpResponse<String> form = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(console.url()))
          .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertThat(form.statusCode()).isEqualTo(200);
      assertThat(form.body()).contains("<h1>Регистрация чеков</h1>");
    }
  }
}
