package io.github.receiptbridge.app.serve.web;

import io.github.receiptbridge.app.serve.OrganizationView;
import io.github.receiptbridge.core.LateReceipt;
import java.util.List;

/**
 * «Поздние чеки» ({@code late.jte}): the receipts of an organization's payments of a period fiscalized after their due
 * day, for the voluntary notice to the tax office, with the form that chooses the organization and the period and the
 * link to the CSV file.
 *
 * @param frame the page's frame
 * @param organizations the organizations to choose from, the chosen one selected
 * @param from the period's first day, {@code YYYY-MM-DD}
 * @param to the period's last day, {@code YYYY-MM-DD}
 * @param heading what the list is of: the organization and the period, in Russian
 * @param csvLink the link to the same list as CSV
 * @param xlsxLink the link to the same list as an Excel workbook
 * @param russianCsvLink the link to the same list as the CSV of Russian Excel
 * @param rows one per late receipt, by payment date
 */
record LateView(Frame frame, List<Choice> organizations, String from, String to, String heading, String csvLink,
    String xlsxLink, String russianCsvLink, List<Row> rows) {
  /**
   * One late receipt, its values formatted for the page.
   *
   * @param paid the payment date
   * @param number the document number
   * @param amount the amount
   * @param dueBy the due day
   * @param fiscalizedAt when it was fiscalized
   * @param daysLate how many calendar days after the due day
   * @param receiptId the Счетмаш receipt id
   * @param fn the fiscal drive number (ФН)
   * @param fd the fiscal document number (ФД)
   * @param fpd the fiscal sign (ФПД)
   */
  record Row(String paid, String number, String amount, String dueBy, String fiscalizedAt, long daysLate,
      long receiptId, String fn, long fd, String fpd) {
    static Row of(LateReceipt receipt) {
      return new Row(Formats.day(receipt.paymentDate()), receipt.number(), Formats.amount(receipt.amount()),
          Formats.day(receipt.dueBy()), Formats.dayAndTime(receipt.fiscalizedAt()), receipt.daysLate(),
          receipt.receiptId(), receipt.fiscalNumbers().fnNumber(), receipt.fiscalNumbers().fiscalDocumentNumber(),
          receipt.fiscalNumbers().fiscalSign());
    }
  }

  /** The page of {@code receipts} for {@code input}. */
  static LateView of(Frame frame, List<OrganizationView> organizations, FormInput input, List<LateReceipt> receipts) {
    List<Choice> choices = Choice.organizations(organizations, input.organization().key());
    String heading = input.organization().name() + ", платежи с " + Formats.day(input.period().from()) + " по "
        + Formats.day(input.period().to());
    return new LateView(frame, choices, input.period().from().toString(), input.period().to().toString(), heading,
        Links.to("/late.csv", input.parameters()), Links.to("/late.xlsx", input.parameters()),
        Links.to("/late.ru.csv", input.parameters()),
        receipts.stream().map(Row::of).toList());
  }
}
