package io.github.receiptbridge.app.serve.web;

import io.github.receiptbridge.app.serve.PassFailure;
import io.github.receiptbridge.core.FailureKind;

/**
 * The console's words for failures: why a whole pass failed ({@link PassFailure.Kind}) and why one document of a
 * report failed ({@link FailureKind}), each saying in the accountant's terms what happened and what to do. The
 * technical detail stays English and is shown only folded, behind «Подробнее».
 */
final class RussianFailures {
  private RussianFailures() {}

  /** What happened to a pass that failed as a whole, and what to do. */
  static String pass(PassFailure.Kind kind) {
    return switch (kind) {
      case ONEC_UNREACHABLE -> "1С не отвечает: проверьте, что база опубликована и сервер 1С доступен, затем"
          + " запустите проход снова";
      case ONEC_REFUSED -> "1С отказала в доступе: проверьте пользователя и пароль 1С, его права и публикацию"
          + " базы; после исправления запустите проход снова";
      case SCHETMASH_UNREACHABLE -> "Счетмаш не отвечает: проверьте доступ сервера в интернет; неотправленные чеки"
          + " уйдут при следующем проходе";
      case SCHETMASH_REFUSED -> "Счетмаш отказал: проверьте ключ доступа, магазин и подключённую кассу в кабинете"
          + " Счетмаш";
      case JOURNAL -> "журнал чеков недоступен: проверьте место на диске и права на файл журнала; без журнала чеки"
          + " не отправляются";
      case INTERNAL -> "внутренняя ошибка сервиса: сообщите администратору, подробности в журнале сервиса";
    };
  }

  /** What happened to one document of a report whose receipt failed or whose outcome is unknown. */
  static String document(FailureKind kind) {
    return switch (kind) {
      case LEDGER_UNREACHABLE -> "1С не ответила: следующий проход допишет документ";
      case LEDGER_REFUSED -> "1С отказала в записи: проверьте права пользователя 1С";
      case FISCAL_SERVICE_UNREACHABLE -> "Счетмаш не ответил: следующий проход выяснит, пробит ли чек";
      case FISCAL_SERVICE_REFUSED -> "Счетмаш отказал: проверьте ключ доступа, магазин и кассу";
      case RECEIPT_REJECTED -> "Счетмаш отклонил чек: исправьте документ в 1С и повторите чек";
      case JOURNAL -> "журнал чеков недоступен: чек не отправлен";
      case OTHER -> "ошибка сервиса: подробности в журнале сервиса";
    };
  }
}
