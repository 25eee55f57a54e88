package io.github.receiptbridge.app.serve.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.receiptbridge.app.serve.ConsoleSettings;
import io.github.receiptbridge.app.serve.ServiceConsole;
import io.github.receiptbridge.app.serve.ServiceFixture;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The console in a real browser: Debian's headless Chromium driven through its chromedriver (nothing is downloaded).
 * Skipped, with how to install them, when either is missing. Saves a screenshot of each page under
 * {@code target/screenshots/}.
 */
class ConsoleBrowserTest {

  @RegisterExtension
  static final HeadlessChromium chromium = new HeadlessChromium();

  /**
   * The real service on the in-process demo simulators on Monday 7 December 2026 at noon: «УК Ромашка» and «ТСЖ
   * Лесное» with November and the first week of December.
   */
  static ServiceFixture serviceUnderTest() {
    return new ServiceFixture(LocalDateTime.of(2026, 12, 7, 12, 0));
  }

  @Test
  void theAccountantFillsRegistersChecksAndAuditsFromTheForm() throws IOException {
    try (ServiceFixture demo = serviceUnderTest(); WebConsole console = WebConsole.start(demo.console(),
        new ConsoleSettings("127.0.0.1", 0, Optional.empty(), Optional.empty()))) {
      ServiceConsole service = demo.console();
      chromium.driver().get(console.url());
      chromium.awaitHeading("Регистрация чеков");
      Select organization = new Select(chromium.driver().findElement(By.id("org")));
      assertThat(organization.getOptions()).hasSize(service.organizations().size());
      assertThat(chromium.driver().findElement(By.id("from")).getAttribute("value"))
          .isEqualTo(service.defaultPeriod().from().toString());
      assertThat(chromium.driver().findElement(By.id("to")).getAttribute("value"))
          .isEqualTo(service.defaultPeriod().to().toString());
      chromium.screenshot("01-form");

      chromium.click("fill");
      List<WebElement> rows = chromium.await(driver -> driver.findElements(By.cssSelector("table.fill tbody tr[data-number]")),
          found -> !found.isEmpty());
      assertThat(chromium.driver().findElement(By.id("counts")).getText()).startsWith("Документов за период:");
      chromium.screenshot("02-table");
      assertThat(rows).isNotEmpty();

      chromium.click("register");
      chromium.click("confirm-register");
      awaitPassEnd("03-register");
      chromium.click("to-table");
      chromium.click("status");
      awaitPassEnd("04-status");

      chromium.click("to-table");
      List<String> statuses = chromium.await(driver -> driver.findElements(By.cssSelector("table.fill td.status")).stream()
          .map(WebElement::getText).toList(), found -> !found.isEmpty());
      assertThat(statuses).contains("Проведен");
      chromium.screenshot("05-table-after-register");

      chromium.click("audit");
      awaitPassEnd("06-audit");

      chromium.driver().get(console.url() + "history");
      chromium.awaitHeading("История");
      assertThat(chromium.driver().findElements(By.cssSelector("#history tbody tr"))).hasSizeGreaterThanOrEqualTo(3);
      chromium.screenshot("07-history");

      chromium.driver().get(console.url());
      chromium.awaitHeading("Регистрация чеков");
      ((JavascriptExecutor) chromium.driver()).executeScript(
          "document.querySelector('input[name=csrf]').remove();");
      chromium.click("register");
      chromium.awaitHeading("Действие отклонено");
      assertThat(chromium.driver().findElement(By.id("error")).getText()).contains("нет ключа CSRF");
      chromium.screenshot("08-csrf-refused");
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
      chromium.driver().get(console.url() + "history");
      chromium.awaitHeading("Вход в консоль");
      chromium.screenshot("09-login");
      chromium.driver().findElement(By.id("password")).sendKeys("не тот");
      chromium.click("enter");
      String error = chromium.await(driver -> driver.findElement(By.id("error")).getText(), text -> true);
      assertThat(error).isEqualTo("Неверный пароль.");
      chromium.driver().findElement(By.id("password")).sendKeys("пароль для теста");
      chromium.click("enter");
      chromium.awaitHeading("История");
      chromium.await(driver -> driver.findElement(By.cssSelector("form.logout button")), button -> true).click();
      chromium.awaitHeading("Вход в консоль");
    }
  }

  /** Waits on the pass page until the pass is no longer running, seen through the page's own polling. */
  private static void awaitPassEnd(String screenshot) throws IOException {
    String state = chromium.await(driver -> driver.findElement(By.id("pass")).getAttribute("data-state"),
        current -> !"RUNNING".equals(current));
    assertThat(state).isEqualTo("FINISHED");
    assertThat(chromium.driver().findElement(By.id("done")).getText()).isEqualTo(chromium.driver().findElement(By.id("total")).getText());
    assertThat(chromium.driver().findElement(By.id("summary")).getText()).isNotBlank();
    chromium.screenshot(screenshot);
  }

}
