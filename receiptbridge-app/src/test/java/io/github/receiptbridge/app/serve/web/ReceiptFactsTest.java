package io.github.receiptbridge.app.serve.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.core.FiscalNumbers;
import io.github.receiptbridge.core.ReceiptDetails;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReceiptFactsTest {
  @Test
  void anOfdAddressIsALinkAndNoQrText() {
    ReceiptFacts facts = ReceiptFacts.of(ReceiptDetails.builder().checkLink(" " + MarkedRows.OFD_LINK + " ").build())
        .orElseThrow();

    assertThat(facts.checkUrl()).contains(MarkedRows.OFD_LINK);
    assertThat(facts.qrText()).isEmpty();
  }

  @Test
  void theQrStringIsTextAndTheFiscalNumbersAreAllThere() {
    ReceiptFacts facts = ReceiptFacts.of(ReceiptDetails.builder().checkLink(MarkedRows.QR)
        .fiscalizedAt(LocalDateTime.of(2026, 11, 6, 12, 0, 3))
        .fiscalNumbers(FiscalNumbers.builder().fnNumber("9960440300123456").fiscalDocumentNumber(45211)
            .fiscalSign("3412577895").shiftNumber(48).shiftReceiptNumber(762).build()).build()).orElseThrow();

    assertThat(facts).isEqualTo(new ReceiptFacts("9960440300123456", "45211", "3412577895", "06.11.2026 12:00:03",
        Optional.empty(), Optional.of(MarkedRows.QR)));
  }

  @Test
  void aLinkThatIsNotAWebAddressIsNeverMadeALink() {
    ReceiptFacts facts = ReceiptFacts.of(ReceiptDetails.builder().checkLink("javascript:alert(1)").build())
        .orElseThrow();

    assertThat(facts.checkUrl()).isEmpty();
    assertThat(facts.qrText()).contains("javascript:alert(1)");
  }

  @Test
  void aReceiptWithOnlyAnErrorTextHasNothingToFold() {
    assertThat(ReceiptFacts.of(ReceiptDetails.builder().errorMessage("отклонён").build())).isEmpty();
  }
}
