package io.github.receiptbridge.app.serve.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver, for the console's browser tests, as a JUnit extension:
 * a test class declares {@code @RegisterExtension static final HeadlessChromium chromium = new HeadlessChromium();}
 * and gets one browser for all its tests, 1366 × 900 px, in Russian, with a profile of its own that is removed at the
 * end. Nothing is downloaded: where the browser or its driver is missing, each test (so the report names every one)
 * is skipped, saying how to install them. Screenshots go to {@code target/screenshots/}.
 */
final class HeadlessChromium implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  /** How long a wait lasts before it fails: long enough for a loaded 2-core machine. */
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private @Nullable ChromeDriverService service;
  private @Nullable ChromeDriver driver;
  private @Nullable Path profile;

  private static boolean installed() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  /** Starts the browser for the test class, when it is installed. */
  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    if (!installed()) {
      return;
    }
    Path folder = Files.createTempDirectory("receiptbridge-chromium-");
    profile = folder;
    ChromeDriverService started = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    service = started;
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1366,900", "--lang=ru-RU", "--user-data-dir=" + folder.toAbsolutePath());
    driver = new ChromeDriver(started, options);
    Files.createDirectories(SCREENSHOTS);
  }

  /** Skips the test, saying how to install the browser, when it is missing. */
  @Override
  public void beforeEach(ExtensionContext context) {
    Assumptions.assumeTrue(installed(), "SKIPPED: the browser tests need Debian's headless Chromium and its driver at "
        + CHROMIUM + " and " + CHROMEDRIVER + ": apt-get install chromium chromium-driver");
  }

  /** Quits the browser and its driver and removes the profile. */
  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (service != null) {
      service.stop();
    }
    if (profile != null) {
      try (Stream<Path> files = Files.walk(profile)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(file);
        }
      }
    }
  }

  /** The browser; there is one in every test the extension did not skip. */
  ChromeDriver driver() {
    return Objects.requireNonNull(driver, "no browser: the extension skips the tests without one");
  }

  /**
   * Waits until {@code read} gives a value {@code done} accepts. A read while the page is being replaced (a click's
   * navigation, the pass page's reload) can fail in several ways; it is tried again until the patience runs out, and
   * the timeout then names the last failure.
   */
  <T> T await(Function<WebDriver, T> read, Predicate<T> done) {
    return new WebDriverWait(driver(), PATIENCE).ignoring(WebDriverException.class)
        .until(browser -> {
          T value = read.apply(browser);
          return done.test(value) ? value : null;
        });
  }

  /** Clicks the element {@code id} once the page that has it is there. */
  void click(String id) {
    await(browser -> browser.findElement(By.id(id)), element -> element.isDisplayed() && element.isEnabled()).click();
  }

  /** Waits for the page whose heading is {@code heading}. */
  void awaitHeading(String heading) {
    await(browser -> browser.findElement(By.tagName("h1")).getText(), heading::equals);
  }

  /** Makes the page {@code width} CSS pixels wide, as a phone's or a monitor's. */
  void viewport(int width) {
    driver().executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900,
        "deviceScaleFactor", 1, "mobile", width < 600));
  }

  /** How many CSS pixels the page is wider than the window: 0 or less when it needs no horizontal scroll. */
  long horizontalOverflow() {
    return ((Number) driver().executeScript(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).longValue();
  }

  /** Saves the page as it opens (scrolled to the top) as {@code target/screenshots/<name>.png}. */
  void screenshot(String name) throws IOException {
    driver().executeScript("window.scrollTo(0, 0)");
    save(name);
  }

  /** Saves the window as it is scrolled now as {@code target/screenshots/<name>.png}. */
  void save(String name) throws IOException {
    File shot = driver().getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
