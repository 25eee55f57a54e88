package io.github.receiptbridge.app.serve.web;

import io.github.receiptbridge.app.common.ReasonArguments;
import io.github.receiptbridge.core.Reason;
import io.github.receiptbridge.core.ReceiptPolicy;
import java.util.ArrayList;
import java.util.List;

/**
 * The console's words for a {@link Reason}: the one table of Russian reason texts, used by the «Заполнить» table, the
 * confirmation pages and the report downloads. Each text says what is wrong in the accountant's terms and, where a
 * person can do something, what to do.
 */
public final class RussianReasons {
  private RussianReasons() {}

  /** The Russian text of {@code reason}. */
  public static String text(Reason reason) {
    ReasonArguments args = ReasonArguments.of(reason);
    return switch (reason.code()) {
      case STATUS_WITHOUT_ID -> "в 1С есть статус «" + args.get(0) + "», но нет номера чека: проверьте чек в"
          + " кабинете Счетмаш, затем очистите статус, чтобы отправить";
      case MARKED_FOR_DELETION -> "документ помечен на удаление";
      case NOT_POSTED -> "документ не проведён";
      case OPERATION_KIND -> "вид операции «" + args.orElse(0, "не указан") + "» не входит в настройку сервиса"
          + " «виды операций» (" + args.get(1) + "); изменить её может администратор";
      case ORGANIZATION_PAYER -> "плательщик — организация: такие оплаты пропускаются по настройке сервиса"
          + " «оплаты организаций»; изменить её может администратор";
      case AMOUNT_NOT_POSITIVE -> "сумма " + args.get(0) + " не больше нуля";
      case AMOUNT_NOT_SENDABLE -> args.isAbove(0, 1)
          ? "сумма " + args.get(0) + " больше " + args.get(1) + ", наибольшей суммы чека в Счетмаш"
          : "в сумме " + args.get(0) + " доли копейки; чек не округляется до суммы, которую плательщик не платил";
      case NO_CONTACT -> "нет e-mail или телефона покупателя: " + missingContact(args)
          + "; резервный e-mail не задан";
      case RECEIPT_INVALID -> "Счетмаш не примет чек: " + args.get(0);
      case POSSIBLE_DUPLICATE -> possibleDuplicate(args);
      case RECEIPT_ID_UNKNOWN -> "в 1С номер чека " + args.get(0) + ", которого Счетмаш не знает: найдите оплату"
          + " в кабинете Счетмаш; если чека там нет, очистите СчетМаш_НомерЧека в 1С, и следующий запуск отправит его";
      case AMOUNT_CHANGED -> "чек " + args.get(0) + " на " + args.get(1) + ", а сумма документа " + args.get(2)
          + ": нужен чек возврата или коррекции, решает человек";
      case DELETED_AFTER_RECEIPT -> "документ помечен на удаление, а по нему есть чек " + args.get(0)
          + totalDiffers(args) + ": нужен чек возврата или коррекции, решает человек";
      case UNPOSTED_AFTER_RECEIPT -> "проведение документа отменено, а по нему есть чек " + args.get(0)
          + totalDiffers(args) + ": нужен чек возврата или коррекции, решает человек";
      case FISCALIZED_TWICE -> "оплата пробита дважды: чек " + args.get(0) + ", который заменил повторный чек "
          + args.get(1) + ", тоже проведён; один из них нужно вернуть, решает человек";
      case RECEIPT_ID_CONFLICT -> "зарегистрирован чек " + args.get(0) + ", но в 1С уже записан чек "
          + args.get(1) + "; ни один не перезаписан: проверьте оба в кабинете Счетмаш";
      case NOT_REISSUED -> "чек не повторён: " + notReissued(args);
      case REISSUED -> "чек повторён: чек " + args.get(0) + " отклонён"
          + (args.get(1).isEmpty() ? "" : " («" + args.get(1) + "»)");
      case OPERATION_KIND_CHANGED -> "чек " + args.get(0) + " пробит для вида операции «"
          + args.orElse(1, "не указан") + "», а теперь у документа вид операции «" + args.orElse(2, "не указан")
          + "»: возможно, нужен чек возврата или коррекции, решает человек";
      case PAYER_CHANGED -> "чек " + args.get(0) + " пробит для другого плательщика"
          + (args.get(3).isEmpty() ? "" : " («" + args.get(3) + "»)") + ", а в документе плательщик изменён"
          + (args.get(2).isEmpty() ? " (теперь не указан)" : "")
          + ": чек мог уйти не тому покупателю; нужен ли возврат и новый чек, решает человек";
      case DOCUMENT_GONE -> "документ " + args.get(1) + " от " + args.get(2) + " с чеком " + args.get(0)
          + " удалён из 1С (известно из журнала чеков): восстановите документ или оформите чек возврата,"
          + " решает человек";
      case DOCUMENT_REDATED -> "документ с чеком " + args.get(0) + " был датирован " + args.get(1)
          + ", а теперь — " + args.get(2) + ", вне периода: проверьте дату в 1С; нужен ли чек коррекции,"
          + " решает человек";
      case REFUND_ALREADY_SENT -> "по возврату уже есть чек " + args.get(0)
          + (args.get(1).isEmpty() ? "" : " («" + args.get(1) + "»)") + ": у документа возврата только один чек";
      case REFUND_PAYMENT_NOT_FISCALIZED -> "у оплаты " + args.get(0) + (args.get(1).isEmpty()
          ? " нет чека" : " чек " + args.get(1) + " в статусе «" + status(args.get(2)) + "»")
          + ": вернуть можно только оплату с чеком в статусе «" + Words.status("success") + "»";
      case REFUND_OVER_REMAINDER -> "возврат " + args.get(0) + " больше остатка по чеку оплаты: " + args.get(1)
          + " минус уже возвращённые " + args.get(2) + " = " + args.get(3);
      case REFUND_OTHER_PAYMENT -> "NAMED_OTHER".equals(args.get(0))
          ? "возврат указывает другую оплату (" + args.get(1) + "): укажите её"
          : "оплата другого плательщика, чем в возврате";
      case CORRECTED -> "чек исправлен: чек " + args.get(0) + " (" + args.get(2) + ") возвращён чеком "
          + args.get(1) + ", пробит новый чек на " + args.get(3);
      case NOT_CORRECTED -> "чек не исправлен: " + notCorrected(args);
      case CORRECTION_NEEDS_REFUND -> "чек не исправлен: документ "
          + ("NOT_POSTED".equals(args.get(1)) ? "не проведён" : "помечен на удаление") + ", а по нему есть чек "
          + args.get(0) + "; новый чек пробивать не на что, нужен только чек возврата (по документу возврата в 1С,"
          + " «Возвраты»)";
    };
  }

  private static String missingContact(ReasonArguments args) {
    return switch (args.get(0)) {
      case "NO_PAYER" -> "в документе не указан плательщик";
      case "PAYER_NOT_FOUND" -> "плательщик не найден в 1С";
      case "NO_ENTRIES" -> "у плательщика в 1С нет ни e-mail, ни телефона";
      default -> noneValid(args.count(1), args.count(2), args.get(3));
    };
  }

  private static String noneValid(int emails, int phones, String phoneProblem) {
    List<String> problems = new ArrayList<>();
    problems.add(emails == 0 ? "у плательщика в 1С нет e-mail"
        : (emails == 1 ? "e-mail плательщика в 1С не" : "ни один e-mail плательщика в 1С не")
            + " является адресом длиной до " + ReceiptPolicy.MAX_EMAIL + " символов");
    if (phones == 0) {
      problems.add("у плательщика в 1С нет телефона");
    } else if (phones == 1) {
      problems.add("телефон плательщика в 1С " + phoneProblem(phoneProblem));
    } else {
      problems.add("ни один телефон плательщика в 1С не мобильный российский (первый "
          + phoneProblem(phoneProblem) + ")");
    }
    return String.join("; ", problems);
  }

  private static String phoneProblem(String code) {
    return switch (code) {
      case "LANDLINE" -> "городской или служебный, на него не придёт SMS";
      case "FOREIGN" -> "иностранный";
      case "NOT_RUSSIAN" -> "не российский";
      case "NOT_A_PHONE_NUMBER" -> "не номер телефона из 10 или 11 цифр";
      default -> "не подходит";
    };
  }

  private static String possibleDuplicate(ReasonArguments args) {
    String holder = args.get(2).isEmpty() ? "отправляется первым в этом запуске" : "чек " + args.get(2);
    String since = switch (args.get(3)) {
      case "MARKED_FOR_DELETION" -> ", теперь помечен на удаление";
      case "NOT_POSTED" -> ", теперь не проведён";
      case "FROM_JOURNAL" -> ", известен по журналу чеков";
      default -> "";
    };
    String same = args.get(4).isEmpty()
        ? "тот же день, сумма, плательщик и назначение платежа, номера платёжного поручения нет"
        : "то же платёжное поручение № " + args.get(4) + (args.get(5).isEmpty() ? "" : " от " + args.get(5))
            + ", сумма и плательщик";
    return "возможно, повтор документа № " + args.get(0) + " от " + args.get(1) + " (" + holder + since + "): "
        + same + ". Выписку загрузили повторно? Если это отдельный платёж, подтвердите это кнопкой «Отдельный платёж»";
  }

  private static String totalDiffers(ReasonArguments args) {
    return !args.get(1).isEmpty() && !args.get(1).equals(args.get(2))
        ? " на " + args.get(1) + " при сумме документа " + args.get(2) : "";
  }

  private static String notCorrected(ReasonArguments args) {
    return switch (args.get(2)) {
      case "NO_RECEIPT" -> "по документу ещё нет чека; «Приход» отправит его";
      case "NOT_SUCCESS" -> "чек " + args.get(0) + " в статусе «" + status(args.get(1))
          + "», а не «" + Words.status("success") + "»: дождитесь его или повторите окончательно отклонённый";
      case "NO_MISMATCH" -> "чек " + args.get(0) + " совпадает с документом (сумма и плательщик)";
      case "OPERATION_KIND_CHANGED" -> "после чека " + args.get(0) + " изменён вид операции документа; нужен ли"
          + " возврат, решает человек";
      default -> "документ больше не подходит: "
          + args.excludingReason().map(RussianReasons::text).orElse(args.get(2));
    };
  }

  private static String notReissued(ReasonArguments args) {
    if (args.values().size() >= 3) {
      return (args.get(0).isEmpty() ? "по документу чек не пробивается: " : "документ больше не подходит: ")
          + args.excludingReason()
          .map(RussianReasons::text).orElse(args.get(2));
    }
    return args.get(0).isEmpty() ? "по документу ещё нет чека; «Приход» отправит его"
        : "чек " + args.get(0) + " в статусе «" + status(args.get(1)) + "», а не «" + Words.status("error") + "»";
  }

  /** A receipt status in the cabinet's words, «нет статуса» when there is none. */
  private static String status(String wire) {
    return wire.isEmpty() ? "нет статуса" : Words.status(wire);
  }
}
