package io.github.receiptbridge.reliability;

import io.github.receiptbridge.core.onec.OnecLedger;
import io.github.receiptbridge.core.schetmash.SchetmashFiscalService;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.core.DateRange;
import io.github.receiptbridge.core.ReceiptRegistrar;
import io.github.receiptbridge.core.RunAbortedException;
import io.github.receiptbridge.core.RunReport;
import io.github.receiptbridge.onec.OnecClient;
import io.github.receiptbridge.sandbox.OnecSandbox;
import io.github.receiptbridge.sandbox.SchetmashSandbox;
import io.github.receiptbridge.schetmash.SchetmashClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Security: with logging at its most verbose, no log line, report or error message the app or the SDK produces holds
 * a password, a token or the HTTP Basic credentials — not in normal runs, not in failing ones.
 */
@ExtendWith(ReliabilityTable.class)
class SecretsTest {
  private static final String SCHETMASH_LOGIN = "api-login-secrets";
  private static final String SCHETMASH_PASSWORD = "Schetmash-Secret-5d1c!";
  private static final String WRONG_SCHETMASH_PASSWORD = "Wrong-Schetmash-Secret-77";
  private static final String ONEC_USER = "Бухгалтер";
  private static final String ONEC_PASSWORD = "Пароль-1С-Secret-9b2e";
  private static final String WRONG_ONEC_PASSWORD = "Wrong-1С-Secret-31";
  /** A logback configuration of the app's own format with every logger at TRACE: the most verbose there is. */
  private static final String TRACE_EVERYTHING = """
      <configuration>
        <conversionRule conversionWord="onecTime" class="io.github.receiptbridge.app.logging.OnecTimeConverter"/>
        <appender name="STDERR" class="ch.qos.logback.core.ConsoleAppender">
          <target>System.err</target>
          <encoder><charset>UTF-8</charset><pattern>%onecTime %-5level %logger - %msg%n</pattern></encoder>
        </appender>
        <root level="TRACE"><appender-ref ref="STDERR"/></root>
      </configuration>
      """;

  @TempDir
  Path folder;

  @Test
  void noSecretInAnyLogLineReportOrErrorMessageAtTheMostVerboseLevel() throws Exception {
    try (SchetmashSandbox schetmash = SchetmashSandbox.builder().login(SCHETMASH_LOGIN).password(SCHETMASH_PASSWORD)
        .processingDelay(Duration.ofMillis(30)).start();
        OnecSandbox onec = OnecSandbox.builder().user(ONEC_USER).password(ONEC_PASSWORD).start()) {
      UUID organization = onec.data().addOrganization("УК Ромашка", Services.INN, "770101001");
      onec.data().generateBankReceipts(organization, Services.PERIOD.from(), Services.PERIOD.to(), 40, 5);
      Map<String, String> environment = environment(schetmash, onec);
      List<String> produced = new ArrayList<>();

      ChildCli cli = new ChildCli(folder.resolve("cli"));
      Files.createDirectories(folder.resolve("cli"));
      Path trace = Files.writeString(folder.resolve("logback-trace.xml"), TRACE_EVERYTHING, StandardCharsets.UTF_8);
      List<String> mostVerbose = List.of("-Dlogback.configurationFile=" + trace.toAbsolutePath());
      Path jsonReport = folder.resolve("report.json");
      Path csvReport = folder.resolve("report.csv");
      runChild(cli, mostVerbose, environment, "check-setup", "--verbose");
      onec.behavior().seed(3).html500Rate(0.05);
      schetmash.behavior().seed(3).html500Rate(0.05).dropNextRegistrationsAfterCommit(3);
      runChild(cli, mostVerbose, environment, "register", "--verbose", "--report", jsonReport.toString());
      schetmash.rotateToken();
      runChild(cli, mostVerbose, environment, "run", "--verbose", "--report", csvReport.toString());
      schetmash.expireToken();
      runChild(cli, mostVerbose, environment, "status", "--verbose");
      runChild(cli, mostVerbose, environment, "fill", "--verbose");
      Map<String, String> wrongSchetmash = new LinkedHashMap<>(environment);
      wrongSchetmash.put("SCHETMASH_PASSWORD", WRONG_SCHETMASH_PASSWORD);
      assertThat(runChild(cli, mostVerbose, wrongSchetmash, "register", "--verbose")).isNotZero();
      Map<String, String> wrongOnec = new LinkedHashMap<>(environment);
      wrongOnec.put("ONEC_PASSWORD", WRONG_ONEC_PASSWORD);
      assertThat(runChild(cli, mostVerbose, wrongOnec, "run", "--verbose")).isNotZero();
      for (Path file : cli.outputFiles()) {
        produced.add(Files.readString(file, StandardCharsets.UTF_8));
      }
      produced.add(Files.readString(jsonReport, StandardCharsets.UTF_8));
      produced.add(Files.readString(csvReport, StandardCharsets.UTF_8));
      String everything = String.join("\n", produced);
      assertThat(everything).as("one line per HTTP exchange").contains("GET ").contains("POST ");
      assertThat(everything).as("DEBUG lines").contains("DEBUG");
      assertThat(everything).as("stack traces").contains("\tat ");

      int inProcess = inProcessMessages(schetmash, onec, produced);

      Set<String> secrets = secrets(schetmash);
      for (String text : produced) {
        for (String secret : secrets) {
          assertThat(text).as("a secret leaked").doesNotContain(secret);
        }
      }
      long bytes = produced.stream().mapToLong(text -> text.getBytes(StandardCharsets.UTF_8).length).sum();
      ReliabilityTable.record(new Trial("Security", "Logging at TRACE with `--verbose`: check-setup, register, run, "
          + "status, fill, wrong passwords for each service, token rotation and expiry, HTML 500s; "
          + inProcess + " SDK exception messages and reports in-process", secrets.size(),
          "none of the " + secrets.size() + " secrets (passwords, Basic credentials, every token issued) found in "
              + produced.size() + " outputs, " + bytes / 1024 + " KB", 0, 0));
    }
  }

  /** Exception messages, toString()s and reports of the SDK itself after failures, added to {@code produced}. */
  private static int inProcessMessages(SchetmashSandbox schetmash, OnecSandbox onec, List<String> produced) {
    int before = produced.size();
    try (SchetmashClient fiscal = schetmashClient(schetmash, WRONG_SCHETMASH_PASSWORD);
        OnecClient ledger = onecClient(onec, ONEC_PASSWORD)) {
      produced.add(fiscal.toString());
      produced.add(ledger.toString());
      collect(registrar(fiscal, ledger), produced);
    }
    try (SchetmashClient fiscal = schetmashClient(schetmash, SCHETMASH_PASSWORD);
        OnecClient ledger = onecClient(onec, WRONG_ONEC_PASSWORD)) {
      collect(registrar(fiscal, ledger), produced);
    }
    return produced.size() - before;
  }

  private static void collect(ReceiptRegistrar registrar, List<String> produced) {
    DateRange period = Services.PERIOD;
    try {
      RunReport report = registrar.register(period, Services.INN);
      produced.add(report.toJson());
      produced.add(report.toCsv());
    } catch (RunAbortedException aborted) {
      produced.add(aborted.partialReport().toJson());
      produced.add(aborted.partialReport().toCsv());
      for (Throwable cause = aborted; cause != null; cause = cause.getCause()) {
        produced.add(cause.toString());
      }
    } catch (RuntimeException failure) {
      for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
        produced.add(cause.toString());
      }
    }
  }

  private static ReceiptRegistrar registrar(SchetmashClient fiscal, OnecClient ledger) {
    return ReceiptRegistrar.builder().fiscalService(SchetmashFiscalService.of(fiscal)).ledger(OnecLedger.of(ledger)).build();
  }

  private static SchetmashClient schetmashClient(SchetmashSandbox schetmash, String password) {
    return SchetmashClient.builder().baseUrl(schetmash.baseUrl()).login(SCHETMASH_LOGIN).password(password)
        .shopId(schetmash.shopId()).httpLogging(true).build();
  }

  private static OnecClient onecClient(OnecSandbox onec, String password) {
    return OnecClient.builder().serviceRoot(onec.serviceRoot()).user(ONEC_USER).password(password)
        .serverZone(ZoneId.of("Europe/Moscow")).httpLogging(true).build();
  }

  private static int runChild(ChildCli cli, List<String> jvmOptions, Map<String, String> environment, String... args)
      throws InterruptedException {
    List<String> withPeriod = new ArrayList<>(List.of(args));
    if (!args[0].equals("check-setup")) {
      withPeriod.addAll(List.of("--organization", Services.INN, "--from", Services.PERIOD.from().toString(),
          "--to", Services.PERIOD.to().toString()));
    }
    if (args[0].equals("run")) {
      withPeriod.addAll(List.of("--wait", "5s"));
    }
    ChildCli.Child child = cli.start(environment, jvmOptions, withPeriod.toArray(String[]::new));
    assertThat(child.process().waitFor(120, TimeUnit.SECONDS)).isTrue();
    return child.process().exitValue();
  }

  private static Map<String, String> environment(SchetmashSandbox schetmash, OnecSandbox onec) {
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("SCHETMASH_URL", schetmash.baseUrl());
    environment.put("SCHETMASH_LOGIN", SCHETMASH_LOGIN);
    environment.put("SCHETMASH_PASSWORD", SCHETMASH_PASSWORD);
    environment.put("SCHETMASH_SHOP_ID", String.valueOf(schetmash.shopId()));
    environment.put("ONEC_ODATA_URL", onec.serviceRoot());
    environment.put("ONEC_USER", ONEC_USER);
    environment.put("ONEC_PASSWORD", ONEC_PASSWORD);
    environment.put("ONEC_TIMEZONE", "Europe/Moscow");
    return environment;
  }

  /** Every secret in every form it could travel in: as is, URL-encoded, and as HTTP Basic credentials. */
  private static Set<String> secrets(SchetmashSandbox schetmash) {
    Set<String> secrets = new LinkedHashSet<>();
    for (String password : List.of(SCHETMASH_PASSWORD, WRONG_SCHETMASH_PASSWORD, ONEC_PASSWORD,
        WRONG_ONEC_PASSWORD)) {
      secrets.add(password);
      secrets.add(URLEncoder.encode(password, StandardCharsets.UTF_8));
    }
    for (String password : List.of(ONEC_PASSWORD, WRONG_ONEC_PASSWORD)) {
      secrets.add(Base64.getEncoder().encodeToString((ONEC_USER + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    assertThat(schetmash.issuedTokens()).as("tokens were issued and rotated").hasSizeGreaterThan(2);
    secrets.addAll(schetmash.issuedTokens());
    return secrets;
  }
}
