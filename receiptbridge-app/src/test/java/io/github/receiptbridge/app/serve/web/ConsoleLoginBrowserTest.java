package io.github.receiptbridge.app.serve.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.app.serve.ConsoleSettings;
import io.github.receiptbridge.testkit.MutableClock;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mindrot.jbcrypt.BCrypt;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The login with personal users in a real browser (Debian's headless Chromium) at 1366, 1024 and 375 px: the form
 * asks for the name, the sixth wrong password within a minute is held back with how long to wait, the right one works
 * after the wait, and the frame says who is logged in. Screenshots under {@code target/screenshots/}.
 */
class ConsoleLoginBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private static ChromeDriverService driverService;
  private static WebDriver browser;
  private static Path profile;

  private static boolean browserInstalled() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

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
    profile = Files.createTempDirectory("receiptbridge-chromium-login-");
    driverService = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1366,900", "--lang=ru-RU", "--user-data-dir=" + profile.toAbsolutePath());
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

  @ParameterizedTest(name = "{0} px")
  @ValueSource(ints = {1366, 1024, 375})
  void aPersonalUserIsHeldBackAfterFiveWrongPasswordsThenLogsInAndIsNamed(int width) throws IOException {
    MutableClock clock = new MutableClock(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC);
    List<String> actions = new CopyOnWriteArrayList<>();
    ConsoleSettings settings = ConsoleSettings.withoutPassword("127.0.0.1", 0)
        .withUsers(Map.of("иванова", BCrypt.hashpw("пароль Ивановой", BCrypt.gensalt(4))));
    WebConsole console = WebConsole.start(new FakeServiceConsole(), settings,
        new ConsoleOptions(clock, RunningConsole.ZONE, ActionLog.to(actions::add)));
    try {
      browser.manage().window().setSize(new Dimension(width, 900));
      browser.get(console.url() + "history");
      awaitHeading("Вход в консоль");
      assertThat(browser.findElement(By.id("user")).isDisplayed()).isTrue();
      assertFitsTheWidth();
      screenshot("login-users-" + width);

      for (int i = 1; i <= 5; i++) {
        logIn("иванова", "не тот " + i);
        assertThat(error()).isEqualTo("Неверное имя пользователя или пароль.");
      }
      logIn("иванова", "пароль Ивановой");
      assertThat(error()).isEqualTo("Слишком много попыток входа: повторите через 60 с.");
      assertFitsTheWidth();
      screenshot("login-held-back-" + width);

      clock.advance(Duration.ofSeconds(60));
      logIn("иванова", "пароль Ивановой");
      awaitHeading("История");
      String who = browser.findElement(By.cssSelector("form.logout .who")).getText();
      assertThat(who).startsWith("иванова (сеанс");
      screenshot("logged-in-user-" + width);
      assertThat(actions).last().asString().startsWith("console: иванова (сеанс").endsWith(": вошёл");

      wait(driver -> driver.findElement(By.cssSelector("form.logout button")), button -> true).click();
      awaitHeading("Вход в консоль");
    } finally {
      console.close();
    }
  }

  private static void logIn(String user, String password) {
    awaitHeading("Вход в консоль");
    browser.findElement(By.id("user")).clear();
    browser.findElement(By.id("user")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(password);
    String before = String.valueOf(((JavascriptExecutor) browser).executeScript("return performance.timeOrigin"));
    browser.findElement(By.id("enter")).click();
    wait(driver -> String.valueOf(((JavascriptExecutor) driver).executeScript("return performance.timeOrigin")),
        origin -> !origin.equals(before));
  }

  private static String error() {
    return wait(driver -> driver.findElement(By.id("error")).getText(), text -> !text.isBlank());
  }

  private static void assertFitsTheWidth() {
    Object overflow = ((JavascriptExecutor) browser).executeScript(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    assertThat(((Number) overflow).longValue()).as("horizontal overflow in px").isLessThanOrEqualTo(0);
  }

  private static void awaitHeading(String heading) {
    wait(driver -> driver.findElement(By.tagName("h1")).getText(), heading::equals);
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
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
