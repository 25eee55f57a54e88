package io.github.receiptbridge.core.internal.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupCommitTest {
  @TempDir
  Path folder;

  private Connection connection;
  private GroupCommit commits;
  private final ExecutorService threads = Executors.newFixedThreadPool(8);

  @BeforeEach
  void open() throws SQLException {
    connection = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("journal.db"));
    try (Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA journal_mode = WAL");
      statement.execute("CREATE TABLE rows (id INTEGER PRIMARY KEY)");
    }
    commits = new GroupCommit(connection, new ReentrantLock());
  }

  @AfterEach
  void close() throws SQLException {
    threads.shutdownNow();
    connection.close();
  }

  @Test
  void writesThatArriveDuringACommitAreCommittedTogetherByOneThread() throws Exception {
    CountDownLatch firstRunning = new CountDownLatch(1);
    CountDownLatch releaseFirst = new CountDownLatch(1);
    Set<Thread> committers = ConcurrentHashMap.newKeySet();
    Future<?> first = threads.submit(() -> write(1, () -> {
      firstRunning.countDown();
      releaseFirst.await();
    }));
    assertThat(firstRunning.await(10, TimeUnit.SECONDS)).isTrue();
    List<Future<?>> others = new ArrayList<>();
    for (int id = 2; id <= 7; id++) {
      int row = id;
      others.add(threads.submit(() -> write(row, () -> committers.add(Thread.currentThread()))));
    }
    awaitQueued(6);
    releaseFirst.countDown();
    first.get(10, TimeUnit.SECONDS);
    for (Future<?> other : others) {
      other.get(10, TimeUnit.SECONDS);
    }

    assertThat(committers).hasSize(1);
    assertThat(storedRows()).containsExactly(1, 2, 3, 4, 5, 6, 7);
  }

  @Test
  void aFailingWriteOfABatchFailsItsOwnCallerOnly() throws Exception {
    CountDownLatch firstRunning = new CountDownLatch(1);
    CountDownLatch releaseFirst = new CountDownLatch(1);
    Future<?> first = threads.submit(() -> write(1, () -> {
      firstRunning.countDown();
      releaseFirst.await();
    }));
    assertThat(firstRunning.await(10, TimeUnit.SECONDS)).isTrue();
    Future<?> good = threads.submit(() -> write(2, () -> { }));
    Future<?> bad = threads.submit(() -> {
      commits.write(() -> insert(1)); // the primary key refuses a second row 1
      return null;
    });
    awaitQueued(2);
    releaseFirst.countDown();
    first.get(10, TimeUnit.SECONDS);
    good.get(10, TimeUnit.SECONDS);

    Throwable failure = catchThrowable(() -> bad.get(10, TimeUnit.SECONDS));
    assertThat(failure).hasCauseInstanceOf(SQLException.class);
    assertThat(storedRows()).containsExactly(1, 2);
  }

  @Test
  void aFailingWriteAloneFailsItsCallerAndStoresNothing() throws Exception {
    commits.write(() -> insert(1));

    Throwable failure = catchThrowable(() -> commits.write(() -> insert(1)));

    assertThat(failure).isInstanceOf(SQLException.class);
    assertThat(storedRows()).containsExactly(1);
  }

  @Test
  void anInterruptedWriterStillWaitsForItsCommitAndKeepsTheFlag() throws Exception {
    Thread.currentThread().interrupt();
    try {
      commits.write(() -> insert(1));
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
    assertThat(storedRows()).containsExactly(1);
  }

  /** What a test write does besides its insert. */
  private interface Extra {
    void run() throws Exception;
  }

  private Void write(int id, Extra extra) throws SQLException {
    commits.write(() -> {
      insert(id);
      try {
        extra.run();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    return null;
  }

  private void insert(int id) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO rows (id) VALUES (?)")) {
      insert.setInt(1, id);
      insert.executeUpdate();
    }
  }

  /** Waits until {@code count} threads wait in {@link GroupCommit#write} for the running commit to end. */
  private void awaitQueued(int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (waitingWriters() < count) {
      assertThat(System.nanoTime()).as("writers queued in time").isLessThan(deadline);
      Thread.sleep(5);
    }
  }

  /** Threads in {@link GroupCommit#write} that are not committing themselves (the committing one waits in a test). */
  private static long waitingWriters() {
    return Thread.getAllStackTraces().entrySet().stream()
        .filter(entry -> entry.getKey().getState() == Thread.State.WAITING)
        .filter(entry -> inGroupCommit(entry.getValue(), "write") && !inGroupCommit(entry.getValue(), "commit"))
        .count();
  }

  private static boolean inGroupCommit(StackTraceElement[] stack, String method) {
    return Arrays.stream(stack).anyMatch(frame -> frame.getClassName().equals(GroupCommit.class.getName())
        && frame.getMethodName().equals(method));
  }

  private List<Integer> storedRows() throws SQLException {
    List<Integer> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT id FROM rows ORDER BY id")) {
      while (result.next()) {
        rows.add(result.getInt(1));
      }
    }
    return rows;
  }
}
