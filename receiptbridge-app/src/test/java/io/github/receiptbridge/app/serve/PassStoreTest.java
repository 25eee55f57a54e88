package io.github.receiptbridge.app.serve;

import static io.github.receiptbridge.app.cli.Outcomes.outcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.receiptbridge.core.Action;
import io.github.receiptbridge.core.JournalException;
import io.github.receiptbridge.core.Phase;
import io.github.receiptbridge.core.ReceiptJournal;
import io.github.receiptbridge.core.RunReport;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history of passes in the journal's SQLite file: its own tables, a round trip, retention, a cut-short pass. */
class PassStoreTest {
  private static final Instant AT = ScriptedWork.AT;

  @TempDir
  Path folder;

  @Test
  void anEmptyFileGetsItsOwnTablesBesideTheJournalsWithoutTouchingTheJournalsSchemaVersion() throws Exception {
    Path file = folder.resolve("journal.db");
    try (ReceiptJournal journal = ReceiptJournal.sqlite(file)) {
      journal.checkWritable();
      int journalVersion = userVersion(file);

      try (PassStore store = PassStore.open(file)) {
        assertThat(store.lastId()).isZero();
        assertThat(store.newest(10)).isEmpty();
      }
      try (PassStore again = PassStore.open(file)) {
        assertThat(again.lastId()).isZero();
      }

      assertThat(userVersion(file)).isEqualTo(journalVersion).isPositive();
      assertThat(scalar(file, "SELECT version FROM serve_schema")).isEqualTo(PassStore.SCHEMA_VERSION);
    }
  }

  @Test
  void theHistoryCreatedFirstLeavesTheJournalFreeToCreateItsSchema() throws Exception {
    Path file = folder.resolve("journal.db");
    try (PassStore store = PassStore.open(file)) {
      store.save(finished(1, PassKind.STATUS, AT), Diagnosis.finished(), PassCounts.NONE);
    }
    try (ReceiptJournal journal = ReceiptJournal.sqlite(file); PassStore store = PassStore.open(file)) {
      journal.checkWritable();
      assertThat(store.lastId()).isEqualTo(1);
    }
  }

  @Test
  void aPassIsReadBackWithItsFailureWhatItSaidAboutTheServicesItsCountsAndItsReport() {
    RunReport report = report(Phase.AUDIT);
    PassRecord audit = new PassRecord(7, "uk", PassKind.AUDIT, ScriptedWork.PERIOD, "schedule", PassState.FINISHED,
        AT, Optional.of(AT.plusSeconds(30)), 1, Optional.of(1L), "документов 1", Optional.empty(),
        Optional.of(report));
    PassRecord failed = new PassRecord(8, "uk", PassKind.STATUS, ScriptedWork.PERIOD, "сеанс 1", PassState.FAILED,
        AT.plusSeconds(60), Optional.of(AT.plusSeconds(61)), 0, Optional.empty(), "ошибка",
        Optional.of(new PassFailure(PassFailure.Kind.SCHETMASH_UNREACHABLE, "Cannot reach Счетмаш")),
        Optional.empty());
    Diagnosis outage = new Diagnosis(Optional.of(true), Optional.of(false), true);
    try (PassStore store = PassStore.open(folder.resolve("journal.db"))) {
      store.save(audit, Diagnosis.finished(), PassCounts.of(report));
      store.save(failed, outage, PassCounts.NONE);

      PassStore.Stored read = store.find(7).orElseThrow();
      assertThat(read.record()).isEqualTo(withoutReport(audit));
      assertThat(read.reportJson()).contains(report.toJson());
      assertThat(read.counts().mismatches()).isEqualTo(OptionalLong.of(1));
      assertThat(read.counts().errors()).isEqualTo(OptionalLong.of(1));
      assertThat(read.counts().possibleDuplicates()).isEmpty();
      assertThat(store.find(8).orElseThrow().record()).isEqualTo(failed);
      assertThat(store.newest(10)).extracting(stored -> stored.record().id()).containsExactly(8L, 7L);
      assertThat(store.newest(10)).allSatisfy(stored -> assertThat(stored.reportJson()).isEmpty());
      assertThat(store.lastCompleted("uk").orElseThrow().diagnosis()).isEqualTo(outage);
      assertThat(store.lastCompleted("tsj")).isEmpty();
      assertThat(store.lastAudit("uk").orElseThrow().record().id()).isEqualTo(7);
      assertThat(store.lastSuccess("uk")).containsExactlyEntriesOf(java.util.Map.of(PassKind.AUDIT,
          AT.plusSeconds(30)));
      assertThat(store.lastId()).isEqualTo(8);
    }
  }

  @Test
  void aHistoryOfANewerVersionIsRefusedSayingWhatToDo() throws Exception {
    Path file = folder.resolve("journal.db");
    PassStore.open(file).close();
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement()) {
      statement.execute("UPDATE serve_schema SET version = 99");
    }

    assertThatThrownBy(() -> PassStore.open(file)).isInstanceOf(JournalException.class)
        .hasMessageContaining("schema version 99").hasMessageContaining("use the newer version");
  }

  @Test
  void passesOlderThanTheRetentionArePrunedFromMemoryAndTheFile() {
    try (PassStore store = PassStore.open(folder.resolve("journal.db"))) {
      PassHistory history = new PassHistory(10, 5, store, Duration.ofDays(400));
      Instant now = Instant.parse("2026-12-07T09:00:00Z");
      LivePass old = skipped(history, now.minus(Duration.ofDays(401)));
      LivePass kept = skipped(history, now.minus(Duration.ofDays(399)));

      history.prune(now);

      assertThat(history.find(old.id())).isEmpty();
      assertThat(history.find(kept.id())).isPresent();
      assertThat(store.newest(10)).extracting(stored -> stored.record().id()).containsExactly(kept.id());
    }
  }

  @Test
  void passIdsContinueAfterARestartAndAPassCutShortByTheStopShowsAsFailed() {
    Path file = folder.resolve("journal.db");
    long running;
    try (PassStore store = PassStore.open(file)) {
      PassHistory history = new PassHistory(10, 5, store, Duration.ofDays(400));
      skipped(history, AT);
      LivePass pass = new LivePass(history.nextId(), PassRequest.scheduled("uk", PassKind.REGISTER,
          ScriptedWork.PERIOD), AT);
      history.add(pass);
      running = pass.id();
    }
    try (PassStore store = PassStore.open(file)) {
      PassHistory history = new PassHistory(10, 5, store, Duration.ofDays(400));
      history.opened(AT.plusSeconds(3600));

      assertThat(history.nextId()).isEqualTo(running + 1);
      PassRecord cut = history.find(running).orElseThrow();
      assertThat(cut.state()).isEqualTo(PassState.FAILED);
      assertThat(cut.finishedAt()).contains(AT.plusSeconds(3600));
      assertThat(cut.summary()).contains("прерван");
      assertThat(history.newest(10)).extracting(PassRecord::id).containsExactly(running, running - 1);
    }
  }

  private static LivePass skipped(PassHistory history, Instant at) {
    LivePass pass = new LivePass(history.nextId(), PassRequest.scheduled("uk", PassKind.AUDIT, ScriptedWork.PERIOD),
        at);
    pass.skip("пропущен");
    history.add(pass);
    return pass;
  }

  private static PassRecord finished(long id, PassKind kind, Instant at) {
    return new PassRecord(id, "uk", kind, ScriptedWork.PERIOD, "schedule", PassState.FINISHED, at, Optional.of(at),
        0, Optional.of(0L), "документов 0", Optional.empty(), Optional.empty());
  }

  private static PassRecord withoutReport(PassRecord record) {
    return new PassRecord(record.id(), record.organizationKey(), record.kind(), record.period(), record.trigger(),
        record.state(), record.startedAt(), record.finishedAt(), record.done(), record.total(), record.summary(),
        record.failure(), Optional.empty());
  }

  private static RunReport report(Phase phase) {
    return RunReport.builder().phase(phase).startedAt(AT).finishedAt(AT).addAllOutcomes(List.of(
        outcome("1", Action.MISMATCH).receiptId(11L).rawStatus("success").build(),
        outcome("2", Action.ALREADY_SENT).receiptId(12L).rawStatus("error").build())).build();
  }

  private static int userVersion(Path file) throws Exception {
    return scalar(file, "PRAGMA user_version");
  }

  private static int scalar(Path file, String sql) throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
      assertThat(result.next()).isTrue();
      return result.getInt(1);
    }
  }
}
