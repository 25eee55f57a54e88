package io.github.receiptbridge.app.serve;

import io.github.receiptbridge.core.JournalException;
import io.github.receiptbridge.core.DateRange;
import io.github.receiptbridge.core.RunReport;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The history of passes in the receipt journal's SQLite file, so it survives a restart: each pass's record, its
 * failure, what it said about the services, its counts and its report ({@link RunReport#toJson()}). Its tables are
 * its own ({@code serve_passes}, with the schema version in {@code serve_schema}), never the journal's, whose schema
 * version is SQLite's {@code user_version}. One connection; every method is synchronized.
 */
final class PassStore implements AutoCloseable {
  /** The schema version this class writes. */
  static final int SCHEMA_VERSION = 1;
  private static final int BUSY_TIMEOUT_MILLIS = 10_000;
  private static final String COLUMNS = "id, organization, kind, period_from, period_to, trigger_name, state, "
      + "started_at, finished_at, done, total, summary, failure_kind, failure_detail, onec_answered, "
      + "schetmash_answered, failing, errors, mismatches, duplicates";
  private static final List<String> V1 = List.of(
      "CREATE TABLE serve_passes (id INTEGER PRIMARY KEY, organization TEXT NOT NULL, kind TEXT NOT NULL, "
          + "period_from TEXT NOT NULL, period_to TEXT NOT NULL, trigger_name TEXT NOT NULL, state TEXT NOT NULL, "
          + "started_at INTEGER NOT NULL, finished_at INTEGER, done INTEGER NOT NULL, total INTEGER, "
          + "summary TEXT NOT NULL, failure_kind TEXT, failure_detail TEXT, onec_answered INTEGER, "
          + "schetmash_answered INTEGER, failing INTEGER NOT NULL, errors INTEGER, mismatches INTEGER, "
          + "duplicates INTEGER, report TEXT)",
      "CREATE INDEX serve_passes_by_organization ON serve_passes (organization, id)",
      "CREATE INDEX serve_passes_by_start ON serve_passes (started_at)");

  private final Path file;
  private final Connection connection;

  private PassStore(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
  }

  /**
   * Opens the history in {@code file} (the receipt journal's), creating its tables on first use.
   *
   * @throws JournalException when the file cannot be opened or its history is of a newer version
   */
  static PassStore open(Path file) {
    Path absolute = file.toAbsolutePath();
    Connection connection;
    try {
      connection = DriverManager.getConnection("jdbc:sqlite:" + absolute);
    } catch (SQLException e) {
      throw new JournalException("The history of passes in " + absolute + " cannot be opened: " + e.getMessage()
          + ". Point RECEIPT_JOURNAL (serve: journal) at a file in a writable folder.", e);
    }
    PassStore store = new PassStore(absolute, connection);
    try {
      store.prepare();
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    return store;
  }

  private void prepare() {
    try (Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MILLIS);
      statement.execute("PRAGMA journal_mode = WAL");
      statement.execute("BEGIN IMMEDIATE");
      try {
        statement.execute("CREATE TABLE IF NOT EXISTS serve_schema (version INTEGER NOT NULL)");
        int version = 0;
        try (ResultSet result = statement.executeQuery("SELECT max(version) FROM serve_schema")) {
          if (result.next()) {
            version = result.getInt(1);
          }
        }
        if (version > SCHEMA_VERSION) {
          throw new JournalException("The history of passes in " + file + " has schema version " + version
              + ", newer than this version of Receipt Bridge knows (" + SCHEMA_VERSION + "): use the newer "
              + "version, or another journal file.", null);
        }
        if (version < 1) {
          for (String sql : V1) {
            statement.execute(sql);
          }
          statement.execute("DELETE FROM serve_schema");
          statement.execute("INSERT INTO serve_schema (version) VALUES (" + SCHEMA_VERSION + ")");
        }
        statement.execute("COMMIT");
      } catch (SQLException | RuntimeException e) {
        statement.execute("ROLLBACK");
        throw e;
      }
    } catch (SQLException e) {
      throw failure("prepared", e);
    }
  }

  /** The highest pass id kept, 0 when none. */
  synchronized long lastId() {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT coalesce(max(id), 0) FROM serve_passes")) {
      return result.next() ? result.getLong(1) : 0;
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  /** Writes {@code pass} as it stands (at its start, again at its end), with what it said about the services. */
  synchronized void save(PassRecord pass, Diagnosis diagnosis, PassCounts counts) {
    String sql = "INSERT OR REPLACE INTO serve_passes (" + COLUMNS + ", report) VALUES "
        + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      int column = 0;
      insert.setLong(++column, pass.id());
      insert.setString(++column, pass.organizationKey());
      insert.setString(++column, pass.kind().name());
      insert.setString(++column, pass.period().from().toString());
      insert.setString(++column, pass.period().to().toString());
      insert.setString(++column, pass.trigger());
      insert.setString(++column, pass.state().name());
      insert.setLong(++column, pass.startedAt().toEpochMilli());
      setLong(insert, ++column, pass.finishedAt().map(Instant::toEpochMilli));
      insert.setLong(++column, pass.done());
      setLong(insert, ++column, pass.total());
      insert.setString(++column, pass.summary());
      insert.setString(++column, pass.failure().map(failure -> failure.kind().name()).orElse(null));
      insert.setString(++column, pass.failure().map(PassFailure::detail).orElse(null));
      setLong(insert, ++column, diagnosis.onecAnswered().map(answered -> answered ? 1L : 0L));
      setLong(insert, ++column, diagnosis.schetmashAnswered().map(answered -> answered ? 1L : 0L));
      insert.setInt(++column, diagnosis.failing() ? 1 : 0);
      setLong(insert, ++column, counts.errors());
      setLong(insert, ++column, counts.mismatches());
      setLong(insert, ++column, counts.possibleDuplicates());
      insert.setString(++column, pass.report().map(RunReport::toJson).orElse(null));
      insert.executeUpdate();
    } catch (SQLException e) {
      throw failure("written", e);
    }
  }

  /** The pass {@code id} with its report, if kept. */
  synchronized Optional<Stored> find(long id) {
    return one("SELECT " + COLUMNS + ", report FROM serve_passes WHERE id = ?", true, id);
  }

  /** The newest {@code limit} passes, newest first, without their reports. */
  synchronized List<Stored> newest(int limit) {
    return many("SELECT " + COLUMNS + " FROM serve_passes ORDER BY id DESC LIMIT ?", false, limit);
  }

  /** The newest pass of {@code organization} that ran to an end (finished or failed), without its report. */
  synchronized Optional<Stored> lastCompleted(String organization) {
    return one("SELECT " + COLUMNS + " FROM serve_passes WHERE organization = ? AND state IN ('FINISHED', 'FAILED') "
        + "ORDER BY id DESC LIMIT 1", false, organization);
  }

  /** The newest finished audit of {@code organization}, with its report. */
  synchronized Optional<Stored> lastAudit(String organization) {
    return one("SELECT " + COLUMNS + ", report FROM serve_passes WHERE organization = ? AND kind = 'AUDIT' "
        + "AND state = 'FINISHED' ORDER BY id DESC LIMIT 1", true, organization);
  }

  /** The newest finished pass of {@code organization} that counted receipts in {@code error}, without its report. */
  synchronized Optional<Stored> lastWithErrors(String organization) {
    return one("SELECT " + COLUMNS + " FROM serve_passes WHERE organization = ? AND state = 'FINISHED' "
        + "AND errors IS NOT NULL ORDER BY id DESC LIMIT 1", false, organization);
  }

  /** The newest finished pass of {@code organization} that registered, without its report. */
  synchronized Optional<Stored> lastRegistering(String organization) {
    return one("SELECT " + COLUMNS + " FROM serve_passes WHERE organization = ? AND state = 'FINISHED' "
        + "AND duplicates IS NOT NULL ORDER BY id DESC LIMIT 1", false, organization);
  }

  /** When each kind of pass of {@code organization} last finished. */
  synchronized Map<PassKind, Instant> lastSuccess(String organization) {
    Map<PassKind, Instant> times = new EnumMap<>(PassKind.class);
    String sql = "SELECT kind, max(finished_at) FROM serve_passes WHERE organization = ? AND state = 'FINISHED' "
        + "GROUP BY kind";
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, organization);
      try (ResultSet result = select.executeQuery()) {
        while (result.next()) {
          times.put(PassKind.valueOf(result.getString(1)), Instant.ofEpochMilli(result.getLong(2)));
        }
      }
      return times;
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  /** Marks the passes recorded as running, which a stop cut short, failed at {@code at}; returns how many. */
  synchronized int interrupted(Instant at) {
    String sql = "UPDATE serve_passes SET state = 'FAILED', finished_at = ?, failure_kind = 'INTERNAL', "
        + "failure_detail = 'The service stopped while the pass ran; the next pass completes its documents', "
        + "summary = 'прерван остановкой службы; следующий проход доделает его документы' WHERE state = 'RUNNING'";
    try (PreparedStatement update = connection.prepareStatement(sql)) {
      update.setLong(1, at.toEpochMilli());
      return update.executeUpdate();
    } catch (SQLException e) {
      throw failure("written", e);
    }
  }

  /** Removes the passes that ended (or were skipped) before {@code cutoff}; returns how many. */
  synchronized int pruneBefore(Instant cutoff) {
    try (PreparedStatement delete = connection.prepareStatement(
        "DELETE FROM serve_passes WHERE state <> 'RUNNING' AND started_at < ?")) {
      delete.setLong(1, cutoff.toEpochMilli());
      return delete.executeUpdate();
    } catch (SQLException e) {
      throw failure("pruned", e);
    }
  }

  /** Closes the connection; the journal's file stays. */
  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw failure("closed", e);
    }
  }

  private Optional<Stored> one(String sql, boolean withReport, Object parameter) {
    List<Stored> found = many(sql, withReport, parameter);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  private List<Stored> many(String sql, boolean withReport, Object parameter) {
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setObject(1, parameter);
      List<Stored> found = new ArrayList<>();
      try (ResultSet result = select.executeQuery()) {
        while (result.next()) {
          found.add(stored(result, withReport));
        }
      }
      return found;
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  private static Stored stored(ResultSet row, boolean withReport) throws SQLException {
    Optional<PassFailure> failure = Optional.ofNullable(row.getString("failure_kind"))
        .map(kind -> new PassFailure(PassFailure.Kind.valueOf(kind), stringOr(row, "failure_detail")));
    PassRecord record = new PassRecord(row.getLong("id"), row.getString("organization"),
        PassKind.valueOf(row.getString("kind")),
        DateRange.of(LocalDate.parse(row.getString("period_from")), LocalDate.parse(row.getString("period_to"))),
        row.getString("trigger_name"), PassState.valueOf(row.getString("state")),
        Instant.ofEpochMilli(row.getLong("started_at")), optionalLong(row, "finished_at").stream()
            .mapToObj(Instant::ofEpochMilli).findFirst(),
        row.getLong("done"), optionalLong(row, "total").stream().boxed().findFirst(), row.getString("summary"),
        failure, Optional.empty());
    Diagnosis diagnosis = new Diagnosis(optionalLong(row, "onec_answered").stream().mapToObj(v -> v == 1)
        .findFirst(), optionalLong(row, "schetmash_answered").stream().mapToObj(v -> v == 1).findFirst(),
        row.getInt("failing") == 1);
    PassCounts counts = new PassCounts(optionalLong(row, "errors"), optionalLong(row, "mismatches"),
        optionalLong(row, "duplicates"));
    Optional<String> report = withReport ? Optional.ofNullable(row.getString("report")) : Optional.empty();
    return new Stored(record, diagnosis, counts, report);
  }

  private static String stringOr(ResultSet row, String column) {
    try {
      String value = row.getString(column);
      return value == null ? "" : value;
    } catch (SQLException e) {
      throw new JournalException("The history of passes cannot be read: " + e.getMessage(), e);
    }
  }

  private static OptionalLong optionalLong(ResultSet row, String column) throws SQLException {
    long value = row.getLong(column);
    return row.wasNull() ? OptionalLong.empty() : OptionalLong.of(value);
  }

  private static void setLong(PreparedStatement statement, int column, Optional<? extends Number> value)
      throws SQLException {
    if (value.isPresent()) {
      statement.setLong(column, value.get().longValue());
    } else {
      statement.setNull(column, Types.INTEGER);
    }
  }

  private static void setLong(PreparedStatement statement, int column, OptionalLong value) throws SQLException {
    if (value.isPresent()) {
      statement.setLong(column, value.getAsLong());
    } else {
      statement.setNull(column, Types.INTEGER);
    }
  }

  private JournalException failure(String what, SQLException e) {
    return new JournalException("The history of passes in " + file + " cannot be " + what + ": " + e.getMessage()
        + ". Check that the journal's file and its folder are writable and the disk is not full.", e);
  }

  /**
   * One stored pass.
   *
   * @param record the pass, without its report ({@code reportJson} holds it when asked for)
   * @param diagnosis what the pass said about 1C and Счетмаш
   * @param counts its counts for the gauges
   * @param reportJson its report as {@link RunReport#toJson()} wrote it, when asked for and kept
   */
  record Stored(PassRecord record, Diagnosis diagnosis, PassCounts counts, Optional<String> reportJson) {}
}
