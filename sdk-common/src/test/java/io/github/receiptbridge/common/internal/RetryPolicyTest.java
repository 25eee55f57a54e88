package io.github.receiptbridge.common.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  private final RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(100), Duration.ofSeconds(1));

  @RepeatedTest(20)
  void eachPauseIsBetweenHalfAndAllOfItsDoublingCeiling() {
    long[] ceilings = {100, 200, 400, 800, 1000, 1000};
    for (int retry = 1; retry <= ceilings.length; retry++) {
      long pause = policy.delayBefore(retry, Optional.empty()).toMillis();
      assertThat(pause).as("retry %d", retry).isBetween(ceilings[retry - 1] / 2, ceilings[retry - 1]);
    }
  }

  @Test
  void aServerRetryAfterWinsUnlessItExceedsTheCap() {
    assertThat(policy.delayBefore(1, Optional.of(Duration.ofMillis(700)))).isEqualTo(Duration.ofMillis(700));
    assertThat(policy.delayBefore(1, Optional.of(Duration.ofSeconds(30))).toMillis()).isBetween(50L, 100L);
  }

  @Test
  void aVeryLateRetryDoesNotOverflow() {
    assertThat(policy.delayBefore(200, Optional.empty()).toMillis()).isBetween(500L, 1000L);
  }
}
