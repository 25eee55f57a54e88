package io.github.receiptbridge.app.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.core.Reason;
import io.github.receiptbridge.core.ReasonCode;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EnglishReasonsTest {
  @ParameterizedTest
  @EnumSource(ReasonCode.class)
  void everyCodeHasAnEnglishTextAndALabel(ReasonCode code) {
    Reason reason = Reason.of(code, IntStream.range(0, 6).mapToObj(i -> String.valueOf(100 + i)).toList());

    assertThat(EnglishReasons.text(reason)).isNotBlank().doesNotStartWith(code.code()).doesNotContain("null");
    assertThat(EnglishReasons.label(code)).isNotBlank();
  }

  @Test
  void theTextCarriesTheReasonsValues() {
    assertThat(EnglishReasons.text(Reason.of(ReasonCode.AMOUNT_NOT_POSITIVE, "-5")))
        .isEqualTo("amount -5 is not above zero");
    assertThat(EnglishReasons.text(Reason.of(ReasonCode.OPERATION_KIND, "ПрочееПоступление", "ОплатаПокупателя")))
        .isEqualTo("operation kind ПрочееПоступление is not in RECEIPT_OPERATION_KINDS (ОплатаПокупателя)");
    assertThat(EnglishReasons.text(Reason.of(ReasonCode.AMOUNT_NOT_SENDABLE, "10000000000.00", "9999999999.99")))
        .contains("is above 9999999999.99");
    assertThat(EnglishReasons.text(Reason.of(ReasonCode.AMOUNT_NOT_SENDABLE, "10.005", "9999999999.99")))
        .contains("fractions of a kopeck");
  }

  @Test
  void aMissingContactSaysWhatIsWrongWithTheEntries() {
    assertThat(EnglishReasons.text(Reason.of(ReasonCode.NO_CONTACT, "NONE_VALID", "0", "1", "LANDLINE")))
        .contains("the payer has no e-mail in 1C")
        .contains("the payer's phone in 1C is a landline or service number");
    assertThat(EnglishReasons.text(Reason.of(ReasonCode.NO_CONTACT, "NO_PAYER", "0", "0", "")))
        .contains("the document has no payer");
  }

  @Test
  void aPossibleDuplicateNamesTheOtherDocumentAndWhatToDo() {
    String text = EnglishReasons.text(Reason.of(ReasonCode.POSSIBLE_DUPLICATE, "0000-000012", "2026-11-03", "41",
        "FROM_JOURNAL", "517", "2026-11-02"));

    assertThat(text).contains("possible duplicate of 0000-000012 of 2026-11-03 (receipt 41, known from the receipt"
        + " journal)").contains("the same payment order 517 of 2026-11-02").contains("--not-duplicate");
  }

  @Test
  void aRefusedReissueOfADocumentLeftOutByThePolicySaysWhy() {
    String text = EnglishReasons.text(Reason.of(ReasonCode.NOT_REISSUED, "7", "error", "NOT_POSTED"));

    assertThat(text).isEqualTo("not re-issued: the document is no longer eligible: not posted");
  }

  @Test
  void theSkipsOfASettingSayWhichSettingDidItAndDrawNoLegalConclusion() {
    String organization = EnglishReasons.text(Reason.of(ReasonCode.ORGANIZATION_PAYER));
    String kind = EnglishReasons.text(Reason.of(ReasonCode.OPERATION_KIND, "", "ОплатаПокупателя"));

    assertThat(organization).isEqualTo("payer is an organization (skipped by RECEIPT_ORGANIZATION_PAYERS=skip)");
    assertThat(kind).isEqualTo("operation kind (empty) is not in RECEIPT_OPERATION_KINDS (ОплатаПокупателя)");
    for (ReasonCode code : ReasonCode.values()) {
      assertThat(EnglishReasons.label(code) + " " + EnglishReasons.text(Reason.of(code, "1", "2", "3")))
          .doesNotContain("needs no receipt", "not a resident's payment", "no resident's payment");
    }
  }
}
