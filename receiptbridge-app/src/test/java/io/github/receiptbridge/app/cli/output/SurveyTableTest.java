package io.github.receiptbridge.app.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.app.common.service.InfobaseSurvey;
import io.github.receiptbridge.app.common.service.InfobaseSurvey.Group;
import io.github.receiptbridge.app.common.service.InfobaseSurvey.PayerType;
import io.github.receiptbridge.core.ReasonCode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SurveyTableTest {
  @Test
  void printsAlignedRowsWithTwoDecimalsAndTheReasonsInWords() {
    String out = print(new InfobaseSurvey.Result(List.of(
        new Group("ОплатаПокупателя", PayerType.NATURAL_PERSON, "", 81, new BigDecimal("396327.1"), Optional.empty()),
        new Group("ОплатаПокупателя", PayerType.COUNTERPARTY_ORGANIZATION, "", 4, new BigDecimal("147066"),
            Optional.of(ReasonCode.ORGANIZATION_PAYER)),
        new Group("ПрочееПоступление", PayerType.NONE, "", 4, new BigDecimal("2322.10"),
            Optional.of(ReasonCode.OPERATION_KIND)),
        new Group("", PayerType.OTHER_TYPE, "StandardODATA.Catalog_ЛицевыеСчета", 1, new BigDecimal("0.005"),
            Optional.of(ReasonCode.NO_CONTACT))), 3));

    assertThat(out.lines()).containsExactly(
        "operation kind                payer                           documents              sum  receipted",
        "----------------------------  ------------------------------  ---------  ---------------  ---------",
        "ОплатаПокупателя              natural person                         81        396327.10  yes",
        "ОплатаПокупателя              counterparty, organization              4        147066.00  no: organization"
            + " payer, RECEIPT_ORGANIZATION_PAYERS=skip",
        "ПрочееПоступление             none                                    4          2322.10  no: not in"
            + " RECEIPT_OPERATION_KINDS",
        "(empty)                       Catalog_ЛицевыеСчета                    1            0.005  no: no payer contact"
            + " in 1C, RECEIPT_FALLBACK_EMAIL not set",
        "90 documents, 545715.205; receipted by the current policy: 81, 396327.10 (3 unposted or marked for deletion"
            + " not counted)");
  }

  @Test
  void saysSoWhenThePeriodHoldsNothing() {
    assertThat(print(new InfobaseSurvey.Result(List.of(), 0)))
        .isEqualTo("no posted «Поступление на расчетный счет» in the period\n");
  }

  @Test
  void namesEveryPayerType() {
    assertThat(SurveyTable.payer(PayerType.COUNTERPARTY_PERSON, "")).isEqualTo("counterparty, person");
    assertThat(SurveyTable.payer(PayerType.COUNTERPARTY_OTHER_FORM, "")).isEqualTo("counterparty, form not set");
    assertThat(SurveyTable.payer(PayerType.COUNTERPARTY_OTHER_FORM, "ИндивидуальныйПредприниматель"))
        .isEqualTo("counterparty, ИндивидуальныйПредприниматель");
    assertThat(SurveyTable.payer(PayerType.COUNTERPARTY_NOT_FOUND, "")).isEqualTo("counterparty, not found in 1C");
  }

  private static String print(InfobaseSurvey.Result result) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    new SurveyTable(out).print(result);
    return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
  }
}
