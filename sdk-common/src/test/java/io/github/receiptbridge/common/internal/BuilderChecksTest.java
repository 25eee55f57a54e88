package io.github.receiptbridge.common.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The checks every client's build makes: required settings and the URL. */
class BuilderChecksTest {
  @Test
  void namesEveryMissingSettingInOrder() {
    assertThatThrownBy(() -> BuilderChecks.of("TestClient").required("user (TEST_USER)", false)
        .required("url (TEST_URL)", true).required("password (TEST_PASSWORD)", false).check())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("TestClient is missing user (TEST_USER), password (TEST_PASSWORD): set them on the builder or "
            + "as environment variables");
    assertThatCode(() -> BuilderChecks.of("TestClient").required("url (TEST_URL)", true).check()).doesNotThrowAnyException();
  }

  @Test
  void aUrlThatIsNotHttpIsRefusedByItsSettingName() {
    assertThatThrownBy(() -> BuilderChecks.checkedUrl("ftp://files", "TEST_URL", false, "the password", "TEST_ALLOW"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("TEST_URL is not an http(s) URL: ftp://files");
  }

  @Test
  void plainHttpToAnotherHostIsRefusedUnlessAllowed() {
    assertThatThrownBy(() -> BuilderChecks.checkedUrl("http://example.com/", "TEST_URL", false, "the password",
        "TEST_ALLOW"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the password would cross the network unencrypted")
        .hasMessageContaining("TEST_ALLOW=true");
    assertThat(BuilderChecks
        .checkedUrl("http://example.com/", "TEST_URL", true, "the password", "TEST_ALLOW").host())
        .isEqualTo("example.com");
    assertThat(BuilderChecks.checkedUrl("https://example.com/a/", "TEST_URL", false, "the password", "TEST_ALLOW")
        .encodedPath()).isEqualTo("/a/");
  }
}
