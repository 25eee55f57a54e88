package io.github.receiptbridge.app.serve.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.app.serve.ConsoleSettings;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The «Заполнить» table and the preview of «Приход» in a real browser (Debian's headless Chromium through its
 * chromedriver, as {@link ConsoleBrowserTest}) at 1366, 1024 and 375 px, over {@link MarkedRows}: no horizontal page
 * scroll, status and reason on screen, search, sorting, filters, the preview. Saves screenshots under {@code
 * target/screenshots/} ({@code table-1366.png}, …). Skipped, with how to install them, without the chromium.driver().
 */
class ConsoleTableBrowserTest {
  private static final List<Integer> WIDTHS = List.of(1366, 1024, 375);

  @RegisterExtension
  static final HeadlessChromium chromium = new HeadlessChromium();

  private final TableConsole service = MarkedRows.console();
  private WebConsole console;

  @BeforeEach
  void startConsole() {
    console = WebConsole.start(service, new ConsoleSettings("127.0.0.1", 0, Optional.empty(), Optional.empty()));
  }

  @AfterEach
  void stopConsole() {
    if (console != null) {
      console.close();
    }
  }

  @Test
  void atEveryWidthTheTableFitsWithoutHorizontalScrollAndShowsStatusAndReason() throws IOException {
    for (int width : WIDTHS) {
      chromium.viewport(width);
      open("?org=uk&fill=1&size=50");
      assertNoHorizontalScroll(width);
      WebElement status = cell("UK-00013", "td.status");
      assertOnScreen(status, width);
      assertThat(status.getText()).contains("Ошибка").contains("Счетмаш: " + MarkedRows.ERROR_TEXT);
      assertThat(status.findElement(By.cssSelector(".status-word")).getAttribute("title")).isEqualTo("error");
      WebElement reason = cell("UK-00007", "td.action");
      assertOnScreen(reason, width);
      assertThat(reason.getText()).contains("Пропуск: нет e-mail или телефона покупателя");
      assertOnScreen(cell("UK-00002", "td.action .mark.mismatch"), width);
      chromium.screenshot("table-" + width);
    }
  }

  @Test
  void atTheOfficeWidthTheSecondaryColumnsFoldIntoTheRowsDetails() throws IOException {
    chromium.viewport(1024);
    open("?org=uk&fill=1&size=50");
    assertThat(chromium.driver().findElement(By.cssSelector("table.fill th.secondary")).isDisplayed()).isFalse();
    WebElement more = cell("UK-00001", "details.more summary");
    assertThat(more.isDisplayed()).isTrue();
    more.click();
    assertThat(cell("UK-00001", "details.more").getText()).contains("payer1@example.ru", "ОплатаПокупателя");
    chromium.screenshot("table-1024-details");

    chromium.viewport(1366);
    open("?org=uk&fill=1&size=50");
    assertThat(chromium.driver().findElement(By.cssSelector("table.fill th.secondary")).isDisplayed()).isTrue();
    assertThat(cell("UK-00001", "details.more").isDisplayed()).isFalse();
    cell("UK-00005", "details.receipt summary").click();
    assertThat(cell("UK-00005", "details.receipt").getText()).contains("ФН", "9960440300123456", "ФПД",
        "«Проверка чеков»");
    chromium.screenshot("table-1366-receipt");
  }

  @Test
  void onAPhoneEachRowIsACardWhoseCellsSayWhatTheyAre() throws IOException {
    chromium.viewport(375);
    open("?org=uk&fill=1&size=50");
    assertThat(chromium.driver().findElement(By.cssSelector("table.fill thead")).isDisplayed()).isFalse();
    String label = (String) ((JavascriptExecutor) chromium.driver()).executeScript("return getComputedStyle(document"
        + ".querySelector('tr[data-number=\"UK-00013\"] td.status'), '::before').content");
    assertThat(label).isEqualTo("\"Статус чека\"");
    screenshotAt("table-375-cards", cell("UK-00013", "td.status"));
  }

  @Test
  void theSearchBoxFindsAnAmountAndTheFiltersAMark() throws IOException {
    chromium.viewport(1366);
    open("?org=uk&fill=1");
    WebElement search = chromium.await(driver -> driver.findElement(By.id("search")), WebElement::isDisplayed);
    search.sendKeys("1035,40");
    showTable();
    assertThat(numbers()).containsExactly("UK-00005");
    chromium.screenshot("table-search");

    chromium.await(driver -> driver.findElement(By.id("search")), WebElement::isDisplayed).clear();
    new Select(chromium.driver().findElement(By.id("filter-mark"))).selectByVisibleText("Расхождение");
    showTable();
    assertThat(numbers()).containsExactly("UK-00002");
    assertThat(cell("UK-00002", ".mark.mismatch").getText()).contains("последний аудит: чек 5002 на 1000.00");
    chromium.screenshot("table-filter-mismatch");
  }

  @Test
  void aHeaderSortsAscendingThenDescending() throws IOException {
    chromium.viewport(1366);
    open("?org=uk&fill=1&action=SEND");
    chromium.await(driver -> driver.findElement(By.linkText("Сумма")), WebElement::isDisplayed).click();
    chromium.await(driver -> numbers().get(0), "UK-F0001"::equals);
    chromium.await(driver -> driver.findElement(By.linkText("Сумма")), WebElement::isDisplayed).click();
    chromium.await(driver -> numbers().get(0), "UK-00038"::equals);
    assertThat(chromium.driver().findElement(By.cssSelector("th .arrow")).getText()).isEqualTo("▼");
    chromium.screenshot("table-sorted");
  }

  @Test
  void prikhodShowsThePreviewAndStartsOnlyOnConfirmation() throws IOException {
    for (int width : List.of(1366, 375)) {
      chromium.viewport(width);
      open("?org=uk&fill=1");
      chromium.click("register");
      WebElement summary = chromium.await(driver -> driver.findElement(By.id("preview-summary")), WebElement::isDisplayed);
      assertThat(summary.getText()).startsWith("Будет отправлено чеков: 25 на сумму");
      assertThat(chromium.driver().findElement(By.id("preview-warnings")).getText())
          .contains("Дата позже сегодняшней", "UK-F0001", "Старше месяца", "UK-O0001");
      assertNoHorizontalScroll(width);
      chromium.screenshot("preview-" + width);
      assertThat(service.fake.starts()).isEmpty();
    }
    chromium.click("preview-cancel");
    chromium.await(driver -> driver.findElements(By.cssSelector("table.fill tbody tr[data-number]")), rows -> !rows.isEmpty());
    assertThat(service.fake.starts()).isEmpty();

    chromium.click("register");
    chromium.click("confirm-register");
    chromium.await(driver -> driver.getCurrentUrl(), url -> url.contains("/passes/"));
    assertThat(service.fake.starts()).singleElement().asString().startsWith("uk REGISTER");
  }

  private void open(String path) {
    chromium.driver().get(console.url() + path);
    chromium.await(driver -> driver.findElement(By.tagName("h1")).getText(), "Регистрация чеков"::equals);
  }

  private static void assertNoHorizontalScroll(int width) {
    Number inner = (Number) chromium.driver().executeScript("return window.innerWidth");
    assertThat(inner.longValue()).as("the viewport").isEqualTo(width);
    assertThat(chromium.horizontalOverflow()).as("horizontal overflow at %d px", width).isLessThanOrEqualTo(0);
  }

  private static void assertOnScreen(WebElement element, int width) {
    assertThat(element.isDisplayed()).isTrue();
    assertThat(element.getRect().getX()).isGreaterThanOrEqualTo(0);
    assertThat(element.getRect().getX() + element.getRect().getWidth()).as("right edge at %d px", width)
        .isLessThanOrEqualTo(width);
  }

  private static WebElement cell(String number, String selector) {
    return chromium.await(driver -> driver.findElement(By.cssSelector("tr[data-number=\"" + number + "\"] " + selector)),
        element -> true);
  }

  /**
   * Clicks «Показать», which loads the table anew, and waits until the old table is gone: reading the rows at once
   * could still see the old page's.
   */
  private static void showTable() {
    WebElement oldTable = chromium.driver().findElement(By.cssSelector("table.fill"));
    chromium.click("show");
    chromium.await(driver -> isGone(oldTable), gone -> gone);
  }

  private static boolean isGone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException e) {
      return true;
    }
  }

  private static List<String> numbers() {
    return chromium.await(driver -> driver.findElements(By.cssSelector("table.fill tbody tr[data-number]")).stream()
        .map(row -> row.getAttribute("data-number")).toList(), found -> !found.isEmpty());
  }

  /** A screenshot with {@code element} near the top. */
  private static void screenshotAt(String name, WebElement element) throws IOException {
    ((JavascriptExecutor) chromium.driver()).executeScript("arguments[0].scrollIntoView(true); window.scrollBy(0, -80);",
        element);
    chromium.save(name);
  }

}
