package io.github.receiptbridge.sandbox.internal.schetmash.model;

/** The server's answer codes and their table texts ({@code ApiV1\Action\Code}), byte for byte. */
public enum ApiCode {
  /** Empty or wrong credentials on {@code POST token} (HTTP 400). */
  INCORRECT_LOGIN(1, "Неверный логин или пароль"),
  /** Token request answered with the token already issued. */
  USE_OLD_TOKEN(2, "Используется старый токен"),
  /** Token request answered with a freshly generated token. */
  USE_NEW_TOKEN(3, "Сгенерирован новый токен"),
  /** Missing, unknown, replaced or expired token on register/report. */
  INCORRECT_TOKEN(4, "Не валидный токен"),
  /** No shop with the id from the path. */
  INCORRECT_SHOP(5, "Некорректный магазин"),
  /** Operation segment not one of the six names. */
  INCORRECT_OPERATION(6, "Некорректная операция"),
  /** The shop has no enabled and fiscalized cash register. */
  NOT_FOUND_KKT(7, "Нет доступных ККТ"),
  /** Report lookup found nothing. */
  INCORRECT_PROCESSING_ID(8, "Некорректный id чека"),
  /** Undecodable body or failed validation (the constant is {@code INCORECT_DATA} in the source). */
  INCORRECT_DATA(9, "Некорректные данные в чеке");

  private final int code;
  private final String message;

  ApiCode(int code, String message) {
    this.code = code;
    this.message = message;
  }

  /** The numeric code sent as {@code "code"}. */
  public int code() {
    return code;
  }

  /** The table text of the code. */
  public String message() {
    return message;
  }
}
