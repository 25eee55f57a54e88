package io.github.receiptbridge.schetmash;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.schetmash.model.Correction;
import io.github.receiptbridge.schetmash.model.CorrectionCheck;
import io.github.receiptbridge.schetmash.model.CorrectionInfo;
import io.github.receiptbridge.schetmash.model.CorrectionRequest;
import io.github.receiptbridge.schetmash.model.CorrectionType;
import io.github.receiptbridge.schetmash.model.CorrectionVat;
import io.github.receiptbridge.schetmash.model.Operation;
import io.github.receiptbridge.schetmash.model.Payment;
import io.github.receiptbridge.schetmash.model.PaymentType;
import io.github.receiptbridge.schetmash.model.ReceiptPayload;
import io.github.receiptbridge.schetmash.model.ReceiptReport;
import io.github.receiptbridge.schetmash.model.ReceiptStatus;
import io.github.receiptbridge.schetmash.model.RegistrationResult;
import io.github.receiptbridge.schetmash.model.Tax;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The exact requests the client sends and how it reads every success shape of the contract. */
class SchetmashClientProtocolTest {
  private final SchetmashMockServer mock = new SchetmashMockServer();

  @AfterEach
  void stop() throws Exception {
    mock.close();
  }

  @Test
  void registersASellReceiptWithTheExactWireRequest() {
    mock.token().json(200, "register-accept.json");
    try (SchetmashClient client = mock.clientBuilder().build()) {
      RegistrationResult result = client.register(Operation.SELL, Fixtures.utilityPayment("1c-6f1b0a4e"));

      assertThat(result.id()).isEqualTo(1234);
      assertThat(result.status()).isEqualTo(ReceiptStatus.ACCEPT);
    }
    RecordedRequest token = mock.take();
    assertThat(token.getMethod()).isEqualTo("POST");
    assertThat(token.getTarget()).isEqualTo("/lk/api/v1/token");
    assertThat(token.getBody().utf8()).isEqualTo("{\"login\":\"test_api\",\"password\":\"123456\"}");

    RecordedRequest register = mock.take();
    assertThat(register.getMethod()).isEqualTo("POST");
    assertThat(register.getTarget()).isEqualTo("/lk/api/v1/42/sell?token=" + Fixtures.TOKEN);
    assertThat(register.getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(register.getBody().string(StandardCharsets.UTF_8)).isEqualTo("{"
        + "\"external_id\":\"1c-6f1b0a4e\","
        + "\"timestamp\":\"02.11.2026 10:15:00\","
        + "\"receipt\":{"
        + "\"attributes\":{\"email\":\"resident@example.ru\"},"
        + "\"items\":[{\"name\":\"Оплата жилищно-коммунальных услуг\",\"price\":1520.40,\"quantity\":1,"
        + "\"sum\":1520.40,\"tax\":\"none\",\"type\":4,\"mode\":4}],"
        + "\"total\":1520.40,"
        + "\"payments\":[{\"type\":1,\"sum\":1520.40}]}}");
  }

  @Test
  void reusesTheTokenForLaterCalls() {
    mock.token().json(200, "register-accept.json").json(200, "report-accept.json");
    try (SchetmashClient client = mock.clientBuilder().build()) {
      client.register(Operation.SELL, Fixtures.utilityPayment("a"));
      client.report(1234);
    }
    assertThat(mock.server().getRequestCount()).isEqualTo(3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"token-new.json", "token-existing.json"})
  void acceptsBothTokenSuccessCodes(String fixture) {
    mock.json(200, fixture).json(200, "report-processing.json");
    try (SchetmashClient client = mock.clientBuilder().build()) {
      assertThat(client.report(1234).status()).isEqualTo(ReceiptStatus.PROCESSING);
    }
    mock.take();
    assertThat(mock.take().getUrl().queryParameter("token")).isEqualTo(Fixtures.TOKEN);
  }

  @Test
  void stampsARequestWithoutTimestampWithTheClientClock() {
    mock.token().json(200, "register-accept.json");
    Clock clock = Clock.fixed(Instant.parse("2026-11-27T07:05:09Z"), ZoneId.of("Europe/Moscow"));
    try (SchetmashClient client = mock.clientBuilder().clock(clock).build()) {
      client.register(Operation.SELL_REFUND,
          Fixtures.utilityPayment("1c-x-sell_refund").withTimestamp(java.util.Optional.empty()));
    }
    mock.take();
    RecordedRequest register = mock.take();
    assertThat(register.getTarget()).startsWith("/lk/api/v1/42/sell_refund?");
    assertThat(register.getBody().utf8()).contains("\"timestamp\":\"27.11.2026 10:05:09\"");
  }

  @Test
  void writesMoneyInPlainNotationNeverExponent() {
    mock.token().json(200, "register-accept.json");
    BigDecimal hundred = new BigDecimal("1E+2");
    try (SchetmashClient client = mock.clientBuilder().build()) {
      client.register(Operation.SELL, Fixtures.utilityPayment("a").withReceipt(
          Fixtures.utilityPayment("a").receipt().withTotal(hundred)
              .withPayments(Payment.of(PaymentType.ELECTRONIC, hundred))));
    }
    mock.take();
    String body = mock.take().getBody().utf8();
    assertThat(body).contains("\"total\":100,").contains("{\"type\":1,\"sum\":100}").doesNotContain("E+");
  }

  @Test
  void registersACorrectionWithListsOfPaymentsAndVats() {
    mock.token().json(200, "register-accept.json");
    CorrectionRequest request = CorrectionRequest.builder()
        .externalId("1c-abc-sell_correction")
        .timestamp(LocalDateTime.of(2026, 11, 2, 10, 15, 0))
        .correction(Correction.builder()
            .check(CorrectionCheck.builder().inn("7701234567").paymentAddress("https://uk.example.ru").build())
            .info(CorrectionInfo.builder().type(CorrectionType.BY_ORDER).date(LocalDate.of(2026, 10, 30))
                .number("ПС10111").description("Неотбитый чек").build())
            .addPayments(Payment.of(PaymentType.ELECTRONIC, new BigDecimal("100.00")))
            .addVats(CorrectionVat.builder().type(Tax.NONE).sum(new BigDecimal("100.00")).build())
            .build())
        .build();
    try (SchetmashClient client = mock.clientBuilder().build()) {
      assertThat(client.registerCorrection(Operation.SELL_CORRECTION, request).id()).isEqualTo(1234);
    }
    mock.take();
    RecordedRequest register = mock.take();
    assertThat(register.getTarget()).startsWith("/lk/api/v1/42/sell_correction?token=");
    assertThat(register.getBody().utf8()).isEqualTo("{"
        + "\"external_id\":\"1c-abc-sell_correction\",\"timestamp\":\"02.11.2026 10:15:00\","
        + "\"correction\":{\"check\":{\"inn\":\"7701234567\",\"payment_address\":\"https://uk.example.ru\"},"
        + "\"info\":{\"type\":1,\"date\":\"30.10.2026\",\"number\":\"ПС10111\",\"description\":\"Неотбитый чек\"},"
        + "\"payments\":[{\"type\":1,\"sum\":100.00}],\"vats\":[{\"type\":\"none\",\"sum\":100.00}]}}");
  }

  @Test
  void asksForAReportByIdWithTheExactPath() {
    mock.token().json(200, "report-accept.json");
    try (SchetmashClient client = mock.clientBuilder().build()) {
      ReceiptReport report = client.report(1234);
      assertThat(report.id()).isEqualTo(1234);
      assertThat(report.status()).isEqualTo(ReceiptStatus.ACCEPT);
      assertThat(report.payload()).isEmpty();
      assertThat(report.error()).isEmpty();
      assertThat(report.timestamp()).isEmpty();
    }
    mock.take();
    RecordedRequest report = mock.take();
    assertThat(report.getMethod()).isEqualTo("GET");
    assertThat(report.getTarget()).isEqualTo("/lk/api/v1/42/report/1234?token=" + Fixtures.TOKEN);
  }

  @Test
  void asksForAReportByExternalIdWithItEncodedInTheQuery() {
    mock.token().json(200, "report-processing.json");
    try (SchetmashClient client = mock.clientBuilder().build()) {
      assertThat(client.reportByExternalId("1c-a&b c").status()).isEqualTo(ReceiptStatus.PROCESSING);
    }
    mock.take();
    RecordedRequest report = mock.take();
    assertThat(report.getTarget())
        .isEqualTo("/lk/api/v1/42/report?token=" + Fixtures.TOKEN + "&external_id=1c-a%26b%20c");
    assertThat(report.getUrl().queryParameter("external_id")).isEqualTo("1c-a&b c");
  }

  @ParameterizedTest
  @ValueSource(strings = {"report-success-strings.json", "report-success-numbers.json"})
  void readsASuccessReportWhetherNumbersComeAsNumbersOrStrings(String fixture) {
    mock.token().json(200, fixture);
    ReceiptReport report;
    try (SchetmashClient client = mock.clientBuilder().build()) {
      report = client.report(1234);
    }
    assertThat(report.status()).isEqualTo(ReceiptStatus.SUCCESS);
    assertThat(report.timestamp()).contains(LocalDateTime.of(2019, 7, 4, 13, 30, 2));
    ReceiptPayload payload = report.payload().orElseThrow();
    assertThat(payload.total()).isEqualByComparingTo("249");
    assertThat(payload.fnsSite()).isEqualTo("www.nalog.ru");
    assertThat(payload.fnNumber()).isEqualTo("9252440300117773");
    assertThat(payload.shiftNumber()).isEqualTo(48);
    assertThat(payload.receiptDatetime()).isEqualTo(LocalDateTime.of(2019, 7, 4, 13, 28, 44));
    assertThat(payload.fiscalReceiptNumber()).isEqualTo(762);
    assertThat(payload.fiscalDocumentNumber()).isEqualTo(45211);
    assertThat(payload.ecrRegistrationNumber()).isEqualTo("0003149768014213");
    assertThat(payload.fiscalDocumentAttribute()).isEqualTo(3906843070L);
  }

  @Test
  void keepsTheQrStringAndTreatsNullQrAsAbsent() {
    mock.token().json(200, "report-success-strings.json").json(200, "report-success-numbers.json");
    try (SchetmashClient client = mock.clientBuilder().build()) {
      assertThat(client.report(1234).payload().orElseThrow().qr())
          .contains("t=20190704T132800&s=249.00&fn=9252440300117773&i=45211&fp=3906843070&n=1");
      assertThat(client.report(1234).payload().orElseThrow().qr()).isEmpty();
    }
  }

  @Test
  void readsThe2018ReceiptDateFormWithItsOffset() {
    mock.token().json(200, "report-success-legacy.json");
    try (SchetmashClient client = mock.clientBuilder().build()) {
      ReceiptPayload payload = client.report(1234).payload().orElseThrow();
      assertThat(payload.receiptDatetime()).isEqualTo(LocalDateTime.of(2018, 8, 22, 11, 54, 10));
      assertThat(payload.qr()).isEmpty();
    }
  }

  @Test
  void readsAnErrorReportWithTheServiceText() {
    mock.token().json(200, "report-error.json");
    try (SchetmashClient client = mock.clientBuilder().build()) {
      ReceiptReport report = client.report(1234);
      assertThat(report.status()).isEqualTo(ReceiptStatus.ERROR);
      assertThat(report.status().isFinal()).isFalse();
      assertThat(report.payload()).isEmpty();
      assertThat(report.error().orElseThrow().code()).isEqualTo(9);
      assertThat(report.error().orElseThrow().message()).isEqualTo("Сумма платежей меньше суммы чека");
    }
  }

  @Test
  void keepsAStatusItDoesNotKnowAsUnknownWithTheRawString() {
    mock.token().json(200, "report-unknown-status.json");
    try (SchetmashClient client = mock.clientBuilder().build()) {
      ReceiptReport report = client.report(1234);
      assertThat(report.status()).isEqualTo(ReceiptStatus.UNKNOWN);
      assertThat(report.rawStatus()).isEqualTo("queued");
    }
  }
}
