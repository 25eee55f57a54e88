package io.github.receiptbridge.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service stopped as on SIGTERM and started again on the same journal file: the history, the reports, the last
 * audit's findings and what the last passes said about the services are all still there, and pass ids continue.
 */
class ServiceRestartTest {
  private static final LocalDateTime START = LocalDateTime.of(2026, 11, 20, 5, 50);

  @TempDir
  Path folder;

  @Test
  void historyHealthGaugesAndPassIdsSurviveAStopAndAStartOnTheSameFile() throws Exception {
    Path file = folder.resolve("journal.db");
    List<PassRecord> before = runTheFirstDay(file);
    assertThat(before).hasSize(4).allSatisfy(pass -> assertThat(pass.state()).isEqualTo(PassState.FINISHED));

    try (ServiceFixture second = new ServiceFixture(START.plusHours(1), file)) {
      List<PassRecord> after = second.service.history(10);

      assertThat(after).extracting(PassRecord::id).containsExactlyElementsOf(before.stream().map(PassRecord::id)
          .toList());
      assertThat(after).extracting(PassRecord::summary).containsExactlyElementsOf(before.stream()
          .map(PassRecord::summary).toList());
      assertThat(second.service.health().healthy()).isTrue();
      assertThat(second.service.health().organizations()).allSatisfy(organization ->
          assertThat(organization.lastPass()).isPresent());
      assertThat(second.service.scrapeMetrics()).as("the gauges start where they were")
          .containsPattern("receiptbridge_pass_last_success_timestamp_seconds\\{kind=\"audit\",organization=\"uk\"} "
              + "[1-9]")
          .contains("receiptbridge_documents_mismatches{organization=\"uk\"}");
      PassRecord next = second.tickAt(START.plusHours(1)).get(0);
      assertThat(next.id()).isGreaterThan(before.get(0).id());
      second.awaitIdle();
    }
  }

  /** Reads the stored reports back with {@code RunReport.fromJson}. */
  @Test
  void reportsAndTheLastAuditsFindingsSurviveAStopAndAStartOnTheSameFile() throws Exception {
    Path file = folder.resolve("journal.db");
    List<PassRecord> before = runTheFirstDay(file);
    PassRecord audit = before.stream().filter(pass -> pass.kind() == PassKind.AUDIT).findFirst().orElseThrow();

    try (ServiceFixture second = new ServiceFixture(START.plusHours(1), file)) {
      assertThat(second.service.pass(audit.id()).orElseThrow().report()).isPresent();
      assertThat(second.service.history(10)).as("«История» links the reports of the newest passes")
          .allSatisfy(pass -> assertThat(pass.report()).isPresent());
      assertThat(second.service.pass(before.get(3).id()).orElseThrow().report()).isPresent();
      assertThat(second.service.auditFindings(audit.organizationKey()).passId()).contains(audit.id());
    }
  }

  @Test
  void theRunningServicePrunesPassesOlderThanTheRetentionOnceADay() throws Exception {
    Path file = folder.resolve("journal.db");
    try (ServiceFixture fixture = new ServiceFixture(START, file)) {
      List<PassRecord> first = fixture.tickAt(START);
      fixture.awaitIdle();

      List<PassRecord> later = fixture.tickAt(START.plusDays(ServeSettings.DEFAULT_HISTORY_RETENTION_DAYS + 1));
      fixture.awaitIdle();

      assertThat(fixture.service.history(10)).extracting(PassRecord::id)
          .containsExactlyInAnyOrderElementsOf(later.stream().map(PassRecord::id).toList());
      assertThat(fixture.service.pass(first.get(0).id())).isEmpty();
    }
  }

  /** A register-and-status pass and an audit of both organizations, then a stop as on SIGTERM; the history. */
  private static List<PassRecord> runTheFirstDay(Path file) throws Exception {
    try (ServiceFixture first = new ServiceFixture(START, file)) {
      first.tickAt(START);
      first.awaitIdle();
      PassRecord audit = first.tickAt(LocalDateTime.of(2026, 11, 20, 6, 0)).get(0);
      first.awaitIdle();
      assertThat(first.service.auditFindings(audit.organizationKey()).passId()).contains(audit.id());
      assertThat(first.service.stop(Duration.ofSeconds(30))).isTrue();
      return first.service.history(10);
    }
  }
}
