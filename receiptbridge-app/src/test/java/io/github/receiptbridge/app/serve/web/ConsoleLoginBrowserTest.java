package io.github.receiptbridge.app.serve.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.app.serve.ConsoleSettings;
import io.github.receiptbridge.testkit.MutableClock;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mindrot.jbcrypt.BCrypt;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The login with personal users in a real browser (Debian's headless Chromium) at 1366, 1024 and 375 px: the form
 * asks for the name, the sixth wrong password within a minute is held back with how long to wait, the right one works
 * after the wait, and the frame says who is logged in. Screenshots under {@code target/screenshots/}.
 */
class ConsoleLoginBrowserTest {

  @RegisterExtension
  static final HeadlessChromium chromium = new HeadlessChromium();

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
      chromium.driver().manage().window().setSize(new Dimension(width, 900));
      chromium.driver().get(console.url() + "history");
      chromium.awaitHeading("Вход в консоль");
      assertThat(chromium.driver().findElement(By.id("user")).isDisplayed()).isTrue();
      assertFitsTheWidth();
      chromium.screenshot("login-users-" + width);

      for (int i = 1; i <= 5; i++) {
        logIn("иванова", "не тот " + i);
        assertThat(error()).isEqualTo("Неверное имя пользователя или пароль.");
      }
      logIn("иванова", "пароль Ивановой");
      assertThat(error()).isEqualTo("Слишком много попыток входа: повторите через 60 с.");
      assertFitsTheWidth();
      chromium.screenshot("login-held-back-" + width);

      clock.advance(Duration.ofSeconds(60));
      logIn("иванова", "пароль Ивановой");
      chromium.awaitHeading("История");
      String who = chromium.driver().findElement(By.cssSelector("form.logout .who")).getText();
      assertThat(who).startsWith("иванова (сеанс");
      chromium.screenshot("logged-in-user-" + width);
      assertThat(actions).last().asString().startsWith("console: иванова (сеанс").endsWith(": вошёл");

      chromium.await(driver -> driver.findElement(By.cssSelector("form.logout button")), button -> true).click();
      chromium.awaitHeading("Вход в консоль");
    } finally {
      console.close();
    }
  }

  private static void logIn(String user, String password) {
    chromium.awaitHeading("Вход в консоль");
    chromium.driver().findElement(By.id("user")).clear();
    chromium.driver().findElement(By.id("user")).sendKeys(user);
    chromium.driver().findElement(By.id("password")).sendKeys(password);
    String before = String.valueOf(((JavascriptExecutor) chromium.driver()).executeScript("return performance.timeOrigin"));
    chromium.driver().findElement(By.id("enter")).click();
    chromium.await(driver -> String.valueOf(((JavascriptExecutor) driver).executeScript("return performance.timeOrigin")),
        origin -> !origin.equals(before));
  }

  private static String error() {
    return chromium.await(driver -> driver.findElement(By.id("error")).getText(), text -> !text.isBlank());
  }

  private static void assertFitsTheWidth() {
    assertThat(chromium.horizontalOverflow()).as("horizontal overflow in px").isLessThanOrEqualTo(0);
  }

}
