package io.github.receiptbridge.sandbox;

import static io.github.receiptbridge.sandbox.Wire.codeAndMessage;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Codes 4–7: the checks every register and report request passes first, all HTTP 200. */
class RequestChecksTest {
  private static final String RECEIPT = SandboxHttp.sellReceipt("1");

  private SchetmashSandbox sandbox;
  private SandboxHttp http;
  private String token;

  @BeforeEach
  void start() {
    sandbox = SchetmashSandbox.builder().shop(1, CashRegister.ACTIVE).shop(2, CashRegister.NONE).start();
    http = new SandboxHttp(sandbox);
    token = http.token();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void missingTokenIsCode4NotValidToken() {
    for (String path : new String[] {"1/sell", "1/sell?token=", "1/sell?token=0", "1/report/1", "1/report"}) {
      SandboxHttp.Answer answer = path.contains("report") ? http.get(path) : http.post(path, RECEIPT);

      assertThat(answer.status()).as(path).isEqualTo(200);
      assertThat(answer.contentType()).isEqualTo("application/json");
      assertThat(answer.body()).as(path).isEqualTo(codeAndMessage(4, "Не валидный токен"));
    }
  }

  @Test
  void unknownTokenIsCode4WithTheOldTokenText() {
    SandboxHttp.Answer answer = http.post("1/sell?token=123456789", RECEIPT);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo(
        "{\"code\":4,\"message\":\"\\u0418\\u0441\\u043f\\u043e\\u043b\\u044c\\u0437\\u0443\\u0435\\u0442"
            + "\\u0441\\u044f \\u0441\\u0442\\u0430\\u0440\\u044b\\u0439 \\u0442\\u043e\\u043a\\u0435\\u043d\"}");
  }

  @Test
  void unknownShopIsCode5OnRegisterAndReport() {
    assertThat(http.post("3/sell?token=" + token, RECEIPT).body()).isEqualTo(codeAndMessage(5, "Некорректный магазин"));
    assertThat(http.get("3/report/1?token=" + token).body()).isEqualTo(codeAndMessage(5, "Некорректный магазин"));
    assertThat(http.get("99999999999999999999/report?token=" + token).body())
        .isEqualTo(codeAndMessage(5, "Некорректный магазин"));
  }

  @Test
  void unknownOrMiscasedOperationIsCode6() {
    for (String operation : new String[] {"aaaaa", "Sell", "SELL", "report", "sell_correction2"}) {
      assertThat(http.post("1/" + operation + "?token=" + token, RECEIPT).body()).as(operation)
          .isEqualTo(codeAndMessage(6, "Некорректная операция"));
    }
  }

  @Test
  void shopWithoutActiveCashRegisterIsCode7OnRegisterAndReport() {
    assertThat(http.post("2/sell?token=" + token, RECEIPT).body()).isEqualTo(codeAndMessage(7, "Нет доступных ККТ"));
    assertThat(http.get("2/report/1?token=" + token).body()).isEqualTo(codeAndMessage(7, "Нет доступных ККТ"));
  }

  @Test
  void disablingTheCashRegisterHidesExistingReceiptsBehindCode7() {
    assertThat(http.post("1/sell?token=" + token, RECEIPT).body()).isEqualTo("{\"id\":1,\"status\":\"accept\"}");

    sandbox.setShop(1, CashRegister.NONE);

    assertThat(http.get("1/report/1?token=" + token).body()).isEqualTo(codeAndMessage(7, "Нет доступных ККТ"));
  }

  @Test
  void checksRunInOrderTokenShopOperationCashRegister() {
    assertThat(http.post("3/aaaaa?token=bad", RECEIPT).body()).isEqualTo(codeAndMessage(4, "Используется старый токен"));
    assertThat(http.post("3/aaaaa?token=" + token, RECEIPT).body()).isEqualTo(codeAndMessage(5, "Некорректный магазин"));
    assertThat(http.post("2/aaaaa?token=" + token, RECEIPT).body()).isEqualTo(codeAndMessage(6, "Некорректная операция"));
    assertThat(http.post("2/sell?token=" + token, "not json").body()).isEqualTo(codeAndMessage(7, "Нет доступных ККТ"));
  }

  @Test
  void anyValidTokenMayAddressAnyExistingShop() {
    sandbox.setShop(77, CashRegister.ACTIVE);

    assertThat(http.post("77/sell?token=" + token, RECEIPT).body()).isEqualTo("{\"id\":1,\"status\":\"accept\"}");
  }

  @Test
  void lastTokenParameterWinsAndArraysCrash() {
    assertThat(http.post("1/sell?token=bad&token=" + token, RECEIPT).body())
        .isEqualTo("{\"id\":1,\"status\":\"accept\"}");
    assertThat(http.post("1/sell?token[]=" + token, RECEIPT).status()).isEqualTo(500);
  }
}
