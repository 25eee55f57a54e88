package io.github.receiptbridge.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The transport settings a builder carries into {@link TransportConfig}, and the checks every build makes. */
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

  @Test
  void theSleeperIsTheSystemOneUnlessReplaced() {
    Sleeper recording = duration -> { };
    assertThat(new TestBuilder().transport().sleeper()).isSameAs(Sleeper.SYSTEM);
    assertThat(new TestBuilder().sleeper(recording).transport().sleeper()).isSameAs(recording);
  }

  @Test
  void namesEveryMissingSettingInOrder() {
    assertThatThrownBy(() -> ClientBuilder.requireSettings("TestClient",
        ClientBuilder.required("user (TEST_USER)", false),
        ClientBuilder.required("url (TEST_URL)", true),
        ClientBuilder.required("password (TEST_PASSWORD)", false)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("TestClient is missing user (TEST_USER), password (TEST_PASSWORD): set them on the builder or "
            + "as environment variables");
    assertThatCode(() -> ClientBuilder.requireSettings("TestClient",
        ClientBuilder.required("url (TEST_URL)", true))).doesNotThrowAnyException();
  }

  @Test
  void aUrlThatIsNotHttpIsRefusedByItsSettingName() {
    assertThatThrownBy(() -> new TestBuilder().checkedUrl("ftp://files", "TEST_URL", "the password", "TEST_ALLOW"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("TEST_URL is not an http(s) URL: ftp://files");
  }

  @Test
  void plainHttpToAnotherHostIsRefusedUnlessAllowed() {
    assertThatThrownBy(() -> new TestBuilder().checkedUrl("http://example.com/", "TEST_URL", "the password",
        "TEST_ALLOW"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the password would cross the network unencrypted")
        .hasMessageContaining("TEST_ALLOW=true");
    assertThat(new TestBuilder().allowInsecureHttp(true)
        .checkedUrl("http://example.com/", "TEST_URL", "the password", "TEST_ALLOW").host())
        .isEqualTo("example.com");
    assertThat(new TestBuilder().checkedUrl("https://example.com/a/", "TEST_URL", "the password", "TEST_ALLOW")
        .encodedPath()).isEqualTo("/a/");
  }
}
