package io.github.receiptbridge.app.serve.web;

import io.github.receiptbridge.app.common.ReceiptIds;
import io.github.receiptbridge.app.serve.OrganizationView;
import io.github.receiptbridge.core.RefundMatch;
import io.github.receiptbridge.core.RefundRow;
import java.util.List;

/**
 * «Возвраты» ({@code refunds.jte}): the refunds to payers of an organization's period («Списание с расчетного счета»,
 * {@code ВозвратПокупателю}), each with the payment it returns, that payment's receipt, what is left to refund, and
 * the refund's own receipt.
 *
 * @param frame the page's frame
 * @param organizations the organizations to choose from
 * @param from the period's first day, {@code YYYY-MM-DD}
 * @param to the period's last day, {@code YYYY-MM-DD}
 * @param heading what the list is of: the organization and the period, in Russian
 * @param rows one per refund, by date
 */
record RefundsView(Frame frame, List<Choice> organizations, String from, String to, String heading,
    List<Row> rows) {
  /**
   * One refund, its values formatted for the page.
   *
   * @param number the refund document's number
   * @param date its date
   * @param amount its amount
   * @param match how its payment was found, in Russian
   * @param likely whether the payment is a guess, to be checked before the refund is sent
   * @param payment the payment's number and date, or «не найдена»
   * @param paymentReceipt the payment's receipt id, or «нет чека»
   * @param paymentStatus the status of the payment's receipt as Счетмаш names it, empty without one
   * @param refunded what other refunds of the payment already returned
   * @param refundable what is left to refund
   * @param refundReceipt the refund's own receipt id, or «нет»
   * @param refundStatus the status of the refund's receipt as Счетмаш names it, empty without one
   * @param command the CLI command that sends its receipt, when it has none yet and the payment has a receipt
   */
  record Row(String number, String date, String amount, String match, boolean likely, String payment,
      String paymentReceipt, String paymentStatus, String refunded, String refundable, String refundReceipt,
      String refundStatus, String command) {
    static Row of(RefundRow row) {
      String payment = row.paymentNumber()
          .map(number -> number + row.paymentDate().map(date -> " от " + Formats.day(date.toLocalDate())).orElse(""))
          .orElse("не найдена");
      String paymentReceipt = ReceiptIds.text(row.paymentReceiptId(), "нет чека");
      String paymentStatus = row.paymentReceiptId().isPresent() ? row.paymentReceiptStatus().orElse("") : "";
      String refundReceipt = ReceiptIds.text(row.savedState().receiptId(), "нет");
      String refundStatus = row.savedState().receiptId().isPresent() ? row.savedState().rawStatus().orElse("") : "";
      String command = row.savedState().receiptId().isEmpty() && row.paymentReceiptId().isPresent()
          ? "refund --document " + row.refund().number() + " --payment " + row.paymentNumber().orElse("") : "";
      return new Row(row.refund().number(), Formats.day(row.refund().date().toLocalDate()),
          Formats.amount(row.refund().amount()), match(row.match()), row.match() == RefundMatch.LIKELY, payment,
          paymentReceipt, paymentStatus, Formats.amount(row.refunded()),
          row.refundable().map(Formats::amount).orElse("—"), refundReceipt, refundStatus, command);
    }

    private static String match(RefundMatch match) {
      return switch (match) {
        case NAMED -> "указана в документе";
        case LIKELY -> "предположительно";
        case NONE -> "не найдена";
      };
    }
  }

  /** The page of {@code refunds} for {@code input}. */
  static RefundsView of(Frame frame, List<OrganizationView> organizations, FormInput input, List<RefundRow> refunds) {
    List<Choice> choices = Choice.organizations(organizations, input.organization().key());
    String heading = input.organization().name() + ", возвраты с " + Formats.day(input.period().from()) + " по "
        + Formats.day(input.period().to());
    return new RefundsView(frame, choices, input.period().from().toString(), input.period().to().toString(), heading,
        refunds.stream().map(Row::of).toList());
  }
}
