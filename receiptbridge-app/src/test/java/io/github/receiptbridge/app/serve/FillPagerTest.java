package io.github.receiptbridge.app.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.PlannedAction;
import io.github.receiptbridge.core.Reason;
import io.github.receiptbridge.core.ReasonCode;
import io.github.receiptbridge.core.SavedState;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FillPagerTest {
  /** 250 documents: every other one to send, every fifth in {@code success}, the others without a status. */
  private static final List<FillRow> ROWS = rows(250);

  private final ScriptedWork work = new ScriptedWork().withRows(ROWS);
  private final OrganizationUnit unit = work.unit("uk");
  private final FillPager pager = new FillPager(new Organizations(List.of(unit)));

  @Test
  void aPageHoldsItsShareOfTheMatchingRowsAndCountsThemAll() {
    FillPage page = pager.fill("uk", ScriptedWork.PERIOD, new FillQuery(2, 50, Optional.empty(),
        Optional.of(PlannedAction.SEND)));

    assertThat(page.rows()).hasSize(50).allSatisfy(row -> assertThat(row.action()).isEqualTo(PlannedAction.SEND));
    assertThat(page.rows().get(0)).isEqualTo(ROWS.get(100)); // the 51st row to send is the 101st of all
    assertThat(page.matching()).isEqualTo(125);
    assertThat(page.total()).isEqualTo(250);
    assertThat(page.page()).isEqualTo(2);
    assertThat(page.pages()).isEqualTo(3);
  }

  @Test
  void aPageBeyondTheLastShowsTheLast() {
    FillPage page = FillPager.page("uk", ScriptedWork.PERIOD, ROWS, new FillQuery(9, 100, Optional.empty(),
        Optional.empty()));

    assertThat(page.page()).isEqualTo(3);
    assertThat(page.rows()).hasSize(50).last().isEqualTo(ROWS.get(249));
  }

  @Test
  void anEmptyStatusAsksForTheRowsWithoutOne() {
    FillPage withoutStatus = FillPager.page("uk", ScriptedWork.PERIOD, ROWS, new FillQuery(1, 1000,
        Optional.of(""), Optional.empty()));
    FillPage successful = FillPager.page("uk", ScriptedWork.PERIOD, ROWS, FillQuery.largestPagesWithStatus("success"));

    assertThat(withoutStatus.matching()).isEqualTo(200);
    assertThat(successful.matching()).isEqualTo(50);
  }

  @Test
  void nothingMatchingIsOneEmptyPage() {
    FillPage page = FillPager.page("uk", ScriptedWork.PERIOD, List.of(), FillQuery.firstPage());

    assertThat(page.rows()).isEmpty();
    assertThat(page.page()).isEqualTo(1);
    assertThat(page.pages()).isEqualTo(1);
  }

  @Test
  void thePeriodIsReadFrom1cOnceUntilAPassClearsTheCopy() {
    pager.fill("uk", ScriptedWork.PERIOD, FillQuery.firstPage());
    pager.fill("uk", ScriptedWork.PERIOD, FillQuery.firstPage().onPage(2));
    assertThat(work.fills()).isEqualTo(1);

    unit.fillCache().clear(); // what a pass does when it starts and ends
    pager.fill("uk", ScriptedWork.PERIOD, FillQuery.firstPage());

    assertThat(work.fills()).isEqualTo(2);
  }

  @Test
  void anOrganizationThatIsNotConfiguredIsRefused() {
    assertThatThrownBy(() -> pager.fill("nope", ScriptedWork.PERIOD, FillQuery.firstPage()))
        .isInstanceOf(UnknownOrganizationException.class);
  }

  @Test
  void sortingByAmountDescendingPutsTheLargestFirstAndKeepsTiesIn1cOrder() {
    List<FillRow> rows = List.of(FillQueryTest.row("3", "2026-11-01T10:00", "100.00", "Б"),
        FillQueryTest.row("1", "2026-11-02T10:00", "500.00", "А"),
        FillQueryTest.row("2", "2026-11-03T10:00", "100.00", "В"));

    FillPage page = FillPager.page("uk", ScriptedWork.PERIOD, rows,
        FillQuery.firstPage().sorted(new FillSort(FillSort.Column.AMOUNT, true)));

    assertThat(page.rows()).extracting(FillRow::number).containsExactly("1", "3", "2");
  }

  @Test
  void sortingByPayerIsAlphabeticalInRussianAndByNumberAsWritten() {
    List<FillRow> rows = List.of(FillQueryTest.row("10", "2026-11-01T10:00", "1.00", "ёлкин"),
        FillQueryTest.row("09", "2026-11-02T10:00", "1.00", "Жуков"),
        FillQueryTest.row("11", "2026-11-03T10:00", "1.00", "Андреев"));

    assertThat(FillPager.page("uk", ScriptedWork.PERIOD, rows,
        FillQuery.firstPage().sorted(new FillSort(FillSort.Column.PAYER, false))).rows())
        .extracting(FillRow::number).containsExactly("11", "10", "09");
    assertThat(FillPager.page("uk", ScriptedWork.PERIOD, rows,
        FillQuery.firstPage().sorted(new FillSort(FillSort.Column.NUMBER, true))).rows())
        .extracting(FillRow::number).containsExactly("11", "10", "09");
  }

  @Test
  void sortingByDateOrStatusReordersBeforeThePageIsCut() {
    FillPage latestFirst = FillPager.page("uk", ScriptedWork.PERIOD, ROWS,
        new FillQuery(1, 10, Optional.empty(), Optional.empty()).sorted(new FillSort(FillSort.Column.DATE, true)));
    FillPage byStatus = FillPager.page("uk", ScriptedWork.PERIOD, ROWS,
        FillQuery.firstPage().sorted(new FillSort(FillSort.Column.STATUS, true)));

    assertThat(latestFirst.rows().get(0).number()).isEqualTo("UK-00223"); // 28 November, the largest number
    assertThat(byStatus.rows()).first().satisfies(row ->
        assertThat(row.savedState().rawStatus()).contains("success"));
  }

  @Test
  void theTotalsAddUpTheWholePeriodWhateverTheFilter() {
    FillRow sent = FillRow.builder().from(FillQueryTest.row("1", "2026-11-01T10:00", "100.50", "А"))
        .action(PlannedAction.ALREADY_SENT).savedState(SavedState.builder().rawStatus("success").receiptId(1L).build())
        .build();
    FillRow failed = FillRow.builder().from(FillQueryTest.row("2", "2026-11-01T11:00", "200.00", "Б"))
        .action(PlannedAction.ALREADY_SENT).savedState(SavedState.builder().rawStatus("error").receiptId(2L).build())
        .build();
    FillRow skipped = FillRow.builder().from(FillQueryTest.row("3", "2026-11-01T12:00", "300.00", "В"))
        .action(PlannedAction.SKIP).skipReason(Reason.of(ReasonCode.NOT_POSTED)).build();
    FillRow toSend = FillQueryTest.row("4", "2026-11-01T13:00", "400.25", "Г");

    FillTotals totals = FillPager.page("uk", ScriptedWork.PERIOD, List.of(sent, failed, skipped, toSend),
        FillQuery.firstPage().searching("Г")).totals();

    assertThat(totals.period()).isEqualTo(new FillTotals.Sum(4, new BigDecimal("1000.75")));
    assertThat(totals.sent()).isEqualTo(new FillTotals.Sum(2, new BigDecimal("300.50")));
    assertThat(totals.failed()).isEqualTo(new FillTotals.Sum(1, new BigDecimal("200.00")));
    assertThat(totals.skipped()).isEqualTo(new FillTotals.Sum(1, new BigDecimal("300.00")));
    assertThat(totals.toSend()).isEqualTo(new FillTotals.Sum(1, new BigDecimal("400.25")));
  }

  @Test
  void searchAndFilterNarrowTheMatchingCountNotTheTotal() {
    FillPage page = FillPager.page("uk", ScriptedWork.PERIOD, ROWS,
        FillQuery.firstPage().searching(ROWS.get(41).number()));

    assertThat(page.rows()).contains(ROWS.get(41));
    assertThat(page.matching()).isLessThan(page.total());
    assertThat(page.total()).isEqualTo(250);
  }

  private static List<FillRow> rows(int count) {
    List<FillRow> rows = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      rows.add(ScriptedWork.row(i, i % 2 == 1 ? PlannedAction.SEND : PlannedAction.SKIP, i % 5 == 0 ? "success" : ""));
    }
    return List.copyOf(rows);
  }
}
