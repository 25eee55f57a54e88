package io.github.receiptbridge.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.receiptbridge.core.ReasonCode;
import io.github.receiptbridge.testkit.InProcessCli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Acceptance: {@code run} with no endpoint configured demonstrates the product on the in-process sandbox. */
class RunOnSandboxTest {
  private static final List<String> REQUIRED_FIELDS = List.of("documentKey", "number", "date", "amount",
      "externalId", "receiptId", "status", "action", "reasonCode", "error");
  private static final Pattern SECOND_PASS = Pattern.compile(
      "Second register pass .*: sent (\\d+), already sent (\\d+), requests to the Счетмаш sandbox: (\\d+)");

  @TempDir
  Path folder;

  @Test
  void runOnTheSandboxRegistersEverythingOnceAndWritesAJsonReport() throws IOException {
    Path report = folder.resolve("report.json");

    InProcessCli.Result result = CliRunner.runOnSandbox("run", "--report", report.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err()).containsOnlyOnce("Running on the built-in sandbox");
    assertThat(result.out()).contains("Done: all ").contains("receipts success").contains("skipped: not posted");
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    JsonNode outcomes = json.get("outcomes");
    assertThat(outcomes.size()).isGreaterThan(100);
    Set<String> keys = stream(outcomes).map(o -> o.get("documentKey").asText()).collect(Collectors.toSet());
    assertThat(keys).as("one record per document").hasSize(outcomes.size());
    assertThat(json.get("totals").get("SENT").asInt()).isPositive();
    for (JsonNode outcome : (Iterable<JsonNode>) outcomes::elements) {
      assertThat(outcome.has("documentKey") && outcome.has("number") && outcome.has("date")
          && outcome.has("amount") && outcome.has("externalId") && outcome.has("action")).isTrue();
      assertThat(outcome.has("reasonCode")).as("every record has a reasonCode").isTrue();
      if (outcome.get("action").asText().equals("SENT")) {
        assertThat(outcome.get("receiptId").asLong()).isPositive();
        assertThat(outcome.get("status").asText()).isEqualTo("success");
        assertThat(outcome.get("externalId").asText()).isEqualTo("1c-" + outcome.get("documentKey").asText());
      } else {
        assertThat(outcome.get("action").asText()).isEqualTo("SKIPPED");
        assertThat(outcome.get("reason").asText()).isNotBlank();
        assertThat(ReasonCode.valueOf(outcome.get("reasonCode").asText()).code())
            .isEqualTo(outcome.get("reasonCode").asText());
      }
    }
    assertSecondPassSentNothing(result.out(), json.get("totals").get("SENT").asInt());
  }

  @Test
  void runWritesTheSameRecordsAsCsv() throws IOException {
    Path report = folder.resolve("report.csv");

    InProcessCli.Result result = CliRunner.runOnSandbox("run", "--report", report.toString(), "--wait", "90s");

    assertThat(result.exitCode()).as(result.err()).isZero();
    List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).split(","));
    assertThat(header).containsAll(REQUIRED_FIELDS);
    List<String> records = lines.subList(1, lines.size());
    assertThat(records).hasSizeGreaterThan(100);
    int action = header.indexOf("action");
    int status = header.indexOf("status");
    long sent = records.stream().map(line -> line.split(",", -1)).filter(cells -> cells[action].equals("SENT"))
        .peek(cells -> assertThat(cells[status]).isEqualTo("success")).count();
    assertThat(sent).isPositive();
    assertSecondPassSentNothing(result.out(), (int) sent);
  }

  private static void assertSecondPassSentNothing(String out, int sentInFirstPass) {
    Matcher secondPass = SECOND_PASS.matcher(out);
    assertThat(secondPass.find()).as(out).isTrue();
    assertThat(Integer.parseInt(secondPass.group(1))).as("sent again").isZero();
    assertThat(Integer.parseInt(secondPass.group(2))).as("already sent").isEqualTo(sentInFirstPass);
    assertThat(Integer.parseInt(secondPass.group(3))).as("requests to Счетмаш in the second pass").isZero();
  }

  private static Stream<JsonNode> stream(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false);
  }
}
