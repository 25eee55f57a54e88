package io.github.receiptbridge.core.internal.journal;

import io.github.receiptbridge.core.FiscalNumbers;
import io.github.receiptbridge.core.JournalEntry;
import io.github.receiptbridge.core.JournalException;
import io.github.receiptbridge.core.DateRange;
import io.github.receiptbridge.core.ReceiptJournal;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
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
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@link ReceiptJournal} in one SQLite file. The schema's version is SQLite's {@code user_version}; opening creates or
 * upgrades it step by step and refuses a newer one. The file is in WAL mode with full syncs, so a record is on disk
 * when its method returns, and several processes (two CLI runs and {@code serve}) share it under SQLite's own locks,
 * waiting up to {@link #BUSY_TIMEOUT_MILLIS} for each other. One connection per instance, used by one thread at a
 * time; writes that threads make at the same moment are committed together ({@link GroupCommit}), with one sync.
 */
public final class SqliteJournal implements ReceiptJournal {
  /** How long a write waits for another process's transaction. */
  static final int BUSY_TIMEOUT_MILLIS = 15_000;
  /**
   * Schema version 3, what a receipt was based on: the document's operation kind when the receipt was sent (the payer
   * key is kept since version 1), which the audit compares with the document now. Rows of earlier versions keep it
   * empty, and the audit then does not compare it.
   */
  private static final List<String> V3_RECEIPT_BASIS = List.of(
      "ALTER TABLE receipts ADD COLUMN operation_kind TEXT");
  /**
   * Schema version 4, what a resident asking «где мой чек» and a person looking at a rejected receipt need: the
   * service's error text of a receipt in {@code error} and the receipt's check link ({@code qr}), from its last
   * report. Rows of earlier versions keep them empty until a status pass or an audit asks about their receipt again.
   */
  private static final List<String> V4_RECEIPT_DETAILS = List.of(
      "ALTER TABLE receipts ADD COLUMN error_message TEXT",
      "ALTER TABLE receipts ADD COLUMN check_link TEXT");
  /**
   * The schema each version adds, in order; the version is the list's size. Version 1: the receipts and the events.
   * Version 2: each receipt's due day, when it was fiscalized and its fiscal numbers, for the late-receipt register,
   * and the receipts by payment date; the rows of version 1 keep these empty (the due day is then derived from the
   * document date when read). Version 3: {@link #V3_RECEIPT_BASIS}. Version 4: {@link #V4_RECEIPT_DETAILS}.
   */
  private static final List<List<String>> MIGRATIONS = List.of(List.of(
      "CREATE TABLE receipts (shop_id INTEGER NOT NULL, external_id TEXT NOT NULL, organization TEXT NOT NULL, "
          + "document_key TEXT NOT NULL, number TEXT NOT NULL, document_date TEXT NOT NULL, amount TEXT NOT NULL, "
          + "payer_key TEXT, payer_name TEXT, payment_order_number TEXT, payment_order_date TEXT, "
          + "payment_key TEXT NOT NULL, replaces INTEGER, sending_at TEXT NOT NULL, receipt_id INTEGER, "
          + "status TEXT, status_at TEXT, PRIMARY KEY (shop_id, external_id))",
      "CREATE INDEX receipts_by_payment ON receipts (organization, payment_key)",
      "CREATE INDEX receipts_by_document ON receipts (document_key)",
      "CREATE INDEX receipts_by_id ON receipts (shop_id, receipt_id)",
      "CREATE TABLE events (organization TEXT NOT NULL, document_key TEXT NOT NULL, number TEXT NOT NULL, "
          + "event TEXT NOT NULL, detail TEXT NOT NULL, at TEXT NOT NULL)"), List.of(
      "ALTER TABLE receipts ADD COLUMN due_by TEXT",
      "ALTER TABLE receipts ADD COLUMN fiscalized_at TEXT",
      "ALTER TABLE receipts ADD COLUMN fn_number TEXT",
      "ALTER TABLE receipts ADD COLUMN fiscal_document_number INTEGER",
      "ALTER TABLE receipts ADD COLUMN fiscal_sign TEXT",
      "ALTER TABLE receipts ADD COLUMN shift_number INTEGER",
      "ALTER TABLE receipts ADD COLUMN shift_receipt_number INTEGER",
      "CREATE INDEX receipts_by_date ON receipts (organization, document_date)"), V3_RECEIPT_BASIS,
      V4_RECEIPT_DETAILS);

  private final Path file;
  private final Connection connection;
  private final ReentrantLock connectionLock = new ReentrantLock();
  private final GroupCommit commits;
  /** The prepared statements by their SQL, used under {@link #connectionLock}: SQLite compiles each only once. */
  private final Map<String, PreparedStatement> statements = new HashMap<>();

  private SqliteJournal(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
    this.commits = new GroupCommit(connection, connectionLock);
  }

  /**
   * Opens (creating when missing) the journal in {@code file}.
   *
   * @throws JournalException when the file or its folder cannot be created or opened, or holds a newer schema
   */
  public static SqliteJournal open(Path file) {
    Path absolute = file.toAbsolutePath();
    try {
      Path folder = absolute.getParent();
      if (folder != null) {
        Files.createDirectories(folder);
      }
    } catch (IOException e) {
      throw new JournalException("The receipt journal " + absolute + " cannot be created: its folder cannot be made ("
          + e + "). Point RECEIPT_JOURNAL (serve: journal) at a file in a writable folder.", e);
    }
    Connection connection;
    try {
      connection = DriverManager.getConnection("jdbc:sqlite:" + absolute);
    } catch (SQLException e) {
      throw new JournalException("The receipt journal " + absolute + " cannot be opened: " + e.getMessage()
          + ". Point RECEIPT_JOURNAL (serve: journal) at a file in a writable folder.", e);
    }
    SqliteJournal journal = new SqliteJournal(absolute, connection);
    try {
      journal.prepare();
    } catch (RuntimeException e) {
      journal.close();
      throw e;
    }
    return journal;
  }

  private void prepare() {
    run("prepare", () -> {
      try (Statement statement = connection.createStatement()) {
        statement.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MILLIS);
        statement.execute("PRAGMA journal_mode = WAL");
        statement.execute("PRAGMA synchronous = FULL");
      }
      migrate();
      return null;
    });
  }

  /** Creates or upgrades the schema in one write transaction, so two processes opening a new file do it once. */
  private void migrate() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("BEGIN IMMEDIATE");
      int version;
      try (ResultSet result = statement.executeQuery("PRAGMA user_version")) {
        version = result.next() ? result.getInt(1) : 0;
      }
      if (version > MIGRATIONS.size()) {
        statement.execute("ROLLBACK");
        throw new JournalException("The receipt journal " + file + " has schema version " + version + ", newer than "
            + "this version of Receipt Bridge knows (" + MIGRATIONS.size() + "): use the newer version, or another "
            + "journal file.", null);
      }
      for (int next = version; next < MIGRATIONS.size(); next++) {
        for (String sql : MIGRATIONS.get(next)) {
          statement.execute(sql);
        }
      }
      statement.execute("PRAGMA user_version = " + MIGRATIONS.size());
      statement.execute("COMMIT");
    } catch (SQLException e) {
      rollbackQuietly(e);
      throw e;
    }
  }

  /** Ends the open transaction after {@code failure}; a failing rollback is kept with it, not thrown instead. */
  private void rollbackQuietly(Exception failure) {
    try (Statement statement = connection.createStatement()) {
      statement.execute("ROLLBACK");
    } catch (SQLException rollback) {
      failure.addSuppressed(rollback);
    }
  }

  /** The schema version this class writes. */
  static int schemaVersion() {
    return MIGRATIONS.size();
  }

  @Override
  public String location() {
    return file.toString();
  }

  @Override
  public void checkWritable() {
    locked("write to", () -> {
      try (Statement statement = connection.createStatement()) {
        statement.execute("BEGIN IMMEDIATE"); // takes the write lock: the file and its folder are writable
        statement.execute("ROLLBACK");
      }
      return null;
    });
  }

  @Override
  public void sending(JournalEntry entry) {
    write("record a receipt in", () -> {
      PreparedStatement insert = statement("INSERT OR IGNORE INTO receipts (shop_id, "
          + "external_id, organization, document_key, number, document_date, amount, payer_key, payer_name, "
          + "payment_order_number, payment_order_date, payment_key, replaces, sending_at, due_by, operation_kind) "
          + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
      insert.setLong(1, entry.shopId());
      insert.setString(2, entry.externalId());
      insert.setString(3, entry.organization().toString());
      insert.setString(4, entry.documentKey().toString());
      insert.setString(5, entry.number());
      insert.setString(6, entry.date().toString());
      insert.setString(7, entry.amount().toPlainString());
      insert.setString(8, entry.payerKey().map(UUID::toString).orElse(null));
      insert.setString(9, entry.payerName().orElse(null));
      insert.setString(10, entry.paymentOrderNumber().orElse(null));
      insert.setString(11, entry.paymentOrderDate().map(LocalDate::toString).orElse(null));
      insert.setString(12, entry.paymentKey());
      if (entry.replaces().isPresent()) {
        insert.setLong(13, entry.replaces().getAsLong());
      } else {
        insert.setNull(13, Types.INTEGER);
      }
      insert.setString(14, entry.sendingAt().toString());
      insert.setString(15, entry.dueBy().map(LocalDate::toString).orElse(null));
      insert.setString(16, entry.operationKind().orElse(null));
      insert.executeUpdate();
    });
  }

  @Override
  public void sent(long shopId, String externalId, long receiptId, String status, Instant at) {
    update("UPDATE receipts SET receipt_id = ?, status = ?, status_at = ? WHERE shop_id = ? AND external_id = ?",
        receiptId, status, at.toString(), shopId, externalId);
  }

  @Override
  public void status(long shopId, long receiptId, String status, Instant at) {
    update("UPDATE receipts SET status = ?, status_at = ? WHERE shop_id = ? AND receipt_id = ?", status,
        at.toString(), shopId, receiptId);
  }

  @Override
  public void fiscalized(long shopId, long receiptId, LocalDateTime fiscalizedAt,
      FiscalNumbers numbers) {
    update("UPDATE receipts SET fiscalized_at = ?, fn_number = ?, fiscal_document_number = ?, fiscal_sign = ?, "
        + "shift_number = ?, shift_receipt_number = ? WHERE shop_id = ? AND receipt_id = ?", fiscalizedAt.toString(),
        numbers.fnNumber(), numbers.fiscalDocumentNumber(), numbers.fiscalSign(), numbers.shiftNumber(),
        numbers.shiftReceiptNumber(), shopId, receiptId);
  }

  @Override
  public void details(long shopId, long receiptId, Optional<String> errorMessage,
      Optional<String> checkLink) {
    update("UPDATE receipts SET error_message = ?, check_link = ? WHERE shop_id = ? AND receipt_id = ?",
        errorMessage.orElse(null), checkLink.orElse(null), shopId, receiptId);
  }

  @Override
  public void notDuplicate(UUID organization, UUID document, String number, Instant at) {
    event(organization, document, number, "NOT_DUPLICATE", "an operator confirmed a payment of its own", at);
  }

  @Override
  public void receiptIdConflict(UUID organization, UUID document, String number, long savedId,
      long sentId, Instant at) {
    event(organization, document, number, "RECEIPT_ID_CONFLICT", "registered as receipt " + sentId + " while 1C held "
        + "receipt " + savedId + ", left as it is", at);
  }

  private void event(UUID organization, UUID document, String number, String event, String detail, Instant at) {
    update("INSERT INTO events (organization, document_key, number, event, detail, at) VALUES (?, ?, ?, ?, ?, ?)",
        organization.toString(), document.toString(), number, event, detail, at.toString());
  }

  @Override
  public List<JournalEntry> byPaymentKey(UUID organization, String paymentKey) {
    return query("SELECT * FROM receipts WHERE organization = ? AND payment_key = ? ORDER BY sending_at, rowid",
        organization.toString(), paymentKey);
  }

  @Override
  public List<JournalEntry> byDocument(UUID document) {
    return query("SELECT * FROM receipts WHERE document_key = ? ORDER BY sending_at, rowid", document.toString());
  }

  /** Compares the ISO text of the document date: from the period's first day to before the day after its last. */
  @Override
  public List<JournalEntry> byPaymentDate(UUID organization, DateRange period) {
    return query("SELECT * FROM receipts WHERE organization = ? AND document_date >= ? AND document_date < ? "
        + "ORDER BY document_date, sending_at, rowid", organization.toString(), period.from().toString(),
        period.to().plusDays(1).toString());
  }

  @Override
  public void close() {
    connectionLock.lock();
    try {
      for (PreparedStatement statement : statements.values()) {
        statement.close();
      }
      statements.clear();
      connection.close();
    } catch (SQLException e) {
      throw new JournalException("The receipt journal " + file + " cannot be closed: " + e.getMessage(), e);
    } finally {
      connectionLock.unlock();
    }
  }

  private void update(String sql, Object... parameters) {
    write("write to", () -> {
      PreparedStatement statement = statement(sql);
      bind(statement, parameters);
      statement.executeUpdate();
    });
  }

  private List<JournalEntry> query(String sql, Object... parameters) {
    return locked("read", () -> {
      PreparedStatement statement = statement(sql);
      bind(statement, parameters);
      List<JournalEntry> entries = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          entries.add(entry(rows));
        }
      }
      return entries;
    });
  }

  /** The prepared statement of {@code sql}; only under {@link #connectionLock}. */
  private PreparedStatement statement(String sql) throws SQLException {
    PreparedStatement statement = statements.get(sql);
    if (statement == null) {
      statement = connection.prepareStatement(sql);
      statements.put(sql, statement);
    }
    return statement;
  }

  private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
  }

  private static JournalEntry entry(ResultSet row) throws SQLException {
    long receiptId = row.getLong("receipt_id");
    boolean hasReceipt = !row.wasNull();
    long replaces = row.getLong("replaces");
    boolean hasReplaces = !row.wasNull();
    Optional<LocalDateTime> fiscalizedAt = Optional.ofNullable(row.getString("fiscalized_at"))
        .map(LocalDateTime::parse);
    Optional<FiscalNumbers> numbers = fiscalizedAt.isEmpty() ? Optional.empty() : Optional.of(FiscalNumbers.builder()
        .fnNumber(row.getString("fn_number"))
        .fiscalDocumentNumber(row.getLong("fiscal_document_number"))
        .fiscalSign(row.getString("fiscal_sign"))
        .shiftNumber(row.getLong("shift_number"))
        .shiftReceiptNumber(row.getLong("shift_receipt_number"))
        .build());
    return JournalEntry.builder()
        .organization(UUID.fromString(row.getString("organization")))
        .documentKey(UUID.fromString(row.getString("document_key")))
        .number(row.getString("number"))
        .date(LocalDateTime.parse(row.getString("document_date")))
        .amount(new BigDecimal(row.getString("amount")))
        .payerKey(Optional.ofNullable(row.getString("payer_key")).map(UUID::fromString))
        .payerName(Optional.ofNullable(row.getString("payer_name")))
        .paymentOrderNumber(Optional.ofNullable(row.getString("payment_order_number")))
        .paymentOrderDate(Optional.ofNullable(row.getString("payment_order_date")).map(LocalDate::parse))
        .paymentKey(row.getString("payment_key"))
        .externalId(row.getString("external_id"))
        .shopId(row.getLong("shop_id"))
        .replaces(hasReplaces ? OptionalLong.of(replaces) : OptionalLong.empty())
        .sendingAt(Instant.parse(row.getString("sending_at")))
        .receiptId(hasReceipt ? OptionalLong.of(receiptId) : OptionalLong.empty())
        .status(Optional.ofNullable(row.getString("status")))
        .statusAt(Optional.ofNullable(row.getString("status_at")).map(Instant::parse))
        .dueBy(Optional.ofNullable(row.getString("due_by")).map(LocalDate::parse))
        .operationKind(Optional.ofNullable(row.getString("operation_kind")))
        .fiscalizedAt(fiscalizedAt)
        .fiscalNumbers(numbers)
        .errorMessage(Optional.ofNullable(row.getString("error_message")))
        .checkLink(Optional.ofNullable(row.getString("check_link")))
        .build();
  }

  /** A JDBC step whose failure becomes a {@link JournalException} naming the file. */
  private interface Step<T> {
    T run() throws SQLException;
  }

  /** {@code write}, committed with the writes other threads make at the same moment. */
  private void write(String what, GroupCommit.Write write) {
    run(what, () -> {
      commits.write(write);
      return null;
    });
  }

  /** {@code step} on the connection, which no other thread uses meanwhile. */
  private <T> T locked(String what, Step<T> step) {
    connectionLock.lock();
    try {
      return run(what, step);
    } finally {
      connectionLock.unlock();
    }
  }

  private <T> T run(String what, Step<T> step) {
    try {
      return step.run();
    } catch (SQLException e) {
      throw new JournalException("Cannot " + what + " the receipt journal " + file + ": " + e.getMessage()
          + ". Nothing is sent without its trace: fix the file or its folder (RECEIPT_JOURNAL, serve: journal) "
          + "and run again.", e);
    }
  }
}
