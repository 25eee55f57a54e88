package io.github.receiptbridge.sandbox.onec.model;

/**
 * An error answer of the standard interface: HTTP status, the internal code (a string, as 1C sends it) and the
 * Russian message. Thrown anywhere while handling a request and rendered as {@code odata.error} JSON or
 * {@code <m:error>} XML.
 */
public final class OdataError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;

  /**
   * An error.
   *
   * @param status  HTTP status
   * @param code    the internal code, for example {@code "14"}
   * @param message the message text
   */
  public OdataError(int status, String code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
  }

  /** HTTP status. */
  public int status() {
    return status;
  }

  /** The internal code. */
  public String code() {
    return code;
  }

  /** 400 / 14: a query option cannot be parsed; the option's text follows the prefix. */
  public static OdataError queryOption(String option, String echoedText) {
    return new OdataError(400, "14", "Ошибка при разборе опции запроса " + option + ": " + echoedText);
  }

  /** 400 / 6: a name in the URL or in {@code $select}/{@code $orderby} is unknown. */
  public static OdataError pathSegmentNotFound(String name) {
    return new OdataError(400, "6", "Сегмент пути " + name + " не найден!");
  }

  /** 404 / 9: no entity with the key. */
  public static OdataError entityNotFound() {
    return new OdataError(404, "9", "Экземпляр сущности не найден по переданному ключу.");
  }

  /** 404 / 8: no such (published) entity set. */
  public static OdataError entitySetNotFound(String name) {
    return new OdataError(404, "8", "Не найден тип сущности " + name);
  }

  /** 400 / 15: a register record with the same key exists. */
  public static OdataError duplicateKey() {
    return new OdataError(400, "15", "Запись с такими значениями ключевых полей уже существует.");
  }

  /** 400 / 1: a value cannot be read as its EDM type. */
  public static OdataError cannotParse(String value, String edmType) {
    return new OdataError(400, "1", "Не удалось разобрать строку '" + value + "' как значение типа " + edmType);
  }

  /** 400 / 4: a {@code _Type} value is not a type name of the interface. */
  public static OdataError invalidCompositeType(String value, String property) {
    return new OdataError(400, "4", "Недопустимое значение " + value + " для свойства составного типа " + property);
  }

  /** 400 / 7: a key element is missing from a key URL. */
  public static OdataError keyElementMissing(String name) {
    return new OdataError(400, "7", "Отсутствует элемент ключа сущности: " + name);
  }

  /** 500 / -1: an exception inside the application. */
  public static OdataError internal(String message) {
    return new OdataError(500, "-1", message);
  }

  /** 400 / 19: the HTTP method is not allowed on this resource. */
  public static OdataError methodNotAllowed(String method) {
    return new OdataError(405, "19", "Метод HTTP " + method + " не разрешен для данного ресурса");
  }

  /** 400 / 13: rows of a tabular part cannot be created on their own. */
  public static OdataError tabularRowsNotCreatable() {
    return new OdataError(400, "13", "Не поддерживается непосредственное создание строк табличной части");
  }
}
