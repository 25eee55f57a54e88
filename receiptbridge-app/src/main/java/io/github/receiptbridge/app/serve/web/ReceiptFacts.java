package io.github.receiptbridge.app.serve.web;

import io.github.receiptbridge.core.ReceiptDetails;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a resident asking «где мой чек» needs of a fiscalized receipt, folded in its row of the «Заполнить» table: the
 * fiscal numbers, the time printed on it and its check link.
 *
 * @param fnNumber the fiscal drive's number (ФН), empty when unknown
 * @param fiscalDocument the fiscal document's number (ФД), empty when unknown
 * @param fiscalSign the fiscal sign (ФПД), empty when unknown
 * @param printedAt the date and time printed on the receipt, empty when unknown
 * @param checkUrl the check link when it is a web address the accountant can open
 * @param qrText the check link when it is the text of the receipt's QR code, which the ФНС app «Проверка чеков» reads
 */
record ReceiptFacts(String fnNumber, String fiscalDocument, String fiscalSign, String printedAt,
    Optional<String> checkUrl, Optional<String> qrText) {
  private static final Pattern WEB_ADDRESS = Pattern.compile("https?://\\S+", Pattern.CASE_INSENSITIVE);

  /** The facts of a receipt the journal knows as fiscalized; empty when it knows nothing worth showing. */
  static Optional<ReceiptFacts> of(ReceiptDetails details) {
    if (details.fiscalNumbers().isEmpty() && details.fiscalizedAt().isEmpty() && details.checkLink().isEmpty()) {
      return Optional.empty();
    }
    Optional<String> link = details.checkLink().map(String::strip).filter(text -> !text.isEmpty());
    Optional<String> url = link.filter(text -> WEB_ADDRESS.matcher(text).matches());
    return Optional.of(new ReceiptFacts(
        details.fiscalNumbers().map(numbers -> numbers.fnNumber()).orElse(""),
        details.fiscalNumbers().map(numbers -> Long.toString(numbers.fiscalDocumentNumber())).orElse(""),
        details.fiscalNumbers().map(numbers -> numbers.fiscalSign()).orElse(""),
        details.fiscalizedAt().map(Formats::dayAndTime).orElse(""),
        url, link.filter(text -> url.isEmpty())));
  }
}
