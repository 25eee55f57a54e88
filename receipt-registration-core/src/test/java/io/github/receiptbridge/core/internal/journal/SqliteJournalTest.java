package io.github.receiptbridge.core.internal.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.receiptbridge.core.JournalEntry;
import io.github.receiptbridge.core.JournalException;
import io.github.receiptbridge.core.ReceiptJournal;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
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
      assertThat(entry.receiptId()).contains(6L);
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

  @Test
  void noJournalRecordsNothing() {
    ReceiptJournal none = ReceiptJournal.none();
    none.sending(entry(UUID.randomUUID(), "1c-x"));
    assertThat(none.byPaymentKey(ORGANIZATION, "order|307076")).isEmpty();
    assertThat(none.location()).isEqualTo("no journal");
  }
}
