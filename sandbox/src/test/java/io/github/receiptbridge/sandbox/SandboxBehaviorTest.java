package io.github.receiptbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The knobs both behaviours inherit from {@link SandboxBehavior}, written once. */
class SandboxBehaviorTest {
  @Test
  void pendingFaultsCountEveryCountedKnobOfEachSimulatorAndResetClearsThemAll() {
    try (SchetmashSandbox schetmash = SchetmashSandbox.start(); OnecSandbox onec = OnecSandbox.start()) {
      SchetmashBehavior schetmashBehavior = schetmash.behavior().malformedJsonNext(1).failNextRequestsWith500(2)
          .dropNextRegistrationsAfterCommit(3).latency(Duration.ofMillis(1)).html500Rate(0.5)
          .dropAfterCommitRate(0.5).nextOutcomes(SchetmashOutcome.TERMINAL_ERROR);
      OnecBehavior onecBehavior = onec.behavior().malformedJsonNext(1).failNextWrites(2).loginPageNext(3)
          .atomNext(4).seed(7);

      assertThat(schetmashBehavior.pendingFaults()).isEqualTo(6);
      assertThat(onecBehavior.pendingFaults()).isEqualTo(10);

      assertThat(schetmashBehavior.reset().pendingFaults()).isZero();
      assertThat(onecBehavior.reset().pendingFaults()).isZero();
    }
  }

  @Test
  void sharedKnobsRefuseBadValuesTheSameWayOnBothSimulators() {
    try (SchetmashSandbox schetmash = SchetmashSandbox.start(); OnecSandbox onec = OnecSandbox.start()) {
      for (SandboxBehavior<?> behavior : new SandboxBehavior<?>[] {schetmash.behavior(), onec.behavior()}) {
        assertThatThrownBy(() -> behavior.html500Rate(1.5)).hasMessageContaining("[0, 1]");
        assertThatThrownBy(() -> behavior.latency(Duration.ofMillis(-1))).hasMessageContaining("negative");
        assertThatThrownBy(() -> behavior.malformedJsonNext(-1)).hasMessageContaining("negative");
      }
    }
  }
}
