package io.github.receiptbridge.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.receiptbridge.sandbox.BankReceiptSeed;
import io.github.receiptbridge.sandbox.OnecSandbox;
import io.github.receiptbridge.sandbox.SchetmashSandbox;
import io.github.receiptbridge.sandbox.SchetmashSandboxReceipt;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A bank statement deleted and loaded again, or loaded twice, makes copies of payments under new {@code Ref_Key}s;
 * none of them gets a second receipt unless an operator confirms it as a separate payment.
 */
class PossibleDuplicateTest {
  private static final String INN = "7701234567";
  private static final DateRange NOVEMBER = DateRange.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
  private static final LocalDate PAID = LocalDate.of(2026, 11, 2);

  private SandboxFixture sandboxes;
  private UUID organization;
  private UUID payer;

  @BeforeEach
  void start() {
    sandboxes = new SandboxFixture(SchetmashSandbox.builder().processingDelay(Duration.ZERO).start(),
        OnecSandbox.builder().start());
    organization = sandboxes.onec.data().addOrganization("УК Ромашка", INN, "770101001");
    payer = sandboxes.onec.data().addNaturalPerson("Орлова Мария Ивановна", "orlova@example.ru", null);
  }

  @AfterEach
  void stop() throws Exception {
    sandboxes.close();
  }

  private BankReceiptSeed.Builder payment(String number, String order, String amount) {
    BankReceiptSeed.Builder seed = BankReceiptSeed.builder().organization(organization).number(number)
        .date(PAID.atTime(10, 0)).amount(new BigDecimal(amount)).naturalPerson(payer)
        .purpose("Оплата ЖКУ за октябрь 2026, л/с 10001");
    return order.isEmpty() ? seed : seed.paymentOrder(order, PAID);
  }

  private UUID add(BankReceiptSeed.Builder seed) {
    return sandboxes.onec.data().addBankReceipt(seed.build());
  }

  private static DocumentOutcome outcome(RunReport report, UUID document) {
    return report.outcomes().stream().filter(o -> o.documentKey().equals(document)).findFirst().orElseThrow();
  }

  private List<String> externalIds() {
    return sandboxes.schetmash.receipts().stream().map(SchetmashSandboxReceipt::externalId).toList();
  }

  private long sentOriginal(UUID original) {
    RunReport first = sandboxes.registrar().register(NOVEMBER, INN);
    return outcome(first, original).receiptId().orElseThrow();
  }

  @Test
  void aStatementLoadedAgainAfterTheOriginalWasMarkedForDeletionSendsNothingNew() {
    UUID original = add(payment("РМ00-000002", "307076", "1520.40"));
    long receipt = sentOriginal(original);
    sandboxes.patchDocument(original, "{\"DeletionMark\": true}");
    UUID copy = add(payment("РМ00-000153", "307076", "1520.40"));

    List<FillRow> rows;
    try (Stream<FillRow> fill = sandboxes.registrar().fill(NOVEMBER, INN)) {
      rows = fill.toList();
    }
    RunReport again = sandboxes.registrar().register(NOVEMBER, INN);

    FillRow copyRow = rows.stream().filter(row -> row.documentKey().equals(copy)).findFirst().orElseThrow();
    assertThat(copyRow.action()).isEqualTo(PlannedAction.SKIP);
    assertThat(copyRow.skipReasonCode()).contains(ReasonCode.POSSIBLE_DUPLICATE);
    assertThat(copyRow.skipReason()).contains(Reason.of(ReasonCode.POSSIBLE_DUPLICATE, "РМ00-000002", "2026-11-02",
        String.valueOf(receipt), "MARKED_FOR_DELETION", "307076", "2026-11-02"));
    assertThat(outcome(again, copy).action()).isEqualTo(Action.SKIPPED);
    assertThat(outcome(again, copy).reasonCode()).contains(ReasonCode.POSSIBLE_DUPLICATE);
    assertThat(externalIds()).containsExactly("1c-" + original);
  }

  @Test
  void anUnpostedOriginalWithAReceiptHoldsTheCopyBackToo() {
    UUID original = add(payment("РМ00-000002", "307076", "1520.40"));
    sentOriginal(original);
    sandboxes.unpost(original);
    UUID copy = add(payment("РМ00-000153", "307076", "1520.40"));

    RunReport again = sandboxes.registrar().register(NOVEMBER, INN);

    assertThat(outcome(again, copy).reasonCode()).contains(ReasonCode.POSSIBLE_DUPLICATE);
    assertThat(outcome(again, copy).reason().orElseThrow().arguments().get(3)).isEqualTo("NOT_POSTED");
    assertThat(externalIds()).containsExactly("1c-" + original);
  }

  @Test
  void ofTwoCopiesInOneRunOnlyTheFirstIsSent() {
    UUID first = add(payment("РМ00-000002", "307076", "1520.40"));
    UUID second = add(payment("РМ00-000153", "307076", "1520.40"));

    RunReport report = sandboxes.registrar().register(NOVEMBER, INN);

    assertThat(outcome(report, first).action()).isEqualTo(Action.SENT);
    assertThat(outcome(report, second).action()).isEqualTo(Action.SKIPPED);
    assertThat(outcome(report, second).reason()).contains(Reason.of(ReasonCode.POSSIBLE_DUPLICATE, "РМ00-000002",
        "2026-11-02", "", "", "307076", "2026-11-02"));
    assertThat(externalIds()).containsExactly("1c-" + first);
  }

  @Test
  void anOperatorSendsAConfirmedSeparatePaymentWithNotDuplicate() {
    UUID first = add(payment("РМ00-000002", "307076", "1520.40"));
    UUID second = add(payment("РМ00-000153", "307076", "1520.40"));
    sandboxes.registrar().register(NOVEMBER, INN);

    RunReport confirmed = sandboxes.registrar().register(NOVEMBER, INN, List.of(" рм00-000153 "));

    assertThat(outcome(confirmed, second).action()).isEqualTo(Action.SENT);
    assertThat(externalIds()).containsExactlyInAnyOrder("1c-" + first, "1c-" + second);
    assertThatThrownBy(() -> sandboxes.registrar().register(NOVEMBER, INN, List.of("РМ00-999999")))
        .isInstanceOf(DocumentNotFoundException.class).hasMessageContaining("no document РМ00-999999")
        .hasMessageContaining("Nothing was sent");
  }

  @Test
  void twoPaymentsOfOnePayerOnOneDayWithDifferentPaymentOrdersAreBothSent() {
    UUID morning = add(payment("РМ00-000002", "307076", "1520.40"));
    UUID evening = add(payment("РМ00-000003", "307077", "1520.40"));

    RunReport report = sandboxes.registrar().register(NOVEMBER, INN);

    assertThat(outcome(report, morning).action()).isEqualTo(Action.SENT);
    assertThat(outcome(report, evening).action()).isEqualTo(Action.SENT);
  }

  @Test
  void withoutAPaymentOrderTheDayAmountPayerAndPurposeDecide() {
    UUID first = add(payment("РМ00-000002", "", "800.00"));
    UUID copy = add(payment("РМ00-000003", "", "800.00"));
    UUID otherPurpose = add(payment("РМ00-000004", "", "800.00").purpose("Оплата ЖКУ за сентябрь 2026, л/с 10001"));

    RunReport report = sandboxes.registrar().register(NOVEMBER, INN);

    assertThat(outcome(report, first).action()).isEqualTo(Action.SENT);
    assertThat(outcome(report, copy).reasonCode()).contains(ReasonCode.POSSIBLE_DUPLICATE);
    assertThat(outcome(report, copy).reason()).contains(Reason.of(ReasonCode.POSSIBLE_DUPLICATE, "РМ00-000002",
        "2026-11-02", "", "", "", ""));
    assertThat(outcome(report, otherPurpose).action()).isEqualTo(Action.SENT);
  }

  @Test
  void aDeletedOriginalThatNeverGotAReceiptDoesNotHoldTheCopyBack() {
    UUID original = add(payment("РМ00-000002", "307076", "1520.40").deletionMark(true).posted(false));
    UUID copy = add(payment("РМ00-000153", "307076", "1520.40"));

    RunReport report = sandboxes.registrar().register(NOVEMBER, INN);

    assertThat(outcome(report, original).reasonCode()).contains(ReasonCode.MARKED_FOR_DELETION);
    assertThat(outcome(report, copy).action()).isEqualTo(Action.SENT);
  }
}
