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
  void historyReportsAndAuditFindingsSurviveAStopAndAStartOnTheSameFile() throws Exception {
    Path file = folder.resolve("journal.db");
    List<PassRecord> before;
    PassRecord audit;
    try (ServiceFixture first = new ServiceFixture(START, file)) {
      first.tickAt(START);
      first.awaitIdle();
      audit = first.tickAt(LocalDateTime.of(2026, 11, 20, 6, 0)).get(0);
      first.awaitIdle();
      before = first.service.history(10);
      assertThat(first.service.auditFindings("uk").passId()).contains(audit.id());
      assertThat(first.service.stop(Duration.ofSeconds(30))).isTrue();
    }
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
      PassRecord next = second.tickAt(START.plusHours(1)).get(0);
      assertThat(next.id()).isGreaterThan(before.get(0).id());
      second.awaitIdle();
      // these two read the stored report back (RunReport.fromJson)
      assertThat(second.service.pass(audit.id()).orElseThrow().report()).isPresent();
      assertThat(second.service.auditFindings(audit.organizationKey()).passId()).contains(audit.id());
    }
  }
}
