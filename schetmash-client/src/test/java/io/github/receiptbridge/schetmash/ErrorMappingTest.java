package io.github.receiptbridge.schetmash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.receiptbridge.schetmash.errors.SchetmashInvalidCredentialsException;
import io.github.receiptbridge.schetmash.errors.SchetmashInvalidReceiptException;
import io.github.receiptbridge.schetmash.errors.SchetmashInvalidTokenException;
import io.github.receiptbridge.schetmash.errors.SchetmashNoActiveCashRegisterException;
import io.github.receiptbridge.schetmash.errors.SchetmashReceiptNotFoundException;
import io.github.receiptbridge.schetmash.errors.SchetmashOutcomeUnknownException;
import io.github.receiptbridge.schetmash.errors.SchetmashApiException;
import io.github.receiptbridge.schetmash.errors.SchetmashUnexpectedResponseException;
import io.github.receiptbridge.schetmash.errors.SchetmashUnknownOperationException;
import io.github.receiptbridge.schetmash.errors.SchetmashUnknownShopException;
import io.github.receiptbridge.schetmash.model.Operation;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One test per API code and HTTP status form of the contract: which exception, what it says, whether to retry. */
class ErrorMappingTest {
  private final SchetmashMockServer mock = new SchetmashMockServer();

  @AfterEach
  void stop() throws Exception {
    mock.close();
  }

  @Test
  void code1WithHttp400IsInvalidCredentials() {
    mock.json(400, "token-bad-credentials.json");
    try (SchetmashClient client = mock.clientBuilder().build()) {
      SchetmashInvalidCredentialsException e =
          catchThrowableOfType(SchetmashInvalidCredentialsException.class, () -> client.report(1));
      assertThat(e.httpStatus()).isEqualTo(400);
      assertThat(e.apiCode()).isEqualTo(1);
      assertThat(e.apiMessage()).isEqualTo("Неверный логин или пароль");
      assertThat(e.isRetrySafe()).isFalse();
      assertThat(e.getMessage()).contains("SCHETMASH_LOGIN");
    }
    assertThat(mock.server().getRequestCount()).as("a 400 is not retried").isEqualTo(1);
  }

  @Test
  void code9WithHttp400FromTheTokenRouteIsAnInvalidDataError() {
    mock.json(400, "token-bad-json.json");
    try (SchetmashClient client = mock.clientBuilder().build()) {
      SchetmashInvalidReceiptException e =
          catchThrowableOfType(SchetmashInvalidReceiptException.class, () -> client.report(1));
      assertThat(e.httpStatus()).isEqualTo(400);
      assertThat(e.apiMessage()).isEqualTo("Некорректные данные в чеке Decoding failed: Syntax error");
      assertThat(e.isDetectedLocally()).isFalse();
    }
  }

  static Stream<Arguments> businessErrorsWithHttp200() {
    return Stream.of(
        Arguments.of("error-5.json", SchetmashUnknownShopException.class, 5, "Некорректный магазин", false),
        Arguments.of("error-6.json", SchetmashUnknownOperationException.class, 6, "Некорректная операция", false),
        Arguments.of("error-7.json", SchetmashNoActiveCashRegisterException.class, 7, "Нет доступных ККТ", true),
        Arguments.of("error-8.json", SchetmashReceiptNotFoundException.class, 8, "Некорректный id чека", false),
        Arguments.of("error-9.json", SchetmashInvalidReceiptException.class, 9,
            "Некорректные данные в чеке, Пустой массив `payments`", false));
  }

  @ParameterizedTest
  @MethodSource("businessErrorsWithHttp200")
  void businessErrorsInHttp200BodiesAreTypedByCode(
      String fixture, Class<? extends SchetmashApiException> type, int code, String text, boolean retrySafe) {
    mock.token().json(200, fixture);
    try (SchetmashClient client = mock.clientBuilder().build()) {
      SchetmashApiException e = catchThrowableOfType(SchetmashApiException.class, () -> client.report(1));
      assertThat(e).isExactlyInstanceOf(type);
      assertThat(e.httpStatus()).isEqualTo(200);
      assertThat(e.apiCode()).isEqualTo(code);
      assertThat(e.apiMessage()).isEqualTo(text);
      assertThat(e.getMessage()).contains("code " + code).contains(text);
      assertThat(e.isRetrySafe()).isEqualTo(retrySafe);
    }
    assertThat(mock.server().getRequestCount()).as("business errors are not retried").isEqualTo(2);
  }

  @Test
  void aRejectedRegistrationIsAnInvalidReceiptNotAnUnknownOutcome() {
    mock.token().json(200, "error-9.json");
    try (SchetmashClient client = mock.clientBuilder().build()) {
      assertThatThrownBy(() -> client.register(Operation.SELL, Fixtures.utilityPayment("a")))
          .isInstanceOf(SchetmashInvalidReceiptException.class)
          .hasMessageContaining("Пустой массив `payments`");
    }
  }

  @Test
  void code4TwiceInARowIsInvalidTokenAfterOneRefresh() {
    mock.token().json(200, "error-4-old-token.json").token().json(200, "error-4-missing-token.json");
    try (SchetmashClient client = mock.clientBuilder().build()) {
      SchetmashInvalidTokenException e =
          catchThrowableOfType(SchetmashInvalidTokenException.class, () -> client.report(1));
      assertThat(e.apiMessage()).isEqualTo("Не валидный токен");
      assertThat(e.isRetrySafe()).isTrue();
    }
    assertThat(mock.server().getRequestCount()).isEqualTo(4);
  }

  @Test
  void anUnknownCodeKeepsCodeAndText() {
    mock.token();
    mock.server().enqueue(new MockResponse.Builder().body("{\"code\":77,\"message\":\"новое\"}").build());
    try (SchetmashClient client = mock.clientBuilder().build()) {
      SchetmashApiException e = catchThrowableOfType(SchetmashApiException.class, () -> client.report(1));
      assertThat(e).isExactlyInstanceOf(SchetmashApiException.class);
      assertThat(e.apiCode()).isEqualTo(77);
      assertThat(e.apiMessage()).isEqualTo("новое");
    }
  }

  @Test
  void html404IsAnUnexpectedResponseThatPointsAtTheBaseUrl() {
    mock.token().html(404, "html-404.html");
    try (SchetmashClient client = mock.clientBuilder().build()) {
      SchetmashUnexpectedResponseException e =
          catchThrowableOfType(SchetmashUnexpectedResponseException.class, () -> client.report(1));
      assertThat(e.httpStatus()).isEqualTo(404);
      assertThat(e.isRetrySafe()).isFalse();
      assertThat(e.getMessage()).contains("base URL").contains("404 Not Found");
      assertThat(e.bodySnippet()).startsWith("<!DOCTYPE html>");
    }
    assertThat(mock.server().getRequestCount()).isEqualTo(2);
  }

  @Test
  void emptyBodied405OnRegistrationIsNotAnUnknownOutcome() {
    mock.token();
    mock.server().enqueue(new MockResponse.Builder().code(405).setHeader("Allow", "POST").build());
    try (SchetmashClient client = mock.clientBuilder().build()) {
      SchetmashUnexpectedResponseException e = catchThrowableOfType(SchetmashUnexpectedResponseException.class,
          () -> client.register(Operation.SELL, Fixtures.utilityPayment("a")));
      assertThat(e.httpStatus()).isEqualTo(405);
      assertThat(e.getMessage()).contains("empty body");
    }
  }

  @Test
  void html500IsRetriedAndThenReportedAsRetrySafe() {
    mock.token().html(500, "html-500.html").html(500, "html-500.html").html(500, "html-500.html");
    try (SchetmashClient client = mock.clientBuilder().build()) {
      SchetmashUnexpectedResponseException e =
          catchThrowableOfType(SchetmashUnexpectedResponseException.class, () -> client.report(1));
      assertThat(e.httpStatus()).isEqualTo(500);
      assertThat(e.isRetrySafe()).isTrue();
    }
    assertThat(mock.server().getRequestCount()).as("token + 1 try + 2 retries").isEqualTo(4);
  }

  @Test
  void html500OnEveryRegistrationAttemptIsAnUnknownOutcome() {
    mock.token().html(500, "html-500.html").html(500, "html-500.html").html(500, "html-500.html");
    try (SchetmashClient client = mock.clientBuilder().build()) {
      SchetmashOutcomeUnknownException e = catchThrowableOfType(SchetmashOutcomeUnknownException.class,
          () -> client.register(Operation.SELL, Fixtures.utilityPayment("1c-doc-1")));
      assertThat(e.externalId()).isEqualTo("1c-doc-1");
      assertThat(e.isRetrySafe()).isTrue();
      assertThat(e.getCause()).isInstanceOf(SchetmashUnexpectedResponseException.class);
    }
  }

  @Test
  void aNonJsonSuccessAnswerIsUnexpected() {
    mock.token();
    mock.server().enqueue(new MockResponse.Builder().body("<html>maintenance</html>").build());
    try (SchetmashClient client = mock.clientBuilder().build()) {
      assertThatThrownBy(() -> client.report(1))
          .isInstanceOf(SchetmashUnexpectedResponseException.class)
          .hasMessageContaining("not JSON");
    }
  }

  @Test
  void aSuccessAnswerWithoutIdIsUnexpected() {
    mock.token();
    mock.server().enqueue(new MockResponse.Builder().body("{\"status\":\"accept\"}").build());
    try (SchetmashClient client = mock.clientBuilder().build()) {
      assertThatThrownBy(() -> client.report(1))
          .isInstanceOf(SchetmashUnexpectedResponseException.class)
          .hasMessageContaining("no id");
    }
  }
}
