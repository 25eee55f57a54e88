package io.github.receiptbridge.app.serve.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.app.serve.ConsoleSettings;
import io.github.receiptbridge.app.serve.PassKind;
import io.github.receiptbridge.app.serve.PassRecord;
import io.github.receiptbridge.app.serve.PassRequest;
import io.github.receiptbridge.app.serve.ServiceFixture;
import io.github.receiptbridge.core.FiscalNumbers;
import io.github.receiptbridge.core.LateReceipt;
import io.github.receiptbridge.core.PayerRef;
import io.github.receiptbridge.core.RefundDocument;
import io.github.receiptbridge.core.RefundMatch;
import io.github.receiptbridge.core.RefundRow;
import io.github.receiptbridge.core.SavedState;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The pass page and «История» in real headless Chromium (Debian's, through its chromedriver; skipped without them): a
 * failed pass in Russian with its detail once behind «Подробнее», both pages at 1366, 1024 and 375 px without
 * horizontal scrolling, and the report downloads from the page. Screenshots under {@code target/screenshots/}.
 */
class ConsolePassesBrowserTest {
  private static final List<Integer> WIDTHS = List.of(1366, 1024, 375);
  private static final String DETAIL = "GET http://127.0.0.1:1/odata/standard.odata/Document_ПоступлениеНаРасчетныйСчет"
      + "?$filter=Ref_Key%20in%20(guid'4f5c34a0-ba5a-11ee-aad1-0050569f1a01',guid'4f5c34a0-ba5a-11ee-aad1-0050569f1a02',"
      + "guid'4f5c34a0-ba5a-11ee-aad1-0050569f1a03',guid'4f5c34a0-ba5a-11ee-aad1-0050569f1a04') failed:"
      + " java.net.ConnectException: Connection refused";

  @RegisterExtension
  static final HeadlessChromium chromium = new HeadlessChromium();

  @Test
  void aPassThatCouldNotReach1cSaysSoInRussianWithTheDetailOnceBehindПодробнее() throws IOException {
    FakeServiceConsole service = new FakeServiceConsole();
    try (RunningConsole console = RunningConsole.open(service)) {
      long id = service.start(PassRequest.scheduled("uk", PassKind.REGISTER, FakeServiceConsole.DEFAULT_PERIOD)).id();
      service.fail(id, DETAIL);
      chromium.driver().manage().window().setSize(new Dimension(1366, 900));
      chromium.driver().get(console.web.url() + "passes/" + id);
      chromium.awaitHeading("«Приход» — УК Ромашка");

      WebElement failure = chromium.driver().findElement(By.id("pass-error"));
      assertThat(failure.getText()).startsWith("1С не отвечает: проверьте, что база опубликована и сервер 1С доступен")
          .doesNotContain("ConnectException");
      assertThat(chromium.driver().findElement(By.id("trigger")).getText()).isEqualTo("по расписанию");
      WebElement detail = failure.findElement(By.cssSelector("details code"));
      assertThat(detail.isDisplayed()).as("folded").isFalse();
      failure.findElement(By.tagName("summary")).click();
      assertThat(detail.isDisplayed()).isTrue();
      assertThat(detail.getText()).isEqualTo(DETAIL);
      assertThat(visibleText().split("ConnectException", -1)).as("the detail once on the pass page").hasSize(2);
      assertNoHorizontalScroll("pass-failed-1366");

      chromium.driver().get(console.web.url() + "history");
      chromium.awaitHeading("История");
      assertThat(chromium.driver().findElement(By.id("history")).getText()).contains("1С не отвечает").contains("Подробнее")
          .doesNotContain("ConnectException");
      assertThat(chromium.driver().getPageSource().split("ConnectException", -1)).as("the detail once in «История»")
          .hasSize(2);
    }
  }

  @Test
  void historyAndThePassPageFit1366And1024AndBecomeCardsAt375() throws IOException {
    FakeServiceConsole service = new FakeServiceConsole();
    try (RunningConsole console = RunningConsole.open(service)) {
      long finished = 0;
      for (int i = 0; i < 6; i++) {
        String org = i % 2 == 0 ? "uk" : "tsg";
        long id = service.start(new PassRequest(org, PassKind.REGISTER, FakeServiceConsole.DEFAULT_PERIOD, List.of(),
            i % 3 == 0 ? PassRequest.SCHEDULE : "сеанс 1 (127.0.0.1)")).id();
        if (i % 2 == 0) {
          service.fail(id, DETAIL + " #" + i);
        } else {
          finished = service.finish(id).id();
        }
      }
      for (int width : WIDTHS) {
        chromium.driver().manage().window().setSize(new Dimension(width, 900));
        chromium.driver().get(console.web.url() + "history");
        chromium.awaitHeading("История");
        assertNoHorizontalScroll("history-" + width);
        chromium.driver().get(console.web.url() + "passes/" + finished);
        chromium.await(driver -> driver.findElement(By.tagName("h1")).getText(), text -> text.startsWith("«Приход» — "));
        assertNoHorizontalScroll("pass-" + width);
      }
      chromium.driver().manage().window().setSize(new Dimension(375, 900));
      chromium.driver().get(console.web.url() + "history");
      chromium.awaitHeading("История");
      assertThat(((JavascriptExecutor) chromium.driver()).executeScript(
          "return getComputedStyle(document.querySelector('#history thead')).display")).isEqualTo("none");
      chromium.driver().manage().window().setSize(new Dimension(1366, 900));
    }
  }

  @Test
  void lateReceiptsAndRefundsFit1366And1024AndBecomeCardsAt375() throws IOException {
    LateReceipt late = LateReceipt.builder().documentKey(UUID.fromString("4f5c34a0-ba5a-11ee-aad1-0050569f1a01"))
        .number("РМ00-000001").paymentDate(LocalDate.of(2026, 11, 2)).amount(new BigDecimal("1520.40"))
        .dueBy(LocalDate.of(2026, 11, 3)).fiscalizedAt(LocalDateTime.of(2026, 11, 6, 12, 0, 5)).receiptId(2)
        .externalId("1c-4f5c34a0-ba5a-11ee-aad1-0050569f1a01")
        .fiscalNumbers(FiscalNumbers.builder().fnNumber("9252440300117773").fiscalDocumentNumber(45211)
            .fiscalSign("3906843070").shiftNumber(48).shiftReceiptNumber(762).build())
        .build();
    RefundDocument refund = RefundDocument.builder().key(UUID.fromString("4f5c34a0-ba5a-11ee-aad1-0050569f1a02"))
        .organizationKey(UUID.fromString("11111111-1111-1111-1111-111111111111")).number("РМ00-000002")
        .date(LocalDateTime.of(2026, 11, 30, 10, 0)).amount(new BigDecimal("3115.82")).paymentPurpose("Возврат")
        .payer(PayerRef.of(UUID.fromString("22222222-2222-2222-2222-222222222222"))).build();
    RefundRow row = RefundRow.builder().refund(refund).savedState(SavedState.empty()).externalId("1c-x-refund")
        .match(RefundMatch.LIKELY).refunded(BigDecimal.ZERO).paymentKey(UUID.randomUUID())
        .paymentNumber("РМ00-000135").paymentDate(LocalDateTime.of(2026, 11, 26, 9, 0))
        .paymentAmount(new BigDecimal("6231.64")).refundable(new BigDecimal("6231.64")).paymentReceiptId(102L)
        .paymentReceiptStatus("success").build();
    FakeServiceConsole service = new FakeServiceConsole().withLateReceipts("uk", List.of(late))
        .withRefunds("uk", List.of(row));
    try (RunningConsole console = RunningConsole.open(service)) {
      for (int width : WIDTHS) {
        chromium.driver().manage().window().setSize(new Dimension(width, 900));
        chromium.driver().get(console.web.url() + "late");
        chromium.awaitHeading("Поздние чеки");
        assertNoHorizontalScroll("late-" + width);
        chromium.driver().get(console.web.url() + "refunds");
        chromium.awaitHeading("Возвраты");
        assertThat(chromium.driver().findElement(By.cssSelector("#refunds .receipt-status")).getAttribute("title"))
            .isEqualTo("success");
        assertThat(chromium.driver().findElement(By.cssSelector("#refunds .receipt-status")).getText()).isEqualTo("Проведен");
        assertNoHorizontalScroll("refunds-" + width);
      }
      chromium.driver().manage().window().setSize(new Dimension(1366, 900));
    }
  }

  @Test
  void theReportsOfARealPassDownloadFromThePassPageAndTheHistory() throws IOException {
    try (ServiceFixture demo = new ServiceFixture(LocalDateTime.of(2026, 12, 7, 12, 0));
        WebConsole console = WebConsole.start(demo.console(),
            new ConsoleSettings("127.0.0.1", 0, Optional.empty(), Optional.empty()))) {
      chromium.driver().manage().window().setSize(new Dimension(1366, 900));
      chromium.driver().get(console.url());
      chromium.awaitHeading("Регистрация чеков");
      chromium.click("register");
      chromium.click("confirm-register");
      String state = chromium.await(driver -> driver.findElement(By.id("pass")).getAttribute("data-state"),
          current -> !"RUNNING".equals(current));
      assertThat(state).isEqualTo("FINISHED");
      chromium.await(driver -> driver.findElement(By.id("reports")), WebElement::isDisplayed);
      chromium.screenshot("pass-report-1366");

      Map<String, Object> xlsx = download(chromium.driver().findElement(By.cssSelector("#reports a.report-xlsx")));
      assertThat(xlsx).containsEntry("status", 200L)
          .containsEntry("type", ExportTable.XLSX).containsEntry("head", "504b0304");
      Map<String, Object> csv = download(chromium.driver().findElement(By.cssSelector("#reports a.report-ru-csv")));
      assertThat(csv).containsEntry("status", 200L).containsEntry("head", "efbbbfd0");
      assertThat((String) csv.get("text")).contains(";").contains("Номер;Дата;Сумма;");

      chromium.driver().get(console.url() + "history");
      chromium.awaitHeading("История");
      Map<String, Object> fromHistory = download(chromium.driver().findElement(By.cssSelector("#history a.report-xlsx")));
      assertThat(fromHistory).containsEntry("status", 200L).containsEntry("head", "504b0304");
      PassRecord pass = demo.console().history(1).get(0);
      assertThat(pass.report()).isPresent();
    }
  }

  /** Fetches the link's target as the page would, with its session: status, content type, first bytes in hex. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> download(WebElement link) {
    String href = link.getAttribute("href");
    return (Map<String, Object>) ((JavascriptExecutor) chromium.driver()).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "fetch(arguments[0]).then(async r => { const b = new Uint8Array(await r.arrayBuffer());"
            + " const head = Array.from(b.slice(0, 4)).map(x => x.toString(16).padStart(2, '0')).join('');"
            + " done({status: r.status, type: r.headers.get('content-type'), head: head,"
            + " text: new TextDecoder().decode(b.slice(0, 400))}); })"
            + ".catch(e => done({error: String(e)}));", href);
  }

  private static String visibleText() {
    return chromium.driver().findElement(By.tagName("body")).getText();
  }

  private static void assertNoHorizontalScroll(String screenshot) throws IOException {
    chromium.screenshot(screenshot);
    assertThat(chromium.horizontalOverflow()).as("horizontal overflow of " + screenshot + " in px")
        .isLessThanOrEqualTo(0);
  }

}
