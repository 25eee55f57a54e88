package io.github.receiptbridge.app.serve.web;

import io.github.receiptbridge.core.Action;
import io.github.receiptbridge.core.PlannedAction;
import io.github.receiptbridge.app.serve.PassRequest;
import io.github.receiptbridge.app.serve.PassState;

/** The Russian words the console shows for the SDK's states and actions. */
final class Words {
  private Words() {}

  /** A pass's state: «выполняется», «завершён», «ошибка», «пропущен». */
  static String state(PassState state) {
    return switch (state) {
      case RUNNING -> "выполняется";
      case FINISHED -> "завершён";
      case FAILED -> "ошибка";
      case SKIPPED -> "пропущен";
    };
  }

  /** What a run did with documents, as a column of the pass summary. */
  static String action(Action action) {
    return switch (action) {
      case SENT -> "отправлено";
      case ALREADY_SENT -> "уже отправлено";
      case SKIPPED -> "пропущено";
      case UPDATED -> "статус обновлён";
      case FAILED -> "ошибка";
      case PLANNED -> "запланировано";
      case UNKNOWN -> "исход неизвестен";
      case MISMATCH -> "расхождение";
    };
  }

  /**
   * A receipt's status in the words of the Счетмаш cabinet: «Принят», «В обработке», «Проведен», «Ошибка»; a status
   * this app does not know is shown as the service wrote it.
   */
  static String status(String wireValue) {
    return switch (wireValue) {
      case "accept" -> "Принят";
      case "processing" -> "В обработке";
      case "success" -> "Проведен";
      case "error" -> "Ошибка";
      default -> wireValue;
    };
  }

  /** Who started a pass: «по расписанию», or the session that asked, as it is named in the history. */
  static String trigger(String trigger) {
    return PassRequest.SCHEDULE.equals(trigger) ? "по расписанию" : trigger;
  }

  /** What «Приход» will do with a document. */
  static String planned(PlannedAction action) {
    return switch (action) {
      case SEND -> "Отправить";
      case ALREADY_SENT -> "Уже отправлен";
      case SKIP -> "Пропуск";
    };
  }
}
