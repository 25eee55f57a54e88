package io.github.receiptbridge.app.serve.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.app.serve.ConsoleSettings;
import io.github.receiptbridge.app.serve.FillPage;
import io.github.receiptbridge.app.serve.OrganizationView;
import io.github.receiptbridge.app.serve.PassFailure;
import io.github.receiptbridge.app.serve.PassKind;
import io.github.receiptbridge.app.serve.PassRecord;
import io.github.receiptbridge.app.serve.PassState;
import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.FiscalNumbers;
import io.github.receiptbridge.core.LateReceipt;
import io.github.receiptbridge.core.Reason;
import io.github.receiptbridge.core.ReasonCode;
import io.github.receiptbridge.core.DateRange;
import io.github.receiptbridge.core.SavedState;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every page with a hostile value ({@code "'><script>…</script>&}) in each place a value from 1C, the configuration
 * or the user is shown: the templates write it escaped for where it stands, in text or in an attribute, and never as
 * markup. Each count below is the number of such places on the page.
 */
class PagesEscapingTest {
  private static final String HOSTILE = "\"'><script>alert(1)</script>&";
  /** How the hostile value reads in element text: the markup characters escaped. */
  private static final String IN_TEXT = "\"'&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;";
  /** How it reads in a quoted attribute: the quotes, {@code <} and {@code &} escaped. */
  private static final String IN_ATTRIBUTE = "&#34;&#39;>&lt;script>alert(1)&lt;/script>&amp;";
  private static final DateRange PERIOD = DateRange.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 29));
  private static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

  private final Pages pages = new Pages();
  private final Session session = new Session("id", HOSTILE, "token", Session.Access.GRANTED, Instant.EPOCH);
  private final Frame frame = Frame.of(HOSTILE, Optional.of(session), AccessPolicy.of(
      new ConsoleSettings("127.0.0.1", 0, Optional.of("password"), Optional.empty())));
  private final OrganizationView organization = new OrganizationView(HOSTILE, HOSTILE, HOSTILE, 101);
  private final FormInput input = new FormInput(organization, PERIOD);

  @Test
  void theFrameEscapesTheTitleAndTheSessionsLabel() {
    assertEscaped(pages.error(ErrorView.of(frame, 400, "Запрос отклонён.")), 2, 0);
  }

  @Test
  void theErrorPageEscapesItsMessage() {
    assertEscaped(pages.error(ErrorView.of(frame, 400, "«" + HOSTILE + "» не дата")), 3, 0);
  }

  @Test
  void theFormEscapesTheOrganizationsTheNoticeAndItsLink() {
    FormView form = FormView.of(frame, session, List.of(organization), input)
        .withNotice(new Notice(Notice.Kind.BUSY, HOSTILE, Optional.of(new Link(HOSTILE, HOSTILE))));
    // text: title, label, name, INN, notice, link text; attributes: the option's value, the link's href
    assertEscaped(pages.form(form), 6, 2);
  }

  @Test
  void theLateReceiptsPageEscapesTheOrganizationTheNumberAndTheFiscalNumbers() {
    LateReceipt late = LateReceipt.builder().documentKey(UUID.randomUUID()).number(HOSTILE)
        .paymentDate(LocalDate.of(2026, 11, 2)).amount(new BigDecimal("1520.40")).dueBy(LocalDate.of(2026, 11, 3))
        .fiscalizedAt(LocalDateTime.of(2026, 11, 6, 12, 0)).receiptId(2).externalId(HOSTILE)
        .fiscalNumbers(FiscalNumbers.builder().fnNumber(HOSTILE).fiscalDocumentNumber(45211).fiscalSign(HOSTILE)
            .shiftNumber(48).shiftReceiptNumber(762).build())
        .build();
    String html = pages.late(LateView.of(frame, List.of(organization), input, List.of(late)));
    // text: title, label, the option's name and INN, the heading's name; the row's number, ФН and ФПД
    // attributes: the option's value (the CSV link carries the key URL-encoded)
    assertEscaped(html, 8, 1);
    assertThat(html).contains(">06.11.2026 12:00:00</td>", ">03.11.2026</td>");
  }

  @Test
  void theTableEscapesEveryValueOf1cInTextAndAttributes() {
    FillRow hostile = FillRow.builder().from(FakeServiceConsole.row("uk", 1)).number(HOSTILE).payerName(HOSTILE)
        .buyerContact(HOSTILE).operationKind(HOSTILE).skipReason(Reason.of(ReasonCode.RECEIPT_INVALID, HOSTILE))
        .savedState(SavedState.builder().rawStatus(HOSTILE).build()).build();
    FillPage page = new FillPage(HOSTILE, PERIOD, List.of(hostile), 1, 1, 1, 1);
    TableView table = TableView.of(input, TableInput.read(Map.of("status", "error")::get), page);
    String html = pages.form(FormView.of(frame, session, List.of(organization), input).withTable(table));
    // text: title, label, name, INN; the row's number, payer, contact, kind, status and reason, and the contact and
    // kind again in the row's «Подробнее» (shown where the secondary columns collapse)
    // attributes: the option's value, the filters' hidden org, the row's data-number, the status's tooltip
    assertEscaped(html, 12, 4);
    assertThat(html).contains("<span class=\"status-word\" title=\"" + IN_ATTRIBUTE + "\">" + IN_TEXT + "</span>");
  }

  @Test
  void theLinksOfARowCarryTheOrganizationUrlEncoded() {
    FillRow inError = FakeServiceConsole.row("uk", 13);
    FillPage page = new FillPage(HOSTILE, PERIOD, List.of(inError), 1, 1, 1, 1);
    String html = pages.form(FormView.of(frame, session, List.of(organization), input)
        .withTable(TableView.of(input, TableInput.read(Map.<String, String>of()::get), page)));
    assertThat(html).contains("href=\"/reissue?org=%22%27%3E%3Cscript%3Ealert%281%29%3C%2Fscript%3E%26&amp;from=");
    assertEscaped(html, 4, 2);
  }

  @Test
  void thePassPageEscapesTheOrganizationTheTriggerTheSummaryTheErrorAndTheLinkBack() {
    PassView page = PassView.of(frame, failed(), HOSTILE, HOSTILE, ZONE);
    // text: title, label, organization, trigger, summary, error; attribute: the link back
    assertEscaped(pages.pass(page), 6, 1);
  }

  @Test
  void theHistoryEscapesTheOrganizationTheTriggerTheSummaryAndTheError() {
    HistoryView page = HistoryView.of(frame, List.of(failed()), key -> HOSTILE, ZONE);
    // text: title, label, organization, trigger, summary, error
    assertEscaped(pages.history(page), 6, 0);
  }

  @Test
  void theLoginFormEscapesWhereItLeadsNext() {
    String next = "/" + HOSTILE;
    assertThat(LoginView.safeNext(next)).isEqualTo(next);
    String html = pages.login(LoginView.of(frame, session, next, LoginView.Attempt.AFTER_WRONG_PASSWORD));
    assertEscaped(html, 2, 1);
    assertThat(html).contains("Неверный пароль.");
  }

  @Test
  void theConfirmationsEscapeTheDocumentItsReasonAndTheirFields() {
    DocumentFacts document = new DocumentFacts(HOSTILE, HOSTILE, HOSTILE, HOSTILE);
    ConfirmationForm form = new ConfirmationForm("token", List.of(new HiddenField(HOSTILE, HOSTILE)), HOSTILE);
    // text: title, label, number, date, amount, payer; attributes: the field's name and value, the link back
    assertEscaped(pages.reissue(new ReissueView(frame, document, 5013, form)), 6, 3);
    // and the payment order and the reason in text
    assertEscaped(pages.notDuplicate(new NotDuplicateView(frame, document, Optional.of(HOSTILE), HOSTILE, form)), 8,
        3);
  }

  private static PassRecord failed() {
    return new PassRecord(7, HOSTILE, PassKind.REGISTER, PERIOD, HOSTILE, PassState.FAILED,
        Instant.parse("2026-11-29T09:00:00Z"), Optional.of(Instant.parse("2026-11-29T09:01:00Z")), 3,
        Optional.of(40L), HOSTILE, Optional.of(new PassFailure(PassFailure.Kind.INTERNAL, HOSTILE)), Optional.empty());
  }

  /** The page shows the hostile value escaped {@code inText} times in text, {@code inAttributes} in attributes. */
  private static void assertEscaped(String page, int inText, int inAttributes) {
    assertThat(page).doesNotContain(HOSTILE).doesNotContain("<script>alert");
    assertThat(count(page, "<script")).as("the console's own script only").isEqualTo(1);
    assertThat(count(page, IN_TEXT)).as("escaped in text").isEqualTo(inText);
    assertThat(count(page, IN_ATTRIBUTE)).as("escaped in attributes").isEqualTo(inAttributes);
  }

  private static int count(String page, String part) {
    int count = 0;
    for (int at = page.indexOf(part); at >= 0; at = page.indexOf(part, at + part.length())) {
      count++;
    }
    return count;
  }
}
