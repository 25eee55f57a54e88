package io.github.receiptbridge.app.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.PlannedAction;
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

  private static List<FillRow> rows(int count) {
    List<FillRow> rows = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      rows.add(ScriptedWork.row(i, i % 2 == 1 ? PlannedAction.SEND : PlannedAction.SKIP, i % 5 == 0 ? "success" : ""));
    }
    return List.copyOf(rows);
  }
}
