package io.github.receiptbridge.common.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Plain http:// is refused to any host but the loopback one, unless allowed; https:// always passes. */
class InsecureHttpTest {
  private static final String SECRETS = "the 1C user's password";
  private static final String KEY = "ONEC_ALLOW_INSECURE_HTTP";

  private static void check(String url, boolean allowed) {
    InsecureHttp.check(HttpUrl.get(url), allowed, SECRETS, KEY);
  }

  @Test
  void refusesPlainHttpToAnotherHostSayingWhyAndHowToAllowIt() {
    assertThatThrownBy(() -> check("http://1c.example.ru/base/odata/standard.odata/", false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Refusing plain http:// to 1c.example.ru: the 1C user's password would cross the network "
            + "unencrypted. Use https://, or if this network is trusted, allow it explicitly with "
            + "allowInsecureHttp(true) (environment: ONEC_ALLOW_INSECURE_HTTP=true).");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://10.0.0.5/base", "http://192.168.1.10:8080/", "http://[2001:db8::1]/",
      "http://128.0.0.1/", "http://127.0.0.1.example.com/", "http://localhost.example.com/", "http://0.0.0.0/",
      "http://[::2]/", "http://my-localhost/"})
  void refusesHostsThatAreNotLiterallyLoopback(String url) {
    assertThatThrownBy(() -> check(url, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Refusing plain http:// to ");
  }

  @Test
  void namesAnIpv6HostInBrackets() {
    assertThatThrownBy(() -> check("http://[2001:db8::1]:8080/", false))
        .hasMessageStartingWith("Refusing plain http:// to [2001:db8::1]: ");
  }

  @Test
  void neverPutsThePathQueryOrUserInfoOfTheUrlInTheMessage() {
    assertThatThrownBy(() -> check("http://admin:secret@1c.example.ru/base?token=abc", false))
        .message().doesNotContain("secret").doesNotContain("token=abc").doesNotContain("admin");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://localhost/", "http://LOCALHOST:8080/base", "http://127.0.0.1:9/",
      "http://127.255.10.3/", "http://[::1]:8080/", "http://[0:0:0:0:0:0:0:1]/", "http://[::ffff:127.0.0.1]/"})
  void acceptsTheLoopbackHostOverPlainHttp(String url) {
    assertThatCode(() -> check(url, false)).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://1c.example.ru/base", "https://10.0.0.5/", "https://localhost/"})
  void acceptsHttpsToAnyHost(String url) {
    assertThatCode(() -> check(url, false)).doesNotThrowAnyException();
  }

  @Test
  void acceptsPlainHttpToAnotherHostWhenAllowedExplicitly() {
    assertThatCode(() -> check("http://1c.example.ru/base", true)).doesNotThrowAnyException();
  }

  @Test
  void decidesLoopbackFromTheLiteralHostOnly() {
    assertThat(InsecureHttp.isLoopback("localhost")).isTrue();
    assertThat(InsecureHttp.isLoopback("127.0.0.1")).isTrue();
    assertThat(InsecureHttp.isLoopback("::1")).isTrue();
    assertThat(InsecureHttp.isLoopback("[::1]")).isTrue();
    assertThat(InsecureHttp.isLoopback("127.0.0.256")).isFalse();
    assertThat(InsecureHttp.isLoopback("127.1")).isFalse();
    assertThat(InsecureHttp.isLoopback("localhost.")).isFalse();
  }
}
