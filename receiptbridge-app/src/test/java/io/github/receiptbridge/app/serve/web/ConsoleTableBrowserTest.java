package io.github.receiptbridge.app.serve.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.app.serve.ConsoleSettings;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The «Заполнить» table and the preview of «Приход» in a real browser (Debian's headless Chromium through its
 * chromedriver, as {@link ConsoleBrowserTest}) at 1366, 1024 and 375 px, over {@link MarkedRows}: no horizontal page
 * scroll, status and reason on screen, search, sorting, filters, the preview. Saves screenshots under {@code
 * target/screenshots/} ({@code table-1366.png}, …). Skipped, with how to install them, without the browser.
 */
class ConsoleTableBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final List<Integer> WIDTHS = List.of(1366, 1024, 375);

  private static ChromeDriverService driverService;
  private static ChromeDriver browser;
  private static Path profile;

  private final TableConsole service = MarkedRows.console();
  private WebConsole console;

  private static boolean browserInstalled() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  /** Each test, not the class, is skipped without a browser, so the report counts and names every skipped test. */
  @BeforeEach
  void needsTheBrowser() {
    Assumptions.assumeTrue(browserInstalled(), "SKIPPED: the browser tests need Debian's headless Chromium and its "
        + "driver at " + CHROMIUM + " and " + CHROMEDRIVER + ": apt-get install chromium chromium-driver");
    console = WebConsole.start(service, new ConsoleSettings("127.0.0.1", 0, Optional.empty(), Optional.empty()));
  }

  @AfterEach
  void stopConsole() {
    if (console != null) {
      console.close();
    }
  }

  @BeforeAll
  static void startBrowser() throws IOException {
    if (!browserInstalled()) {
      return;
    }
    profile = Files.createTempDirectory("receiptbridge-chromium-");
    driverService = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1400,1000", "--lang=ru-RU", "--user-data-dir=" + profile.toAbsolutePath());
    browser = new ChromeDriver(driverService, options);
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stopBrowser() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (driverService != null) {
      driverService.stop();
    }
    if (profile != null) {
      try (Stream<Path> files = Files.walk(profile)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(file);
        }
      }
    }
  }

  @Test
  void atEveryWidthTheTableFitsWithoutHorizontalScrollAndShowsStatusAndReason() throws IOException {
    for (int width : WIDTHS) {
      viewport(width);
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
      screenshot("table-" + width);
    }
  }

  @Test
  void atTheOfficeWidthTheSecondaryColumnsFoldIntoTheRowsDetails() throws IOException {
    viewport(1024);
    open("?org=uk&fill=1&size=50");
    assertThat(browser.findElement(By.cssSelector("table.fill th.secondary")).isDisplayed()).isFalse();
    WebElement more = cell("UK-00001", "details.more summary");
    assertThat(more.isDisplayed()).isTrue();
    more.click();
    assertThat(cell("UK-00001", "details.more").getText()).contains("payer1@example.ru", "ОплатаПокупателя");
    screenshot("table-1024-details");

    viewport(1366);
    open("?org=uk&fill=1&size=50");
    assertThat(browser.findElement(By.cssSelector("table.fill th.secondary")).isDisplayed()).isTrue();
    assertThat(cell("UK-00001", "details.more").isDisplayed()).isFalse();
    cell("UK-00005", "details.receipt summary").click();
    assertThat(cell("UK-00005", "details.receipt").getText()).contains("ФН", "9960440300123456", "ФПД",
        "«Проверка чеков»");
    screenshot("table-1366-receipt");
  }

  @Test
  void onAPhoneEachRowIsACardWhoseCellsSayWhatTheyAre() throws IOException {
    viewport(375);
    open("?org=uk&fill=1&size=50");
    assertThat(browser.findElement(By.cssSelector("table.fill thead")).isDisplayed()).isFalse();
    String label = (String) ((JavascriptExecutor) browser).executeScript("return getComputedStyle(document"
        + ".querySelector('tr[data-number=\"UK-00013\"] td.status'), '::before').content");
    assertThat(label).isEqualTo("\"Статус чека\"");
    screenshotAt("table-375-cards", cell("UK-00013", "td.status"));
  }

  @Test
  void theSearchBoxFindsAnAmountAndTheFiltersAMark() throws IOException {
    viewport(1366);
    open("?org=uk&fill=1");
    WebElement search = wait(driver -> driver.findElement(By.id("search")), WebElement::isDisplayed);
    search.sendKeys("1035,40");
    click("show");
    assertThat(numbers()).containsExactly("UK-00005");
    screenshot("table-search");

    wait(driver -> driver.findElement(By.id("search")), WebElement::isDisplayed).clear();
    new Select(browser.findElement(By.id("filter-mark"))).selectByVisibleText("Расхождение");
    click("show");
    assertThat(numbers()).containsExactly("UK-00002");
    assertThat(cell("UK-00002", ".mark.mismatch").getText()).contains("последний аудит: чек 5002 на 1000.00");
    screenshot("table-filter-mismatch");
  }

  @Test
  void aHeaderSortsAscendingThenDescending() throws IOException {
    viewport(1366);
    open("?org=uk&fill=1&action=SEND");
    wait(driver -> driver.findElement(By.linkText("Сумма")), WebElement::isDisplayed).click();
    wait(driver -> numbers().get(0), "UK-F0001"::equals);
    wait(driver -> driver.findElement(By.linkText("Сумма")), WebElement::isDisplayed).click();
    wait(driver -> numbers().get(0), "UK-00038"::equals);
    assertThat(browser.findElement(By.cssSelector("th .arrow")).getText()).isEqualTo("▼");
    screenshot("table-sorted");
  }

  @Test
  void prikhodShowsThePreviewAndStartsOnlyOnConfirmation() throws IOException {
    for (int width : List.of(1366, 375)) {
      viewport(width);
      open("?org=uk&fill=1");
      click("register");
      WebElement summary = wait(driver -> driver.findElement(By.id("preview-summary")), WebElement::isDisplayed);
      assertThat(summary.getText()).startsWith("Будет отправлено чеков: 25 на сумму");
      assertThat(browser.findElement(By.id("preview-warnings")).getText())
          .contains("Дата позже сегодняшней", "UK-F0001", "Старше месяца", "UK-O0001");
      assertNoHorizontalScroll(width);
      screenshot("preview-" + width);
      assertThat(service.fake.starts()).isEmpty();
    }
    click("preview-cancel");
    wait(driver -> driver.findElements(By.cssSelector("table.fill tbody tr[data-number]")), rows -> !rows.isEmpty());
    assertThat(service.fake.starts()).isEmpty();

    click("register");
    click("confirm-register");
    wait(driver -> driver.getCurrentUrl(), url -> url.contains("/passes/"));
    assertThat(service.fake.starts()).singleElement().asString().startsWith("uk REGISTER");
  }

  private void open(String path) {
    browser.get(console.url() + path);
    wait(driver -> driver.findElement(By.tagName("h1")).getText(), "Регистрация чеков"::equals);
  }

  /** Makes the page {@code width} CSS pixels wide, as a phone's or a monitor's. */
  private static void viewport(int width) {
    browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900,
        "deviceScaleFactor", 1, "mobile", width < 600));
  }

  private static void assertNoHorizontalScroll(int width) {
    Map<?, ?> sizes = (Map<?, ?>) ((JavascriptExecutor) browser).executeScript("return {scroll: "
        + "document.documentElement.scrollWidth, inner: window.innerWidth};");
    long inner = ((Number) sizes.get("inner")).longValue();
    assertThat(inner).as("the viewport").isEqualTo(width);
    assertThat(((Number) sizes.get("scroll")).longValue()).as("the page's width at %d px", width)
        .isLessThanOrEqualTo(inner);
  }

  private static void assertOnScreen(WebElement element, int width) {
    assertThat(element.isDisplayed()).isTrue();
    assertThat(element.getRect().getX()).isGreaterThanOrEqualTo(0);
    assertThat(element.getRect().getX() + element.getRect().getWidth()).as("right edge at %d px", width)
        .isLessThanOrEqualTo(width);
  }

  private static WebElement cell(String number, String selector) {
    return wait(driver -> driver.findElement(By.cssSelector("tr[data-number=\"" + number + "\"] " + selector)),
        element -> true);
  }

  private static List<String> numbers() {
    return wait(driver -> driver.findElements(By.cssSelector("table.fill tbody tr[data-number]")).stream()
        .map(row -> row.getAttribute("data-number")).toList(), found -> !found.isEmpty());
  }

  private static void click(String id) {
    wait(driver -> driver.findElement(By.id(id)), element -> element.isDisplayed() && element.isEnabled()).click();
  }

  private static <T> T wait(Function<WebDriver, T> read, Predicate<T> done) {
    return new WebDriverWait(browser, PATIENCE).ignoring(WebDriverException.class)
        .until(driver -> {
          T value = read.apply(driver);
          return done.test(value) ? value : null;
        });
  }

  private static void screenshot(String name) throws IOException {
    ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
    save(name);
  }

  /** A screenshot with {@code element} near the top. */
  private static void screenshotAt(String name, WebElement element) throws IOException {
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true); window.scrollBy(0, -80);",
        element);
    save(name);
  }

  private static void save(String name) throws IOException {
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
