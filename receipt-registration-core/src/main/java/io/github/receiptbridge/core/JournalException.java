package io.github.receiptbridge.core;

import org.jspecify.annotations.Nullable;

/**
 * The receipt journal cannot be opened, read or written: a path that cannot be created, a file that is not a journal
 * or is of a newer schema, a full disk. Raised before anything is sent when the journal is checked, and stops a run
 * when a write fails later, since a receipt must never be sent without its trace.
 *
 * @since 0.1.0
 */
public final class JournalException extends RegistrationException {
  private static final long serialVersionUID = 1L;

  /**
   * A journal problem described in plain words, naming the file.
   *
   * @param message what is wrong with which file, and what to do
   * @param cause the I/O or SQL failure; {@code null} when there is none
   */
  public JournalException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  /** Never: the journal's file or folder must be fixed first. */
  @Override
  public boolean isRetrySafe() {
    return false;
  }
}
