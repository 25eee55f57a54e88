package io.github.receiptbridge.sandbox;

import static io.github.receiptbridge.sandbox.Wire.codeAndMessage;
import static io.github.receiptbridge.sandbox.Wire.escaped;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.receiptbridge.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TokenEndpointTest {
  private static final String BAD_CREDENTIALS =
      escaped("{\"message\":\"Неверный логин или пароль\",\"token\":null,\"code\":1}");
  private static final String CREDENTIALS = "{\"login\":\"test_api\",\"password\":\"123456\"}";

  private final MutableClock clock = new MutableClock(Instant.parse("2019-07-04T10:28:44.250Z"),
      ZoneId.of("Europe/Moscow"));
  private SchetmashSandbox sandbox;
  private SandboxHttp http;

  @BeforeEach
  void start() {
    sandbox = SchetmashSandbox.builder().clock(clock).start();
    http = new SandboxHttp(sandbox);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void emptyBodyIsHttp400Code9WithSpaceSeparatedDecoderMessage() {
    SandboxHttp.Answer answer = http.post("token", "");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).isEqualTo("application/json");
    assertThat(answer.body()).isEqualTo(escaped(
        "{\"message\":\"Некорректные данные в чеке Decoding failed: Syntax error\",\"token\":null,\"code\":9}"));
  }

  @Test
  void missingOrPhpEmptyCredentialsAreHttp400Code1() {
    for (String body : new String[] {"{}", "{\"password\":\"123456\"}", "{\"login\":\"test_api\"}",
        "{\"login\":\"0\",\"password\":\"123456\"}", "[]", "\"text\"", "null"}) {
      SandboxHttp.Answer answer = http.post("token", body);

      assertThat(answer.status()).as(body).isEqualTo(400);
      assertThat(answer.body()).as(body).isEqualTo(BAD_CREDENTIALS);
    }
  }

  @Test
  void wrongCredentialsAreHttp400Code1() {
    for (String body : new String[] {"{\"login\":\"test\",\"password\":\"test\"}",
        "{\"login\":\"test_api\",\"password\":\"123456 \"}",
        "{\"login\":\"TEST_API\",\"password\":\"123456\"}"}) {
      assertThat(http.post("token", body)).as(body).isEqualTo(
          new SandboxHttp.Answer(400, "application/json", null, BAD_CREDENTIALS));
    }
  }

  @Test
  void firstRequestIssuesA23CharacterTokenWithCode3AndNullMessage() {
    SandboxHttp.Answer answer = http.post("token", CREDENTIALS);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).matches("\\{\"message\":null,\"code\":3,\"token\":\"1562236124[0-9a-f]{13}\"}");
  }

  @Test
  void loginWithTrailingSpaceAndNumericPasswordAreAccepted() {
    SandboxHttp.Answer answer = http.post("token", "{\"login\":\"test_api \",\"password\":123456}");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).startsWith("{\"message\":null,\"code\":3,\"token\":");
  }

  @Test
  void secondRequestReturnsTheSameTokenWithCode2() {
    String first = http.token();

    SandboxHttp.Answer again = http.post("token", CREDENTIALS);

    assertThat(again.body()).isEqualTo("{\"message\":null,\"code\":2,\"token\":\"" + first + "\"}");
  }

  @Test
  void tokenWithMoreThanAnHourLeftIsNotRenewed() {
    String first = http.token();
    clock.advance(Duration.ofHours(22).plusMinutes(59));

    assertThat(http.post("token", CREDENTIALS).body())
        .isEqualTo("{\"message\":null,\"code\":2,\"token\":\"" + first + "\"}");
  }

  @Test
  void tokenInItsLastHourIsRenewedAndTheOldOneStopsWorkingAtOnce() {
    String first = http.token();
    clock.advance(Duration.ofHours(23).plusMinutes(1));

    SandboxHttp.Answer renewed = http.post("token", CREDENTIALS);

    assertThat(renewed.body()).startsWith("{\"message\":null,\"code\":3,\"token\":\"")
        .doesNotContain(first);
    assertThat(http.register(first, "sell", SandboxHttp.sellReceipt("1")).body())
        .isEqualTo(codeAndMessage(4, "Используется старый токен"));
    assertThat(http.register(http.token(), "sell", SandboxHttp.sellReceipt("1")).body())
        .isEqualTo("{\"id\":1,\"status\":\"accept\"}");
  }

  @Test
  void tokenIsValidUpToItsExpirySecondThenRejectedAndReplaced() {
    String first = http.token();
    clock.advance(Duration.ofHours(24).minusMillis(250));
    assertThat(http.register(first, "sell", SandboxHttp.sellReceipt("1")).body())
        .isEqualTo("{\"id\":1,\"status\":\"accept\"}");

    clock.advance(Duration.ofSeconds(1));

    assertThat(http.register(first, "sell", SandboxHttp.sellReceipt("2")).body())
        .isEqualTo(codeAndMessage(4, "Используется старый токен"));
    assertThat(http.post("token", CREDENTIALS).body()).contains("\"code\":3");
  }

  @Test
  void expireTokenMakesTheCurrentTokenStaleAndTheNextRequestIssuesANewOne() {
    String first = http.token();

    sandbox.expireToken();

    assertThat(http.report(first, 1).body()).isEqualTo(codeAndMessage(4, "Используется старый токен"));
    SandboxHttp.Answer next = http.post("token", CREDENTIALS);
    assertThat(next.body()).startsWith("{\"message\":null,\"code\":3,").doesNotContain(first);
  }

  @Test
  void rotateTokenInvalidatesTheOldTokenImmediately() {
    String first = http.token();

    String rotated = sandbox.rotateToken();

    assertThat(rotated).hasSize(23).isNotEqualTo(first);
    assertThat(http.register(first, "sell", SandboxHttp.sellReceipt("1")).body())
        .isEqualTo(codeAndMessage(4, "Используется старый токен"));
    assertThat(http.register(rotated, "sell", SandboxHttp.sellReceipt("1")).body())
        .isEqualTo("{\"id\":1,\"status\":\"accept\"}");
    assertThat(http.post("token", CREDENTIALS).body())
        .isEqualTo("{\"message\":null,\"code\":2,\"token\":\"" + rotated + "\"}");
  }

  @Test
  void issuedTokensListsEveryIssuedAndRotatedTokenInOrderButNotReusedOnes() {
    assertThat(sandbox.issuedTokens()).isEmpty();
    String first = http.token();
    String reused = http.token();
    sandbox.expireToken();
    String renewed = http.token();
    String rotated = sandbox.rotateToken();

    assertThat(reused).isEqualTo(first);
    assertThat(sandbox.issuedTokens()).containsExactly(first, renewed, rotated).doesNotHaveDuplicates();
  }

  @Test
  void issuedTokensIsASnapshot() {
    http.token();
    List<String> before = sandbox.issuedTokens();

    sandbox.rotateToken();

    assertThat(before).hasSize(1);
    assertThat(sandbox.issuedTokens()).hasSize(2);
    assertThatThrownBy(() -> before.add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void getOnTheTokenRouteIs405WithEmptyBodyAndAllowHeader() {
    SandboxHttp.Answer answer = http.get("token");

    assertThat(answer.status()).isEqualTo(405);
    assertThat(answer.allow()).isEqualTo("POST");
    assertThat(answer.body()).isEmpty();
  }

  @Test
  void arrayPasswordCrashesLikePhpWithAnHtml500Page() {
    SandboxHttp.Answer answer = http.post("token", "{\"login\":\"test_api\",\"password\":[\"123456\"]}");

    assertThat(answer.status()).isEqualTo(500);
    assertThat(answer.contentType()).startsWith("text/html");
  }
}
