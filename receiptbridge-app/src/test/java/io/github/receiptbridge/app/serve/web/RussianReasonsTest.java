package io.github.receiptbridge.app.serve.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.core.Reason;
import io.github.receiptbridge.core.ReasonCode;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RussianReasonsTest {
  @ParameterizedTest
  @EnumSource(ReasonCode.class)
  void everyCodeHasARussianText(ReasonCode code) {
    Reason reason = Reason.of(code, IntStream.range(0, 6).mapToObj(i -> String.valueOf(100 + i)).toList());

    assertThat(RussianReasons.text(reason)).isNotBlank().doesNotStartWith(code.code()).doesNotContain("null")
        .containsPattern("[а-яё]{3}");
  }

  @Test
  void aMissingContactIsExplainedInTheAccountantsTerms() {
    assertThat(RussianReasons.text(Reason.of(ReasonCode.NO_CONTACT, "NONE_VALID", "1", "1", "LANDLINE")))
        .isEqualTo("нет e-mail или телефона покупателя: e-mail плательщика в 1С не является адресом длиной до 64"
            + " символов; телефон плательщика в 1С городской или служебный, на него не придёт SMS; резервный e-mail"
            + " не задан");
  }

  @Test
  void aPossibleDuplicateNamesTheOtherDocumentAndTheButtonThatSendsIt() {
    String text = RussianReasons.text(Reason.of(ReasonCode.POSSIBLE_DUPLICATE, "0000-000012", "2026-11-03", "",
        "", "517", "2026-11-02"));

    assertThat(text).startsWith("возможно, повтор документа № 0000-000012 от 2026-11-03 (отправляется первым в этом"
        + " запуске): то же платёжное поручение № 517 от 2026-11-02, сумма и плательщик")
        .contains("«Отдельный платёж»");
  }

  @Test
  void aRefusedReissueSaysWhatTheReceiptsStatusIs() {
    assertThat(RussianReasons.text(Reason.of(ReasonCode.NOT_REISSUED, "7", "success")))
        .isEqualTo("чек не повторён: чек 7 в статусе «Проведен», а не «Ошибка»");
    assertThat(RussianReasons.text(Reason.of(ReasonCode.NOT_REISSUED, "7", "error", "MARKED_FOR_DELETION")))
        .isEqualTo("чек не повторён: документ больше не подходит: документ помечен на удаление");
  }

  @Test
  void theSkipsOfASettingSayWhichSettingDidItAndDrawNoLegalConclusion() {
    assertThat(RussianReasons.text(Reason.of(ReasonCode.ORGANIZATION_PAYER)))
        .isEqualTo("плательщик — организация: такие оплаты пропускаются по настройке сервиса «оплаты организаций»;"
            + " изменить её может администратор");
    assertThat(RussianReasons.text(Reason.of(ReasonCode.OPERATION_KIND, "ПрочееПоступление", "ОплатаПокупателя")))
        .isEqualTo("вид операции «ПрочееПоступление» не входит в настройку сервиса «виды операций»"
            + " (ОплатаПокупателя); изменить её может администратор")
        .doesNotContain("оплата жителя", "не нужен");
  }
}
