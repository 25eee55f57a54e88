package io.github.receiptbridge.app.serve.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.receiptbridge.app.serve.ConsoleSettings;
import io.github.receiptbridge.app.serve.ServiceConsole;
import io.github.receiptbridge.app.serve.ServiceFixture;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
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
 * The console in a real browser: Debian's headless Chromium driven through its chromedriver (nothing is downloaded).
 * Skipped, with how to install them, when either is missing. Saves a screenshot of each page under
 * {@code target/screenshots/}.
 */
class ConsoleBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private static ChromeDriverService driverService;
  private static WebDriver browser;
  private static Path profile;

  /**
   * The real service on the in-process demo simulators on Monday 7 December 2026 at noon: «УК Ромашка» and «ТСЖ
   * Лесное» with November and the first week of December.
   */
  static ServiceFixture serviceUnderTest() {
    return new ServiceFixture(LocalDateTime.of(2026, 12, 7, 12, 0));
  }

  /** Whether Debian's Chromium and its driver are installed. */
  private static boolean browserInstalled() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  /** Each test, not the class, is skipped without a browser, so the report counts and names every skipped test. */
  @BeforeEach
  void needsTheBrowser() {
    Assumptions.assumeTrue(browserInstalled(), "SKIPPED: the browser tests need Debian's headless Chromium and its "
        + "driver at " + CHROMIUM + " and " + CHROMEDRIVER + ": apt-get install chromium chromium-driver");
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
  void theAccountantFillsRegistersChecksAndAuditsFromTheForm() throws IOException {
    try (ServiceFixture demo = serviceUnderTest(); WebConsole console = WebConsole.start(demo.console(),
        new ConsoleSettings("127.0.0.1", 0, Optional.empty(), Optional.empty()))) {
      ServiceConsole service = demo.console();
      browser.get(console.url());
      awaitHeading("Регистрация чеков");
      Select organization = new Select(browser.findElement(By.id("org")));
      assertThat(organization.getOptions()).hasSize(service.organizations().size());
      assertThat(browser.findElement(By.id("from")).getAttribute("value"))
          .isEqualTo(service.defaultPeriod().from().toString());
      assertThat(browser.findElement(By.id("to")).getAttribute("value"))
          .isEqualTo(service.defaultPeriod().to().toString());
      screenshot("01-form");

      click("fill");
      List<WebElement> rows = wait(driver -> driver.findElements(By.cssSelector("table.fill tbody tr[data-number]")),
          found -> !found.isEmpty());
      assertThat(browser.findElement(By.id("counts")).getText()).startsWith("Документов за период:");
      screenshot("02-table");
      assertThat(rows).isNotEmpty();

      click("register");
      click("confirm-register");
      awaitPassEnd("03-register");
      click("to-table");
      click("status");
      awaitPassEnd("04-status");

      click("to-table");
      List<String> statuses = wait(driver -> driver.findElements(By.cssSelector("table.fill td.status")).stream()
          .map(WebElement::getText).toList(), found -> !found.isEmpty());
      assertThat(statuses).contains("Проведен");
      screenshot("05-table-after-register");

      click("audit");
      awaitPassEnd("06-audit");

      browser.get(console.url() + "history");
      awaitHeading("История");
      assertThat(browser.findElements(By.cssSelector("#history tbody tr"))).hasSizeGreaterThanOrEqualTo(3);
      screenshot("07-history");

      browser.get(console.url());
      awaitHeading("Регистрация чеков");
      ((JavascriptExecutor) browser).executeScript(
          "document.querySelector('input[name=csrf]').remove();");
      click("register");
      awaitHeading("Действие отклонено");
      assertThat(browser.findElement(By.id("error")).getText()).contains("нет ключа CSRF");
      screenshot("08-csrf-refused");
      assertThat(service.history(100)).hasSize(3);
    }
    assertThatThrownBy(() -> WebConsole.start(new FakeServiceConsole(),
        new ConsoleSettings("0.0.0.0", 0, Optional.empty(), Optional.empty())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SERVE_PASSWORD");
  }

  @Test
  void withAPasswordTheBrowserLogsInFirst() throws IOException {
    try (ServiceFixture demo = serviceUnderTest(); WebConsole console = WebConsole.start(demo.console(),
        new ConsoleSettings("127.0.0.1", 0, Optional.of("пароль для теста"), Optional.empty()))) {
      browser.get(console.url() + "history");
      awaitHeading("Вход в консоль");
      screenshot("09-login");
      browser.findElement(By.id("password")).sendKeys("не тот");
      click("enter");
      String error = wait(driver -> driver.findElement(By.id("error")).getText(), text -> true);
      assertThat(error).isEqualTo("Неверный пароль.");
      browser.findElement(By.id("password")).sendKeys("пароль для теста");
      click("enter");
      awaitHeading("История");
      wait(driver -> driver.findElement(By.cssSelector("form.logout button")), button -> true).click();
      awaitHeading("Вход в консоль");
    }
  }

  /** Clicks the element {@code id} once the page that has it is there. */
  private static void click(String id) {
    wait(driver -> driver.findElement(By.id(id)), element -> element.isDisplayed() && element.isEnabled()).click();
  }

  /** Waits for the page whose heading is {@code heading}. */
  private static void awaitHeading(String heading) {
    wait(driver -> driver.findElement(By.tagName("h1")).getText(), heading::equals);
  }

  /** Waits on the pass page until the pass is no longer running, seen through the page's own polling. */
  private static void awaitPassEnd(String screenshot) throws IOException {
    String state = wait(driver -> driver.findElement(By.id("pass")).getAttribute("data-state"),
        current -> !"RUNNING".equals(current));
    assertThat(state).isEqualTo("FINISHED");
    assertThat(browser.findElement(By.id("done")).getText()).isEqualTo(browser.findElement(By.id("total")).getText());
    assertThat(browser.findElement(By.id("summary")).getText()).isNotBlank();
    screenshot(screenshot);
  }

  /**
   * Waits until {@code read} gives a value {@code done} accepts. A read while the page is being replaced (a click's
   * navigation, the pass page's reload) can fail in several ways; it is tried again until {@link #PATIENCE} passes,
   * and the timeout then names the last failure.
   */
  private static <T> T wait(Function<WebDriver, T> read, Predicate<T> done) {
    return new WebDriverWait(browser, PATIENCE).ignoring(WebDriverException.class)
        .until(driver -> {
          T value = read.apply(driver);
          return done.test(value) ? value : null;
        });
  }

  private static void screenshot(String name) throws IOException {
    ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)"); // the page as it opens: form, then table
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
