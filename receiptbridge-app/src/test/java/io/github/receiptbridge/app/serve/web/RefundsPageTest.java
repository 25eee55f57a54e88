package io.github.receiptbridge.app.serve.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.core.PayerRef;
import io.github.receiptbridge.core.RefundDocument;
import io.github.receiptbridge.core.RefundMatch;
import io.github.receiptbridge.core.RefundRow;
import io.github.receiptbridge.core.SavedState;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** «Возвраты»: the page, its link, each refund with its payment, and the command that sends its receipt. */
class RefundsPageTest {
  private static final String HOSTILE = "\"'><script>alert(1)</script>&";

  private final FakeServiceConsole service = new FakeServiceConsole()
      .withRefunds("uk", List.of(row("РМ00-000002", RefundMatch.NAMED, 102L, SavedState.empty()),
          row("РМ00-000003", RefundMatch.LIKELY, 65L,
              SavedState.builder().receiptId(144L).rawStatus("success").build()),
          row(HOSTILE, RefundMatch.NONE, null, SavedState.empty())));
  private final RunningConsole console = RunningConsole.open(service);
  private final ConsoleClient client = console.client();

  private static RefundRow row(String number, RefundMatch match, Long paymentReceipt, SavedState state) {
    RefundDocument refund = RefundDocument.builder().key(UUID.nameUUIDFromBytes(number.getBytes()))
        .organizationKey(UUID.fromString("11111111-1111-1111-1111-111111111111")).number(number)
        .date(LocalDateTime.of(2026, 11, 30, 10, 0)).amount(new BigDecimal("3115.82")).paymentPurpose("Возврат")
        .payer(PayerRef.of(UUID.fromString("22222222-2222-2222-2222-222222222222"))).build();
    RefundRow.Builder row = RefundRow.builder().refund(refund).savedState(state).externalId("1c-x-refund")
        .match(match).refunded(BigDecimal.ZERO);
    if (match != RefundMatch.NONE) {
      row.paymentKey(UUID.randomUUID()).paymentNumber("РМ00-000135").paymentDate(LocalDateTime.of(2026, 11, 26, 9, 0))
          .paymentAmount(new BigDecimal("6231.64")).refundable(new BigDecimal("6231.64"));
      if (paymentReceipt != null) {
        row.paymentReceiptId(paymentReceipt).paymentReceiptStatus("success");
      }
    }
    return row.build();
  }

  @AfterEach
  void stop() {
    console.close();
  }

  @Test
  void everyPageLinksToTheRefunds() {
    assertThat(client.get("/").body()).contains("<a href=\"/refunds\">Возвраты</a>");
  }

  @Test
  void eachRefundShowsThePaymentItReturnsAndTheCommandThatSendsItsReceipt() {
    HttpResponse<String> page = client.get("/refunds");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<h1>Возвраты</h1>")
        .contains("<td data-label=\"Номер\">РМ00-000002</td><td data-label=\"Дата\">30.11.2026</td>",
            "<td data-label=\"Оплата\">РМ00-000135 от 26.11.2026</td>",
            "<td data-label=\"Как найдена\">указана в документе</td><td data-label=\"Чек оплаты\">102"
                + " <span class=\"receipt-status\" title=\"success\">Проведен</span></td>",
            "<code class=\"command\">refund --document РМ00-000002 --payment РМ00-000135</code>")
        .contains("<tr class=\"likely\"><td data-label=\"Номер\">РМ00-000003</td>",
            "<td data-label=\"Как найдена\">предположительно</td>", "144 <span class=\"receipt-status\"")
        .contains("<td data-label=\"Оплата\">не найдена</td><td data-label=\"Как найдена\">не найдена</td>"
            + "<td data-label=\"Чек оплаты\">нет чека </td>")
        .doesNotContain("(success)");
    assertThat(page.body().split("<code class=\"command\">refund ", -1))
        .as("only a refund without a receipt gets a command")
        .hasSize(2);
  }

  @Test
  void aValueFrom1cIsEscaped() {
    String page = client.get("/refunds").body();

    assertThat(page).doesNotContain("<script>alert(1)</script>")
        .contains(">\"'&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;</td>");
  }
}
