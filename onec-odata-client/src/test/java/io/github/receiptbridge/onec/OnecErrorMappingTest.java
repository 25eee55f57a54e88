package io.github.receiptbridge.onec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.receiptbridge.onec.errors.OnecAccessDeniedException;
import io.github.receiptbridge.onec.errors.OnecApiException;
import io.github.receiptbridge.onec.errors.OnecAuthenticationException;
import io.github.receiptbridge.onec.errors.OnecBusinessException;
import io.github.receiptbridge.onec.errors.OnecDuplicateKeyException;
import io.github.receiptbridge.onec.errors.OnecEntitySetNotPublishedException;
import io.github.receiptbridge.onec.errors.OnecException;
import io.github.receiptbridge.onec.errors.OnecNotFoundException;
import io.github.receiptbridge.onec.errors.OnecQueryException;
import io.github.receiptbridge.onec.errors.OnecTransportException;
import io.github.receiptbridge.onec.errors.OnecUnexpectedResponseException;
import io.github.receiptbridge.onec.errors.OnecUnknownFieldException;
import io.github.receiptbridge.onec.model.AdditionalValue;
import java.util.UUID;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every error form of onec-odata.md §1.7 and Example C, mapped to a typed exception that keeps 1C's words. */
class OnecErrorMappingTest {
  private final OnecMockServer mock = new OnecMockServer();

  @AfterEach
  void stop() throws Exception {
    mock.close();
  }

  static Stream<Arguments> odataErrors() {
    return Stream.of(
        Arguments.of(404, "error-9.json", OnecNotFoundException.class, "9",
            "Экземпляр сущности не найден по переданному ключу."),
        Arguments.of(400, "error-14.json", OnecQueryException.class, "14",
            "Ошибка при разборе опции запроса $filter: <<?>>"),
        Arguments.of(400, "error-6.json", OnecUnknownFieldException.class, "6", "Сегмент пути ИННН не найден!"),
        Arguments.of(400, "error-15.json", OnecDuplicateKeyException.class, "15",
            "Запись с такими значениями ключевых полей уже существует."),
        Arguments.of(500, "error-minus-1.json", OnecBusinessException.class, "-1",
            "Не удалось провести \"Поступление на расчетный счет 0000-000113 от 05.03.2024\": Не заполнено поле "
                + "\"Контрагент\""),
        Arguments.of(401, "error-20.json", OnecAccessDeniedException.class, "20", "Нарушение прав доступа!"),
        Arguments.of(404, "error-404-unknown-set.json", OnecEntitySetNotPublishedException.class, "8",
            "Не найден тип сущности Catalog_Контрагенты"));
  }

  @ParameterizedTest
  @MethodSource("odataErrors")
  void mapsOdataErrorBodiesByCodeAndKeepsTheRussianMessage(
      int status, String fixture, Class<? extends OnecApiException> type, String code, String message) {
    mock.json(status, fixture);
    try (OnecClient client = mock.clientBuilder().maxRetries(0).build()) {
      OnecApiException e = catchThrowableOfType(OnecApiException.class, client::organizations);
      assertThat(e).isExactlyInstanceOf(type);
      assertThat(e.httpStatus()).isEqualTo(status);
      assertThat(e.odataCode()).contains(code);
      assertThat(e.odataMessage()).isEqualTo(message);
      assertThat(e.getMessage()).contains("GET /base/odata/standard.odata/Catalog_Организации?$format=json")
          .contains(message);
      assertThat(e.isRetrySafe()).isFalse();
    }
  }

  @Test
  void anUnpublishedEntitySetSaysHowToAddItToTheComposition() {
    mock.json(404, "error-404-unknown-set.json");
    try (OnecClient client = mock.clientBuilder().build()) {
      OnecEntitySetNotPublishedException e =
          catchThrowableOfType(OnecEntitySetNotPublishedException.class, client::organizations);
      assertThat(e.entitySet()).isEqualTo("Catalog_Организации");
      assertThat(e.getMessage()).contains("УстановитьСоставСтандартногоИнтерфейсаOData");
    }
  }

  @Test
  void theAtomXmlFormOfAnErrorIsMappedToo() {
    mock.xml(404, "error-9.xml");
    try (OnecClient client = mock.clientBuilder().build()) {
      OnecNotFoundException e = catchThrowableOfType(OnecNotFoundException.class, client::organizations);
      assertThat(e.odataMessage()).isEqualTo("Экземпляр сущности не найден.");
    }
  }

  @Test
  void http401WithoutBodyIsAnAuthenticationErrorNamingTheSettings() {
    mock.empty(401);
    try (OnecClient client = mock.clientBuilder().build()) {
      OnecAuthenticationException e = catchThrowableOfType(OnecAuthenticationException.class, client::organizations);
      assertThat(e.getMessage()).contains("ONEC_USER").contains("ONEC_PASSWORD").doesNotContain("пароль-123");
    }
    assertThat(mock.server().getRequestCount()).isEqualTo(1);
  }

  @Test
  void http401WithTheWebServersHtmlPageSaysWhatWasRefusedWithoutTheMarkup() {
    mock.html(401, "login-page.html");
    try (OnecClient client = mock.clientBuilder().build()) {
      OnecAuthenticationException e = catchThrowableOfType(OnecAuthenticationException.class, client::organizations);
      assertThat(e.getMessage()).contains("the user name or password was not accepted").contains("ONEC_PASSWORD")
          .doesNotContain("<");
    }
  }

  @Test
  void anHtml404SaysOdataIsNotPublishedAtThisUrl() {
    mock.html(404, "not-published.html");
    try (OnecClient client = mock.clientBuilder().build()) {
      OnecUnexpectedResponseException e =
          catchThrowableOfType(OnecUnexpectedResponseException.class, client::organizations);
      assertThat(e.getMessage()).contains("standardOdata enable").contains("ONEC_ODATA_URL");
    }
  }

  @Test
  void anHtmlPageWithStatus200IsNotTakenForData() {
    mock.html(200, "login-page.html").html(200, "login-page.html").html(200, "login-page.html");
    try (OnecClient client = mock.clientBuilder().build()) {
      OnecUnexpectedResponseException e =
          catchThrowableOfType(OnecUnexpectedResponseException.class, client::organizations);
      assertThat(e.getMessage()).contains("not 1C JSON").contains("login or publication page");
    }
    assertThat(mock.server().getRequestCount()).as("a read is repeated twice").isEqualTo(3);
  }

  @Test
  void atomXmlInsteadOfJsonIsReported() {
    mock.xml(200, "atom-feed.xml").xml(200, "atom-feed.xml").xml(200, "atom-feed.xml");
    try (OnecClient client = mock.clientBuilder().build()) {
      assertThat(catchThrowableOfType(OnecUnexpectedResponseException.class, client::organizations))
          .hasMessageContaining("$format=json");
    }
  }

  @Test
  void aReadWhoseAnswerIsNot1cJsonIsRepeatedAndTheNextAnswerUsed() {
    mock.xml(200, "atom-feed.xml").json(200, "organizations.json");
    try (OnecClient client = mock.clientBuilder().build()) {
      assertThat(client.organizations()).hasSize(1);
    }
    assertThat(mock.server().getRequestCount()).isEqualTo(2);
  }

  @Test
  void aCreateWhoseAnswerIsNot1cJsonIsNotRepeated() {
    mock.html(200, "login-page.html");
    try (OnecClient client = mock.clientBuilder().build()) {
      catchThrowableOfType(OnecUnexpectedResponseException.class, () -> client.upsertAdditionalInfo(
          "Document_ПоступлениеНаРасчетныйСчет", UUID.fromString("3f2a9c1e-5b7d-11ee-8c3a-0050569f1a01"),
          UUID.fromString("9d8c7b6a-0000-11ee-8c3a-0050569f1a01"), AdditionalValue.ofString("accept")));
    }
    assertThat(mock.take().getMethod()).isEqualTo("POST");
    assertThat(mock.server().getRequestCount()).isEqualTo(1);
  }

  @Test
  void anHtml500OnAReadIsRetried() {
    mock.html(500, "not-published.html").json(200, "organizations.json");
    try (OnecClient client = mock.clientBuilder().build()) {
      assertThat(client.organizations()).hasSize(1);
    }
    assertThat(mock.sleeps).hasSize(1);
  }

  @Test
  void aBusinessErrorIsNotRetried() {
    mock.json(500, "error-minus-1.json");
    try (OnecClient client = mock.clientBuilder().build()) {
      catchThrowableOfType(OnecBusinessException.class, client::organizations);
    }
    assertThat(mock.server().getRequestCount()).isEqualTo(1);
  }

  @Test
  void aDroppedConnectionOnAReadIsATransportErrorAfterTheRetries() {
    for (int i = 0; i < 3; i++) {
      mock.server().enqueue(
          new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    }
    try (OnecClient client = mock.clientBuilder().build()) {
      OnecException e = catchThrowableOfType(OnecTransportException.class, client::organizations);
      assertThat(e.isRetrySafe()).isTrue();
    }
    assertThat(mock.server().getRequestCount()).isEqualTo(3);
  }

  @Test
  void aCreateIsNotRepeatedBlindlyButSettledByReReading() {
    mock.server().enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    mock.json(200, "additional-info-record.json");
    try (OnecClient client = mock.clientBuilder().build()) {
      client.upsertAdditionalInfo("Document_ПоступлениеНаРасчетныйСчет",
          UUID.fromString("3f2a9c1e-5b7d-11ee-8c3a-0050569f1a01"),
          UUID.fromString("9d8c7b6a-0000-11ee-8c3a-0050569f1a01"),
          AdditionalValue.ofNumber(new java.math.BigDecimal(1234)));
    }
    assertThat(mock.take().getMethod()).isEqualTo("POST");
    assertThat(mock.take().getMethod()).as("the lost POST is settled by a read").isEqualTo("GET");
    assertThat(mock.server().getRequestCount()).as("the read found the value: nothing is written twice").isEqualTo(2);
  }

  @Test
  void aWriteThat1cStoredDifferentlyFailsVerification() {
    mock.json(400, "error-15.json").json(200, "additional-info-record.json");
    try (OnecClient client = mock.clientBuilder().build()) {
      assertThat(catchThrowableOfType(
          io.github.receiptbridge.onec.errors.OnecWriteVerificationException.class,
          () -> client.upsertAdditionalInfo("Document_ПоступлениеНаРасчетныйСчет",
              UUID.fromString("3f2a9c1e-5b7d-11ee-8c3a-0050569f1a01"),
              UUID.fromString("9d8c7b6a-0000-11ee-8c3a-0050569f1a01"),
              AdditionalValue.ofNumber(new java.math.BigDecimal(99)))))
          .hasMessageContaining("«1234 Edm.Double» instead of «99 Edm.Double»");
    }
  }
}
