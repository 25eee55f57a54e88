package io.github.receiptbridge.sandbox;

import static io.github.receiptbridge.sandbox.Wire.codeAndMessage;
import static io.github.receiptbridge.sandbox.Wire.invalidData;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The server's RegisterCheckActionCest (§18.12), step by step, with shop 1 seeded with an active KKT. */
class RegisterCheckFunctionalCasesTest {
  private SchetmashSandbox sandbox;
  private SandboxHttp http;
  private String token;

  @BeforeEach
  void start() {
    sandbox = SchetmashSandbox.builder().shop(1, CashRegister.ACTIVE).start();
    http = new SandboxHttp(sandbox);
    token = http.token();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void getOnTheRegisterRouteIs405() {
    assertThat(http.get("1/sell").status()).isEqualTo(405);
  }

  @Test
  void postWithoutTokenIsCode4NotValidToken() {
    assertThat(http.post("1/sell", SandboxHttp.sellReceipt("1")).body())
        .isEqualTo(codeAndMessage(4, "Не валидный токен"));
  }

  @Test
  void postWithUnknownTokenIsCode4OldToken() {
    assertThat(http.post("1/sell?token=123456789", SandboxHttp.sellReceipt("1")).body())
        .isEqualTo(codeAndMessage(4, "Используется старый токен"));
  }

  @Test
  void postToMissingShop2IsCode5() {
    assertThat(http.post("2/sell?token=" + token, SandboxHttp.sellReceipt("1")).body())
        .isEqualTo(codeAndMessage(5, "Некорректный магазин"));
  }

  @Test
  void postToUnknownOperationIsCode6() {
    assertThat(http.post("1/aaaaa?token=" + token, SandboxHttp.sellReceipt("1")).body())
        .isEqualTo(codeAndMessage(6, "Некорректная операция"));
  }

  @Test
  void postToShop2WithoutKktIsCode7() {
    sandbox.setShop(2, CashRegister.NONE);

    assertThat(http.post("2/sell?token=" + token, SandboxHttp.sellReceipt("1")).body())
        .isEqualTo(codeAndMessage(7, "Нет доступных ККТ"));
  }

  @Test
  void emptyBodyIsCode9SyntaxError() {
    assertThat(http.post("1/sell?token=" + token, "").body())
        .isEqualTo(invalidData("Decoding failed: Syntax error"));
  }

  @Test
  void emptyArrayBodyIsCode9NotCorrectJson() {
    assertThat(http.post("1/sell?token=" + token, "[]").body()).isEqualTo(invalidData("не корректный json"));
  }

  @Test
  void validReceiptIsAcceptedAndARepeatKeepsExactlyOneRow() {
    assertThat(http.post("1/sell?token=" + token, SandboxHttp.sellReceipt("1")).body())
        .isEqualTo("{\"id\":1,\"status\":\"accept\"}");
    assertThat(sandbox.receipts()).hasSize(1);

    assertThat(http.post("1/sell?token=" + token, SandboxHttp.sellReceipt("1")).body())
        .isEqualTo("{\"id\":1,\"status\":\"accept\"}");
    assertThat(sandbox.receipts()).hasSize(1);
  }
}
