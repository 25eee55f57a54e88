package io.github.receiptbridge.app.serve.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T09:00:00Z"), ZoneOffset.UTC);
  private final LoginThrottle throttle = new LoginThrottle(clock);

  @Test
  void addressesWhoseWrongPasswordsAreOlderThanTheWindowAreForgottenWithoutFailing() {
    for (int address = 0; address <= 10_000; address++) {
      throttle.failed("10.0." + address / 256 + "." + address % 256);
    }
    clock.advance(LoginThrottle.WINDOW.plusSeconds(1));
    for (int address = 0; address <= 10_000; address++) {
      assertThat(throttle.waitFor("10.0." + address / 256 + "." + address % 256)).isEmpty();
    }

    throttle.failed("192.0.2.1");

    assertThat(throttle.waitFor("192.0.2.1")).isEmpty();
  }

  @Test
  void theSixthAttemptWithinTheWindowWaitsUntilTheOldestIsAWindowOld() {
    for (int attempt = 0; attempt < LoginThrottle.PER_ADDRESS; attempt++) {
      assertThat(throttle.admit("192.0.2.1")).isEmpty();
      clock.advance(Duration.ofSeconds(1));
    }

    assertThat(throttle.admit("192.0.2.1")).contains(LoginThrottle.WINDOW.minusSeconds(LoginThrottle.PER_ADDRESS));
    assertThat(throttle.admit("192.0.2.2")).as("another address").isEmpty();
  }
}
