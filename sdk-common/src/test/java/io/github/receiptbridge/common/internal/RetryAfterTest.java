package io.github.receiptbridge.common.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import okhttp3.Headers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** A server's Retry-After: seconds or an HTTP-date; anything else is no advice. */
class RetryAfterTest {
  private static final Instant NOW = Instant.parse("2026-11-03T10:00:00Z");

  private static java.util.Optional<Duration> of(String value) {
    return RetryAfter.of(Headers.of("Retry-After", value), NOW);
  }

  @Test
  void readsSeconds() {
    assertThat(of("120")).contains(Duration.ofSeconds(120));
    assertThat(of(" 0 ")).contains(Duration.ZERO);
  }

  @Test
  void readsAnHttpDateAsTheTimeLeftUntilIt() {
    assertThat(of("Tue, 03 Nov 2026 10:01:30 GMT")).contains(Duration.ofSeconds(90));
  }

  @Test
  void aDateAlreadyPastMeansNoWait() {
    assertThat(of("Tue, 03 Nov 2026 09:00:00 GMT")).contains(Duration.ZERO);
  }

  @Test
  void noHeaderIsNoAdvice() {
    assertThat(RetryAfter.of(Headers.of(), NOW)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"-5", "soon", "1.5", "99999999999999999999999", "Tuesday"})
  void anUnreadableValueIsNoAdvice(String value) {
    assertThat(of(value)).isEmpty();
  }
}
