package io.github.receiptbridge.sandbox.internal.onec.model;

/**
 * An error answer of the standard interface: HTTP status, the internal code (a string, as 1C sends it) and the
 * Russian message. Thrown anywhere while handling a request and rendered as {@code odata.error} JSON or
 * {@code <m:error>} XML.
 */
public final class ODataError extends RuntimeException {
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
  public ODataError(int status, String code, String message) {
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
  public static ODataError queryOption(String option, String echoedText) {
    return new ODataError(400, "14", "Ошибка при разборе опции запроса " + option + ": " + echoedText);
  }

  /** 400 / 6: a name in the URL or in {@code $select}/{@code $orderby} is unknown. */
  public static ODataError pathSegmentNotFound(String name) {
    return new ODataError(400, "6", "Сегмент пути " + name + " не найден!");
  }

  /** 404 / 9: no entity with the key. */
  public static ODataError entityNotFound() {
    return new ODataError(404, "9", "Экземпляр сущности не найден по переданному ключу.");
  }

  /** 404 / 8: no such (published) entity set. */
  public static ODataError entitySetNotFound(String name) {
    return new ODataError(404, "8", "Не найден тип сущности " + name);
  }

  /** 400 / 15: a register record with the same key exists. */
  public static ODataError duplicateKey() {
    return new ODataError(400, "15", "Запись с такими значениями ключевых полей уже существует.");
  }

  /** 400 / 1: a value cannot be read as its EDM type. */
  public static ODataError cannotParse(String value, String edmType) {
    return new ODataError(400, "1", "Не удалось разобрать строку '" + value + "' как значение типа " + edmType);
  }

  /** 400 / 4: a {@code _Type} value is not a type name of the interface. */
  public static ODataError invalidCompositeType(String value, String property) {
    return new ODataError(400, "4", "Недопустимое значение " + value + " для свойства составного типа " + property);
  }

  /** 400 / 7: a key element is missing from a key URL. */
  public static ODataError keyElementMissing(String name) {
    return new ODataError(400, "7", "Отсутствует элемент ключа сущности: " + name);
  }

  /** 500 / -1: an exception inside the application. */
  public static ODataError internal(String message) {
    return new ODataError(500, "-1", message);
  }

  /** 400 / 19: the HTTP method is not allowed on this resource. */
  public static ODataError methodNotAllowed(String method) {
    return new ODataError(405, "19", "Метод HTTP " + method + " не разрешен для данного ресурса");
  }

  /** 400 / 13: rows of a tabular part cannot be created on their own. */
  public static ODataError tabularRowsNotCreatable() {
    return new ODataError(400, "13", "Не поддерживается непосредственное создание строк табличной части");
  }
}
