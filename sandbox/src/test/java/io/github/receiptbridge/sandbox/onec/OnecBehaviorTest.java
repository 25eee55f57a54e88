package io.github.receiptbridge.sandbox.onec;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.sandbox.BankReceiptSeed;
import io.github.receiptbridge.sandbox.OnecSandbox;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fault injection through {@code OnecBehavior}. */
class OnecBehaviorTest {
  private static final String REGISTER = "InformationRegister_ДополнительныеСведения";

  private OnecSandbox sandbox;
  private OnecHttp http;
  private String body;

  @BeforeEach
  void start() {
    sandbox = OnecSandbox.start();
    http = new OnecHttp(sandbox);
    UUID org = sandbox.data().addOrganization("УК", "7701234567", "770101001");
    UUID document = sandbox.data().addBankReceipt(BankReceiptSeed.builder().organization(org).build());
    body = "{\"Объект\":\"" + document + "\",\"Объект_Type\":\"StandardODATA.Document_ПоступлениеНаРасчетныйСчет\","
        + "\"Свойство_Key\":\"" + sandbox.data().propertyKey("СчетМаш_СтатусЧека").orElseThrow() + "\","
        + "\"Значение\":\"accept\",\"Значение_Type\":\"Edm.String\"}";
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void failedWritesAnswer500CodeMinus1AndChangeNothingWhileReadsPass() {
    sandbox.behavior().failNextWrites(2);

    OnecHttp.Answer first = http.post(REGISTER + "?$format=json", body);
    OnecHttp.Answer read = http.get(REGISTER + "?$format=json");
    OnecHttp.Answer second = http.post(REGISTER + "?$format=json", body);
    OnecHttp.Answer third = http.post(REGISTER + "?$format=json", body);

    assertThat(first.status()).isEqualTo(500);
    assertThat(first.body()).isEqualTo(OnecHttp.error("-1", "Ошибка при записи (имитация сбоя)"));
    assertThat(read.status()).isEqualTo(200);
    assertThat(second.status()).isEqualTo(500);
    assertThat(third.status()).isEqualTo(200);
    assertThat(sandbox.data().additionalInfoCount()).isEqualTo(1);
  }

  @Test
  void unauthenticatedWritesDoNotConsumeFailures() {
    sandbox.behavior().failNextWrites(1);

    assertThat(http.send("POST", REGISTER + "?$format=json", body, "Администратор", "x").status()).isEqualTo(401);
    assertThat(http.post(REGISTER + "?$format=json", body).status()).isEqualTo(500);
  }

  @Test
  void anHtml500RateOfOneAnswersEveryRequestWithTheErrorPage() {
    sandbox.behavior().html500Rate(1.0);

    OnecHttp.Answer answer = http.post(REGISTER + "?$format=json", body);

    assertThat(answer.status()).isEqualTo(500);
    assertThat(answer.contentType()).startsWith("text/html");
    assertThat(answer.body()).contains("1C:Enterprise 8 application error");
    assertThat(sandbox.data().additionalInfoCount()).isZero();

    sandbox.behavior().reset();
    assertThat(http.post(REGISTER + "?$format=json", body).status()).isEqualTo(200);
  }

  @Test
  void aLoginPageComesWithStatus200() {
    sandbox.behavior().loginPageNext(1);

    OnecHttp.Answer answer = http.get("Catalog_Организации?$format=json");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).contains("<form");
    assertThat(http.get("Catalog_Организации?$format=json").body()).contains("\"value\"");
  }
}
