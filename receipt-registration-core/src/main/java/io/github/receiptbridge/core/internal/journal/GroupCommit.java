package io.github.receiptbridge.core.internal.journal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * Writes of several threads committed together: a thread that finds no commit running commits every write waiting
 * at that moment in one transaction, and the others wait for it. Each write is still durable when {@link #write}
 * returns, but one sync of the file covers all of them: with eight registrations in flight, a sync per write made
 * the journal about 40% of a pass's CPU, as threads spun and queued on the journal while one synced.
 *
 * <p>A write is one statement, which SQLite runs whole or not at all. Each write of a batch runs in a savepoint of its
 * own, so a failing one is rolled back and thrown to its own thread only; a failing {@code BEGIN} or {@code COMMIT}
 * fails every write of the batch, none of which is then stored. A write alone runs as it is, in the implicit
 * transaction of its statement: the same one sync, without three more statements.
 */
final class GroupCommit {
  /** One write: one JDBC statement on the connection, run by whichever thread commits it. */
  @FunctionalInterface
  interface Write {
    void run() throws SQLException;
  }

  private final Connection connection;
  private final ReentrantLock connectionLock;
  private final Object queueLock = new Object();
  private final List<Pending> queue = new ArrayList<>();
  private boolean committing;

  /**
   * Commits on {@code connection}, holding {@code connectionLock} (which the journal's reads take too) while it does.
   */
  GroupCommit(Connection connection, ReentrantLock connectionLock) {
    this.connection = connection;
    this.connectionLock = connectionLock;
  }

  /**
   * Runs {@code write} and returns once it is committed. An interrupt does not cut the wait short, because the write
   * may be committed by another thread at any moment; the interrupt flag is set again on return.
   *
   * @throws SQLException the write's own failure, or the failure of the transaction it was committed in
   * @throws RuntimeException the write's own unchecked failure, which rolled back that write only
   */
  void write(Write write) throws SQLException {
    Pending mine = new Pending(write);
    boolean interrupted = false;
    try {
      synchronized (queueLock) {
        queue.add(mine);
      }
      while (true) {
        List<Pending> batch;
        synchronized (queueLock) {
          while (!mine.done && committing) {
            try {
              queueLock.wait();
            } catch (InterruptedException e) {
              interrupted = true;
            }
          }
          if (mine.done) {
            break;
          }
          committing = true;
          batch = new ArrayList<>(queue);
          queue.clear();
        }
        try {
          commit(batch);
        } finally {
          synchronized (queueLock) {
            committing = false;
            queueLock.notifyAll();
          }
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
    if (mine.failure instanceof SQLException sql) {
      throw sql;
    }
    if (mine.failure instanceof RuntimeException unchecked) {
      throw unchecked;
    }
  }

  private void commit(List<Pending> batch) {
    boolean completed = false;
    connectionLock.lock();
    try {
      if (batch.size() == 1) {
        runAlone(batch.get(0));
      } else {
        runTogether(batch);
      }
      completed = true;
    } finally {
      connectionLock.unlock();
      synchronized (queueLock) {
        for (Pending pending : batch) {
          if (!completed && pending.failure == null) { // an Error on the committing thread: nothing is known stored
            pending.failure = new IllegalStateException("the journal's commit ended abnormally on another thread");
          }
          pending.done = true;
        }
      }
    }
  }

  private static void runAlone(Pending pending) {
    try {
      pending.write.run();
    } catch (SQLException | RuntimeException e) {
      pending.failure = e;
    }
  }

  private void runTogether(List<Pending> batch) {
    try (Statement statement = connection.createStatement()) {
      statement.execute("BEGIN IMMEDIATE");
      try {
        for (Pending pending : batch) {
          statement.execute("SAVEPOINT journal_write");
          try {
            pending.write.run();
          } catch (SQLException | RuntimeException e) {
            pending.failure = e;
            statement.execute("ROLLBACK TO journal_write");
          }
          statement.execute("RELEASE journal_write");
        }
        statement.execute("COMMIT");
      } catch (SQLException e) {
        rollback(statement, e);
        throw e;
      }
    } catch (SQLException e) {
      for (Pending pending : batch) {
        if (pending.failure == null) {
          pending.failure = e;
        }
      }
    }
  }

  private static void rollback(Statement statement, SQLException failure) {
    try {
      statement.execute("ROLLBACK");
    } catch (SQLException rollback) {
      failure.addSuppressed(rollback);
    }
  }

  /** A write and, once done, how it ended; written by the committing thread, read by its own after the queue lock. */
  private static final class Pending {
    final Write write;
    boolean done;
    @Nullable Exception failure;

    Pending(Write write) {
      this.write = write;
    }
  }
}
