package io.github.receiptbridge.app.serve.web;

import io.github.receiptbridge.app.serve.RowFacts;
import io.github.receiptbridge.app.serve.RowMark;
import io.github.receiptbridge.core.FillRow;
import java.util.List;

/**
 * A mark of a row of the «Заполнить» table as the accountant reads it: a short label, what it means in full, and the
 * CSS class that colours it.
 *
 * @param cssClass the class of {@code console.css}: {@code mark mismatch}, {@code mark duplicate}, …
 * @param label the short label: «Расхождение», «Возможный повтор», «Есть возврат», «Просрочен»
 * @param text what it means, in Russian, saying what to do
 */
record RowMarkView(String cssClass, String label, String text) {
  /** The label of {@code mark}, as the filter «Отметка» offers it. */
  static String label(RowMark mark) {
    return switch (mark) {
      case MISMATCH -> "Расхождение";
      case POSSIBLE_DUPLICATE -> "Возможный повтор";
      case REFUNDED -> "Есть возврат";
      case LATE -> "Просрочен";
    };
  }

  /** The marks of {@code row}, in the order of {@link RowMark}. */
  static List<RowMarkView> of(FillRow row, RowFacts facts) {
    return RowMark.of(row, facts).stream().map(mark -> of(mark, row, facts)).toList();
  }

  private static RowMarkView of(RowMark mark, FillRow row, RowFacts facts) {
    return switch (mark) {
      case MISMATCH -> new RowMarkView("mark mismatch", label(mark), "последний аудит: "
          + facts.mismatch(row.documentKey()).flatMap(outcome -> outcome.reason()).map(RussianReasons::text)
              .orElse("чек не совпадает с документом; сверьте его в кабинете Счетмаш"));
      case POSSIBLE_DUPLICATE -> new RowMarkView("mark duplicate", label(mark),
          "похож на другой документ: чек не отправлен, пока вы не подтвердите отдельный платёж");
      case REFUNDED -> new RowMarkView("mark refunded", label(mark),
          "по этой оплате в периоде есть возврат покупателю: см. «Возвраты»");
      case LATE -> new RowMarkView("mark late", label(mark),
          "чек был нужен до " + Formats.day(row.dueBy()));
    };
  }
}
