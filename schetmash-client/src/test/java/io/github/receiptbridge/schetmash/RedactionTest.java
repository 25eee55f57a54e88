package io.github.receiptbridge.schetmash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import io.github.receiptbridge.schetmash.model.Operation;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Neither the password nor the token ever shows in a log line, an exception message or a toString(). */
class RedactionTest {
  private static final String PASSWORD = "s3cret-Пароль";

  private final SchetmashMockServer mock = new SchetmashMockServer();
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);

  @BeforeEach
  void captureLogs() {
    appender.start();
    root.addAppender(appender);
    root.setLevel(Level.TRACE);
  }

  @AfterEach
  void stop() throws Exception {
    root.detachAppender(appender);
    root.setLevel(Level.INFO);
    mock.close();
  }

  @Test
  void noSecretInLogsMessagesOrToString() {
    List<String> printed = new ArrayList<>();
    mock.token().json(200, "register-accept.json");
    mock.json(200, "error-4-old-token.json").token().json(200, "error-8.json");
    mock.server().enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    mock.html(500, "html-500.html");
    try (SchetmashClient client = mock.clientBuilder().password(PASSWORD).httpLogging(true).maxRetries(1).build()) {
      client.register(Operation.SELL, Fixtures.utilityPayment("1c-a"));
      printed.add(catchThrowable(() -> client.report(77)).toString());
      Throwable unknown = catchThrowable(() -> client.register(Operation.SELL, Fixtures.utilityPayment("1c-b")));
      printed.add(unknown.toString());
      printed.add(unknown.getCause().toString());
      printed.add(client.toString());
      printed.add(client.config().toString());
    }
    printed.add(SchetmashClient.builder().login("l").password(PASSWORD).toString());
    appender.list.forEach(event -> printed.add(event.getFormattedMessage()));

    assertThat(appender.list)
        .extracting(ILoggingEvent::getLoggerName)
        .contains(SchetmashClient.HTTP_LOGGER);
    assertThat(printed).anySatisfy(line -> assertThat(line).contains("token=****"));
    assertThat(printed).allSatisfy(line -> {
      assertThat(line).doesNotContain(PASSWORD);
      assertThat(line).doesNotContain(Fixtures.TOKEN);
    });
  }

  @Test
  void httpLoggingIsOffByDefault() {
    mock.token().json(200, "report-accept.json");
    try (SchetmashClient client = mock.clientBuilder().build()) {
      client.report(1);
    }
    assertThat(appender.list).noneMatch(event -> event.getLoggerName().equals(SchetmashClient.HTTP_LOGGER));
  }

  @Test
  void logsOneLinePerExchangeWithMethodPathStatusAndTime() {
    mock.token().json(200, "report-accept.json");
    try (SchetmashClient client = mock.clientBuilder().httpLogging(true).build()) {
      client.report(1);
    }
    List<String> lines = appender.list.stream()
        .filter(event -> event.getLoggerName().equals(SchetmashClient.HTTP_LOGGER))
        .map(ILoggingEvent::getFormattedMessage)
        .toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).matches("POST /lk/api/v1/token -> 200 \\(\\d+ ms\\)");
    assertThat(lines.get(1)).matches("GET /lk/api/v1/42/report/1\\?token=\\*\\*\\*\\* -> 200 \\(\\d+ ms\\)");
  }
}
