package io.github.receiptbridge.schetmash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.receiptbridge.schetmash.errors.SchetmashOutcomeUnknownException;
import io.github.receiptbridge.schetmash.errors.SchetmashTransportException;
import io.github.receiptbridge.schetmash.model.Operation;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which failures are repeated, with what pauses, and that a repeat never changes the registration body. */
class RetryTest {
  private final SchetmashMockServer mock = new SchetmashMockServer();

  @AfterEach
  void stop() throws Exception {
    mock.close();
  }

  private void dropConnectionAfterRequest() {
    mock.server().enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
  }

  @Test
  void aDroppedRegistrationIsRepeatedWithTheSameExternalIdAndBody() {
    mock.token();
    dropConnectionAfterRequest();
    mock.json(200, "register-accept.json");
    try (SchetmashClient client = mock.clientBuilder().build()) {
      assertThat(client.register(Operation.SELL, Fixtures.utilityPayment("1c-doc-7")).id()).isEqualTo(1234);
    }
    mock.take();
    String first = mock.take().getBody().utf8();
    String second = mock.take().getBody().utf8();
    assertThat(second).isEqualTo(first).contains("\"external_id\":\"1c-doc-7\"");
    assertThat(mock.sleeps).hasSize(1);
  }

  @Test
  void aRegistrationThatNeverGetsAnAnswerHasAnUnknownOutcome() {
    mock.token();
    dropConnectionAfterRequest();
    dropConnectionAfterRequest();
    dropConnectionAfterRequest();
    try (SchetmashClient client = mock.clientBuilder().build()) {
      SchetmashOutcomeUnknownException e = catchThrowableOfType(SchetmashOutcomeUnknownException.class,
          () -> client.register(Operation.SELL, Fixtures.utilityPayment("1c-doc-8")));
      assertThat(e.externalId()).isEqualTo("1c-doc-8");
      assertThat(e.getCause()).isInstanceOf(SchetmashTransportException.class);
      assertThat(e.getMessage()).contains("1c-doc-8").contains("same external_id");
    }
    assertThat(mock.server().getRequestCount()).isEqualTo(4);
  }

  @Test
  void aRegistrationWhoseTokenCannotBeFetchedSentNothingAndIsSafeToRepeat() {
    dropConnectionAfterRequest();
    dropConnectionAfterRequest();
    dropConnectionAfterRequest();
    try (SchetmashClient client = mock.clientBuilder().build()) {
      SchetmashTransportException e = catchThrowableOfType(SchetmashTransportException.class,
          () -> client.register(Operation.SELL, Fixtures.utilityPayment("1c-doc-9")));
      assertThat(e).isNotInstanceOf(SchetmashOutcomeUnknownException.class);
    }
    assertThat(mock.server().getRequestCount()).as("three token requests, no registration").isEqualTo(3);
    for (int i = 0; i < 3; i++) {
      assertThat(mock.take().getTarget()).endsWith("/token");
    }
  }

  @Test
  void backoffGrowsExponentiallyWithJitterUnderTheCap() {
    mock.token();
    for (int i = 0; i < 5; i++) {
      mock.html(503, "html-500.html");
    }
    mock.json(200, "report-accept.json");
    try (SchetmashClient client = mock.clientBuilder()
        .maxRetries(5)
        .retryBackoff(Duration.ofMillis(100), Duration.ofMillis(1000))
        .build()) {
      client.report(1234);
    }
    assertThat(mock.sleeps).hasSize(5);
    long[] ceilings = {100, 200, 400, 800, 1000};
    for (int i = 0; i < ceilings.length; i++) {
      assertThat(mock.sleeps.get(i).toMillis()).as("pause %d", i + 1).isBetween(ceilings[i] / 2, ceilings[i]);
    }
  }

  @Test
  void honoursRetryAfterBelowTheCap() {
    mock.token();
    mock.server().enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "3").body("slow down").build());
    mock.json(200, "report-accept.json");
    try (SchetmashClient client = mock.clientBuilder().build()) {
      client.report(1234);
    }
    assertThat(mock.sleeps).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void aTransportFailureOfAReportIsATransportException() {
    mock.token();
    dropConnectionAfterRequest();
    try (SchetmashClient client = mock.clientBuilder().maxRetries(0).build()) {
      SchetmashTransportException e = catchThrowableOfType(SchetmashTransportException.class, () -> client.report(5));
      assertThat(e.isRetrySafe()).isTrue();
      assertThat(e.getMessage()).startsWith("GET /lk/api/v1/42/report/5?token=****");
    }
    assertThat(mock.sleeps).isEmpty();
  }

  @Test
  void aSlowAnswerTimesOutAndIsRetried() {
    mock.token();
    mock.server().enqueue(
        new MockResponse.Builder().body("{}").headersDelay(2, java.util.concurrent.TimeUnit.SECONDS).build());
    mock.json(200, "report-accept.json");
    try (SchetmashClient client = mock.clientBuilder().readTimeout(Duration.ofMillis(200)).build()) {
      assertThat(client.report(1234).id()).isEqualTo(1234);
    }
    assertThat(mock.sleeps).hasSize(1);
  }
}
