package io.github.receiptbridge.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The transport settings a builder carries into {@link TransportConfig}, and the checks every build makes. */
class ClientBuilderTest {
  private static final class TestBuilder extends ClientBuilder<TestBuilder> {
    private final TransportConfig.Builder transport;

    TestBuilder() {
      this(TransportConfig.builder().connectTimeout(Duration.ofSeconds(1)).readTimeout(Duration.ofSeconds(2))
          .writeTimeout(Duration.ofSeconds(2)).callTimeout(Duration.ofSeconds(3))
          .retryInitialDelay(Duration.ofMillis(10)).retryMaxDelay(Duration.ofMillis(20)));
    }

    private TestBuilder(TransportConfig.Builder transport) {
      super(transport);
      this.transport = transport;
    }

    TransportConfig transport() {
      return transport.build();
    }
  }

  @Test
  void plainHttpToAnotherHostIsNotAllowedByDefault() {
    assertThat(new TestBuilder().transport().allowInsecureHttp()).isFalse();
  }

  @Test
  void allowInsecureHttpIsCarriedIntoTheTransportSettings() {
    assertThat(new TestBuilder().allowInsecureHttp(true).transport().allowInsecureHttp()).isTrue();
    assertThat(new TestBuilder().allowInsecureHttp(true).allowInsecureHttp(false).transport().allowInsecureHttp())
        .isFalse();
  }

  @Test
  void theSleeperIsTheSystemOneUnlessReplaced() {
    Sleeper recording = duration -> { };
    assertThat(new TestBuilder().transport().sleeper()).isSameAs(Sleeper.SYSTEM);
    assertThat(new TestBuilder().sleeper(recording).transport().sleeper()).isSameAs(recording);
  }

  @Test
  void everySetterReachesTheTransportSettingsAndTheDefaultsStayOtherwise() {
    TransportConfig defaults = new TestBuilder().transport();
    assertThat(defaults.maxRetries()).isEqualTo(2);
    assertThat(defaults.httpLogging()).isFalse();
    assertThat(defaults.readTimeout()).isEqualTo(Duration.ofSeconds(2));

    TransportConfig set = new TestBuilder().connectTimeout(Duration.ofSeconds(7)).readTimeout(Duration.ofSeconds(8))
        .writeTimeout(Duration.ofSeconds(9)).callTimeout(Duration.ofSeconds(10)).maxRetries(0)
        .retryBackoff(Duration.ofSeconds(1), Duration.ofSeconds(4)).httpLogging(true).transport();
    assertThat(set.connectTimeout()).isEqualTo(Duration.ofSeconds(7));
    assertThat(set.readTimeout()).isEqualTo(Duration.ofSeconds(8));
    assertThat(set.writeTimeout()).isEqualTo(Duration.ofSeconds(9));
    assertThat(set.callTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(set.maxRetries()).isZero();
    assertThat(set.retryInitialDelay()).isEqualTo(Duration.ofSeconds(1));
    assertThat(set.retryMaxDelay()).isEqualTo(Duration.ofSeconds(4));
    assertThat(set.httpLogging()).isTrue();
  }

  @Test
  void aNegativeRetryCountIsRefusedWhenBuilt() {
    assertThatThrownBy(() -> new TestBuilder().maxRetries(-1).transport())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("maxRetries must be 0 or more, was -1");
  }
}
