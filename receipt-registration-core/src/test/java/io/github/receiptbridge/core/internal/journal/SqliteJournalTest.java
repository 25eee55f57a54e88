package io.github.receiptbridge.core.internal.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.receiptbridge.core.FiscalNumbers;
import io.github.receiptbridge.core.JournalEntry;
import io.github.receiptbridge.core.JournalException;
import io.github.receiptbridge.core.DateRange;
import io.github.receiptbridge.core.ReceiptJournal;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteJournalTest {
  private static final UUID ORGANIZATION = UUID.fromString("a1b2c3d4-0000-11ee-8c3a-0050569f1a01");
  private static final Instant SENDING = Instant.parse("2026-12-07T09:00:00Z");

  @TempDir
  Path folder;

  private static JournalEntry entry(UUID document, String externalId) {
    return JournalEntry.builder().organization(ORGANIZATION).documentKey(document).number("РМ00-000002")
        .date(LocalDateTime.of(2026, 11, 2, 10, 0)).amount(new BigDecimal("1520.40"))
        .payerKey(UUID.fromString("d4e5f6a7-0000-11ee-8c3a-0050569f1a01")).payerName("Орлова М. И.")
        .paymentOrderNumber("307076").paymentOrderDate(LocalDate.of(2026, 11, 2)).paymentKey("order|307076")
        .externalId(externalId).shopId(42).sendingAt(SENDING).build();
  }

  @Test
  void aReceiptIsRecordedBeforeAndAfterItsSendAndReadBackAfterReopening() {
    UUID document = UUID.randomUUID();
    Path file = folder.resolve("nested/folders/journal.db");
    try (ReceiptJournal journal = ReceiptJournal.sqlite(file)) {
      journal.checkWritable();
      journal.sending(entry(document, "1c-" + document));
      journal.sending(entry(document, "1c-" + document)); // a resend after an unknown outcome
      journal.sent(42, "1c-" + document, 6, "accept", SENDING.plusSeconds(1));
      journal.status(42, 6, "success", SENDING.plusSeconds(60));
    }

    try (ReceiptJournal journal = ReceiptJournal.sqlite(file)) {
      List<JournalEntry> entries = journal.byDocument(document);
      assertThat(entries).hasSize(1);
      JournalEntry entry = entries.get(0);
      assertThat(entry.receiptId()).hasValue(6L);
      assertThat(entry.status()).contains("success");
      assertThat(entry.statusAt()).contains(SENDING.plusSeconds(60));
      assertThat(entry.amount()).isEqualTo(new BigDecimal("1520.40"));
      assertThat(entry.paymentOrderDate()).contains(LocalDate.of(2026, 11, 2));
      assertThat(journal.byPaymentKey(ORGANIZATION, "order|307076")).containsExactly(entry);
      assertThat(journal.byPaymentKey(UUID.randomUUID(), "order|307076")).isEmpty();
      assertThat(journal.location()).isEqualTo(file.toAbsolutePath().toString());
    }
  }

  @Test
  void aJournalOfANewerSchemaIsRefusedAndLeftAsItIs() throws Exception {
    Path file = folder.resolve("journal.db");
    ReceiptJournal.sqlite(file).close();
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA user_version = 99");
    }

    assertThatThrownBy(() -> ReceiptJournal.sqlite(file)).isInstanceOf(JournalException.class)
        .hasMessageContaining("schema version 99").hasMessageContaining(file.toString());
  }

  @Test
  void aPathThatCannotBeCreatedIsAJournalExceptionNamingTheFileAndWhatToDo() throws Exception {
    Path notAFolder = Files.writeString(folder.resolve("plain-file"), "x");

    assertThatThrownBy(() -> ReceiptJournal.sqlite(notAFolder.resolve("journal.db")))
        .isInstanceOf(JournalException.class)
        .hasMessageContaining(notAFolder.resolve("journal.db").toString())
        .hasMessageContaining("RECEIPT_JOURNAL")
        .satisfies(e -> assertThat(((JournalException) e).isRetrySafe()).isFalse());
  }

  @Test
  void twoJournalsOnOneFileWriteAtOnceAndLoseNothing() throws Exception {
    Path file = folder.resolve("shared.db");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (ReceiptJournal first = ReceiptJournal.sqlite(file); ReceiptJournal second = ReceiptJournal.sqlite(file)) {
      List<Future<?>> writers = new ArrayList<>();
      for (ReceiptJournal journal : List.of(first, second)) {
        writers.add(pool.submit(() -> {
          for (int i = 0; i < 200; i++) {
            UUID document = UUID.randomUUID();
            journal.sending(entry(document, "1c-" + document));
            journal.sent(42, "1c-" + document, i, "accept", SENDING);
          }
        }));
      }
      for (Future<?> writer : writers) {
        writer.get();
      }
      assertThat(first.byPaymentKey(ORGANIZATION, "order|307076")).hasSize(400)
          .allSatisfy(entry -> assertThat(entry.status()).contains("accept"));
    } finally {
      pool.shutdownNow();
    }
  }

  private static final FiscalNumbers NUMBERS = FiscalNumbers.builder().fnNumber("9252440300117773")
      .fiscalDocumentNumber(45211).fiscalSign("3906843070").shiftNumber(48).shiftReceiptNumber(762).build();
  private static final DateRange NOVEMBER = DateRange.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));

  /** The schema of version 1, as Receipt Bridge created it before the journal kept fiscal dates. */
  private static final List<String> VERSION_1 = List.of(
      "CREATE TABLE receipts (shop_id INTEGER NOT NULL, external_id TEXT NOT NULL, organization TEXT NOT NULL, "
          + "document_key TEXT NOT NULL, number TEXT NOT NULL, document_date TEXT NOT NULL, amount TEXT NOT NULL, "
          + "payer_key TEXT, payer_name TEXT, payment_order_number TEXT, payment_order_date TEXT, "
          + "payment_key TEXT NOT NULL, replaces INTEGER, sending_at TEXT NOT NULL, receipt_id INTEGER, "
          + "status TEXT, status_at TEXT, PRIMARY KEY (shop_id, external_id))",
      "CREATE INDEX receipts_by_payment ON receipts (organization, payment_key)",
      "CREATE INDEX receipts_by_document ON receipts (document_key)",
      "CREATE INDEX receipts_by_id ON receipts (shop_id, receipt_id)",
      "CREATE TABLE events (organization TEXT NOT NULL, document_key TEXT NOT NULL, number TEXT NOT NULL, "
          + "event TEXT NOT NULL, detail TEXT NOT NULL, at TEXT NOT NULL)",
      "PRAGMA user_version = 1");

  @Test
  void aJournalOfVersion1IsUpgradedKeepingItsReceiptsAndThenKeepsFiscalDatesAndDueDays() throws Exception {
    Path file = folder.resolve("v1.db");
    UUID document = UUID.fromString("0f1e2d3c-0000-11ee-8c3a-0050569f1a01");
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement()) {
      for (String sql : VERSION_1) {
        statement.execute(sql);
      }
      statement.execute("INSERT INTO receipts (shop_id, external_id, organization, document_key, number, "
          + "document_date, amount, payment_key, sending_at, receipt_id, status, status_at) VALUES (42, '1c-"
          + document + "', '" + ORGANIZATION + "', '" + document + "', 'РМ00-000001', '2026-11-02T10:00', "
          + "'1520.40', 'order|307076', '2026-11-05T09:00:00Z', 6, 'processing', '2026-11-05T09:00:01Z')");
    }

    try (ReceiptJournal journal = ReceiptJournal.sqlite(file)) {
      JournalEntry old = journal.byDocument(document).get(0);
      assertThat(old.receiptId()).hasValue(6L);
      assertThat(old.status()).contains("processing");
      assertThat(old.dueBy()).isEmpty();
      assertThat(old.fiscalizedAt()).isEmpty();
      assertThat(old.fiscalNumbers()).isEmpty();

      journal.status(42, 6, "success", SENDING);
      journal.fiscalized(42, 6, LocalDateTime.of(2026, 11, 6, 12, 0, 5), NUMBERS);
      UUID fresh = UUID.randomUUID();
      journal.sending(entry(fresh, "1c-" + fresh).withDueBy(LocalDate.of(2026, 11, 3)));

      assertThat(journal.byDocument(document).get(0).fiscalizedAt())
          .contains(LocalDateTime.of(2026, 11, 6, 12, 0, 5));
      assertThat(journal.byDocument(document).get(0).fiscalNumbers()).contains(NUMBERS);
      assertThat(journal.byDocument(fresh).get(0).dueBy()).contains(LocalDate.of(2026, 11, 3));
    }
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement();
        ResultSet version = statement.executeQuery("PRAGMA user_version")) {
      assertThat(version.getInt(1)).isEqualTo(4).isEqualTo(SqliteJournal.schemaVersion());
    }
  }

  /** The columns version 2 added to version 1, as Receipt Bridge created them before the journal kept the basis. */
  private static final List<String> VERSION_2 = List.of(
      "ALTER TABLE receipts ADD COLUMN due_by TEXT",
      "ALTER TABLE receipts ADD COLUMN fiscalized_at TEXT",
      "ALTER TABLE receipts ADD COLUMN fn_number TEXT",
      "ALTER TABLE receipts ADD COLUMN fiscal_document_number INTEGER",
      "ALTER TABLE receipts ADD COLUMN fiscal_sign TEXT",
      "ALTER TABLE receipts ADD COLUMN shift_number INTEGER",
      "ALTER TABLE receipts ADD COLUMN shift_receipt_number INTEGER",
      "CREATE INDEX receipts_by_date ON receipts (organization, document_date)",
      "PRAGMA user_version = 2");

  @Test
  void aJournalOfVersion2IsUpgradedKeepingItsReceiptsAndThenKeepsEachReceiptsOperationKind() throws Exception {
    Path file = folder.resolve("v2.db");
    UUID document = UUID.fromString("0f1e2d3c-0000-11ee-8c3a-0050569f1a02");
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement()) {
      for (String sql : VERSION_1.subList(0, VERSION_1.size() - 1)) {
        statement.execute(sql);
      }
      for (String sql : VERSION_2) {
        statement.execute(sql);
      }
      statement.execute("INSERT INTO receipts (shop_id, external_id, organization, document_key, number, "
          + "document_date, amount, payer_key, payment_key, sending_at, receipt_id, status, status_at, due_by) "
          + "VALUES (42, '1c-" + document + "', '" + ORGANIZATION + "', '" + document + "', 'РМ00-000001', "
          + "'2026-11-02T10:00', '1520.40', 'd4e5f6a7-0000-11ee-8c3a-0050569f1a01', 'order|307076', "
          + "'2026-11-05T09:00:00Z', 6, 'success', '2026-11-05T09:00:01Z', '2026-11-03')");
    }

    try (ReceiptJournal journal = ReceiptJournal.sqlite(file)) {
      JournalEntry old = journal.byDocument(document).get(0);
      assertThat(old.receiptId()).hasValue(6L);
      assertThat(old.dueBy()).contains(LocalDate.of(2026, 11, 3));
      assertThat(old.payerKey()).contains(UUID.fromString("d4e5f6a7-0000-11ee-8c3a-0050569f1a01"));
      assertThat(old.operationKind()).as("not known before version 3").isEmpty();

      UUID fresh = UUID.randomUUID();
      journal.sending(entry(fresh, "1c-" + fresh).withOperationKind("ОплатаПокупателя"));
      assertThat(journal.byDocument(fresh).get(0).operationKind()).contains("ОплатаПокупателя");
      assertThat(journal.byPaymentDate(ORGANIZATION, NOVEMBER)).extracting(JournalEntry::documentKey)
          .containsExactly(document, fresh);
    }
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement();
        ResultSet version = statement.executeQuery("PRAGMA user_version")) {
      assertThat(version.getInt(1)).isEqualTo(4).isEqualTo(SqliteJournal.schemaVersion());
    }
  }

  @Test
  void aJournalOfVersion3IsUpgradedKeepingItsReceiptsAndThenKeepsErrorTextsAndCheckLinks() throws Exception {
    Path file = folder.resolve("v3.db");
    UUID document = UUID.fromString("0f1e2d3c-0000-11ee-8c3a-0050569f1a03");
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement()) {
      for (String sql : VERSION_1.subList(0, VERSION_1.size() - 1)) {
        statement.execute(sql);
      }
      for (String sql : VERSION_2.subList(0, VERSION_2.size() - 1)) {
        statement.execute(sql);
      }
      statement.execute("ALTER TABLE receipts ADD COLUMN operation_kind TEXT");
      statement.execute("PRAGMA user_version = 3");
      statement.execute("INSERT INTO receipts (shop_id, external_id, organization, document_key, number, "
          + "document_date, amount, payer_key, payment_key, sending_at, receipt_id, status, status_at, due_by, "
          + "operation_kind) VALUES (42, '1c-" + document + "', '" + ORGANIZATION + "', '" + document + "', "
          + "'РМ00-000001', '2026-11-02T10:00', '1520.40', 'd4e5f6a7-0000-11ee-8c3a-0050569f1a01', "
          + "'order|307076', '2026-11-05T09:00:00Z', 6, 'error', '2026-11-05T09:00:01Z', '2026-11-03', "
          + "'ОплатаПокупателя')");
    }

    try (ReceiptJournal journal = ReceiptJournal.sqlite(file)) {
      JournalEntry old = journal.byDocument(document).get(0);
      assertThat(old.receiptId()).hasValue(6L);
      assertThat(old.operationKind()).contains("ОплатаПокупателя");
      assertThat(old.errorMessage()).as("not known before version 4").isEmpty();
      assertThat(old.checkLink()).isEmpty();

      journal.details(42, 6, java.util.Optional.of("Сумма платежей меньше суммы чека"), java.util.Optional.empty());
      assertThat(journal.byDocument(document).get(0).errorMessage()).contains("Сумма платежей меньше суммы чека");

      String link = "t=20261105T0900&s=1520.40&fn=1&i=2&fp=4&n=1";
      journal.details(42, 6, java.util.Optional.empty(), java.util.Optional.of(link));
      journal.details(43, 6, java.util.Optional.of("another shop's receipt"), java.util.Optional.empty());
      JournalEntry fiscalized = journal.byDocument(document).get(0);
      assertThat(fiscalized.errorMessage()).as("cleared by a later report without one").isEmpty();
      assertThat(fiscalized.checkLink()).contains(link);
    }
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement();
        ResultSet version = statement.executeQuery("PRAGMA user_version")) {
      assertThat(version.getInt(1)).isEqualTo(4).isEqualTo(SqliteJournal.schemaVersion());
    }
  }

  @Test
  void receiptsAreFoundByTheirPaymentDateWithinThePeriodAndTheOrganization() {
    try (ReceiptJournal journal = ReceiptJournal.sqlite(folder.resolve("journal.db"))) {
      UUID first = UUID.randomUUID();
      UUID lastDay = UUID.randomUUID();
      UUID december = UUID.randomUUID();
      journal.sending(entry(first, "1c-" + first).withDate(LocalDateTime.of(2026, 11, 1, 0, 0)));
      journal.sending(entry(lastDay, "1c-" + lastDay)
          .withDate(LocalDateTime.of(2026, 11, 30, 23, 59, 59)));
      journal.sending(entry(december, "1c-" + december)
          .withDate(LocalDateTime.of(2026, 12, 1, 0, 0)));

      assertThat(journal.byPaymentDate(ORGANIZATION, NOVEMBER)).extracting(JournalEntry::documentKey)
          .containsExactly(first, lastDay);
      assertThat(journal.byPaymentDate(UUID.randomUUID(), NOVEMBER)).isEmpty();
    }
  }

  @Test
  void noJournalRecordsNothing() {
    ReceiptJournal none = ReceiptJournal.none();
    none.sending(entry(UUID.randomUUID(), "1c-x"));
    none.fiscalized(42, 6, LocalDateTime.of(2026, 11, 6, 12, 0), NUMBERS);
    assertThat(none.byPaymentDate(ORGANIZATION, NOVEMBER)).isEmpty();
    assertThat(none.byPaymentKey(ORGANIZATION, "order|307076")).isEmpty();
    assertThat(none.location()).isEqualTo("no journal");
  }
}
