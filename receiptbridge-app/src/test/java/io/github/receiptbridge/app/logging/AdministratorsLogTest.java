package io.github.receiptbridge.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.joran.spi.JoranException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/**
 * The administrator's log: the jar's {@code logback.xml} and the distribution's {@code conf/logback.xml} both stamp
 * every line with the time in 1C's zone and the level, keep the CLI's levels (warnings; HTTP lines, which exist only
 * under --verbose; serve's INFO lines) and write nothing on stdout.
 */
class AdministratorsLogTest {
  private static final String LINE = "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} ";

  private final PrintStream stdout = System.out;
  private final PrintStream stderr = System.err;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @TempDir
  Path folder;

  @AfterEach
  void restore() {
    System.setOut(stdout);
    System.setErr(stderr);
    LogZone.use(LogZone.DEFAULT);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"jar", "distribution"})
  void everyLineHasTheTimeInOnecsZoneAndTheLevelAndTheCliLevelsStay(String which) throws Exception {
    capture();
    LoggerContext context = configured(which.equals("jar") ? jarConfiguration() : distributionConfiguration());
    LogZone.use(ZoneId.of("Asia/Vladivostok"));
    context.getLogger("io.github.receiptbridge.core.Workflow").warn("one document failed");
    context.getLogger("io.github.receiptbridge.core.Workflow").info("not for the administrator");
    context.getLogger("io.github.receiptbridge.schetmash.http").info("POST /receipts -> 200 (12 ms)");
    context.getLogger("io.github.receiptbridge.app.serve.web.ActionLog").info("console: иванова: вошёл");
    context.getLogger("io.github.receiptbridge.app.serve.PassRunner").info("«Приход» of uk (pass 1) finished");
    context.getLogger("io.javalin.Javalin").info("Javalin started");
    context.getLogger("org.eclipse.jetty.server.Server").info("Started");
    context.stop();

    List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(4).allSatisfy(line -> assertThat(line).matches(LINE + "\\+10:00 .*"));
    assertThat(lines).extracting(line -> line.substring(31)).containsExactly(
        "WARN  Workflow - one document failed",
        "INFO  http - POST /receipts -> 200 (12 ms)",
        "INFO  ActionLog - console: иванова: вошёл",
        "INFO  PassRunner - «Приход» of uk (pass 1) finished");
    assertThat(out.toString(StandardCharsets.UTF_8)).as("stdout is the commands' own").isEmpty();
  }

  @Test
  void beforeAConfigurationSaysOtherwiseTheZoneIsMoscow() throws Exception {
    capture();
    LoggerContext context = configured(jarConfiguration());
    context.getLogger("x").error("failed");
    context.stop();
    assertThat(err.toString(StandardCharsets.UTF_8)).matches(LINE + "\\+03:00 ERROR x - failed\\R");
  }

  @Test
  void aPatternOfTheAdministratorsOwnMayFormatTheTime() throws Exception {
    Path file = folder.resolve("logback.xml");
    Files.writeString(file, Files.readString(Path.of("src/dist/conf/logback.xml"))
        .replace("%onecTime %-5level", "%onecTime{dd.MM.yyyy HH:mm} %-5level"));
    capture();
    LoggerContext context = configured(file.toUri().toURL());
    context.getLogger("x").warn("late");
    context.stop();
    assertThat(err.toString(StandardCharsets.UTF_8)).matches("\\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d WARN  x - late\\R");
  }

  @Test
  void aMistakeInTheAdministratorsFileIsReportedOnStderrNotStdout() throws Exception {
    Path file = folder.resolve("logback.xml");
    Files.writeString(file, Files.readString(Path.of("src/dist/conf/logback.xml"))
        .replace("ch.qos.logback.core.ConsoleAppender", "ch.qos.logback.core.NoSuchAppender"));
    capture();
    LoggerContext context = configured(file.toUri().toURL());
    context.stop();
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("logging: ").contains("NoSuchAppender");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void theAppLogsThroughLogback() {
    assertThat(LoggerFactory.getILoggerFactory()).isInstanceOf(LoggerContext.class);
  }

  private void capture() {
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private static LoggerContext configured(URL configuration) throws JoranException {
    LoggerContext context = new LoggerContext();
    context.setMDCAdapter(new LogbackMDCAdapter());
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    configurator.doConfigure(configuration);
    return context;
  }

  private static URL jarConfiguration() {
    return Objects.requireNonNull(AdministratorsLogTest.class.getResource("/logback.xml"), "logback.xml in the jar");
  }

  private static URL distributionConfiguration() throws IOException {
    return Path.of("src/dist/conf/logback.xml").toUri().toURL();
  }
}
