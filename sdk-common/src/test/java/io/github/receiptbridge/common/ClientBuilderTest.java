package io.github.receiptbridge.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The transport settings a builder carries into {@link TransportConfig}. */
class ClientBuilderTest {
  private static final class TestBuilder extends ClientBuilder<TestBuilder> {
    TestBuilder() {
      super(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofMillis(10),
          Duration.ofMillis(20));
    }

    @Override
    protected TestBuilder self() {
      return this;
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
}
