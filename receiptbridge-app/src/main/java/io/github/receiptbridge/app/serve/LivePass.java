package io.github.receiptbridge.app.serve;

import io.github.receiptbridge.core.Action;
import io.github.receiptbridge.core.DocumentOutcome;
import io.github.receiptbridge.core.DateRange;
import io.github.receiptbridge.core.Phase;
import io.github.receiptbridge.core.ProgressListener;
import io.github.receiptbridge.core.RunReport;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * A pass as it runs: hears the workflow's progress and ends finished, failed or skipped. {@link #snapshot()} gives
 * the immutable {@link PassRecord} the console shows. Thread-safe.
 */
final class LivePass implements ProgressListener {
  private final long id;
  private final PassRequest request;
  private final Instant startedAt;
  private final AtomicLong done = new AtomicLong();
  private volatile @Nullable Long total;
  private volatile PassState state = PassState.RUNNING;
  private volatile @Nullable Instant finishedAt;
  private volatile String summary = "выполняется";
  private volatile @Nullable PassFailure failure;
  private volatile @Nullable RunReport report;

  /** The pass {@code id} that does what {@code request} asks, started (or skipped) at {@code startedAt}. */
  LivePass(long id, PassRequest request, Instant startedAt) {
    this.id = id;
    this.request = request;
    this.startedAt = startedAt;
  }

  long id() {
    return id;
  }

  String organizationKey() {
    return request.organizationKey();
  }

  PassKind kind() {
    return request.kind();
  }

  DateRange period() {
    return request.period();
  }

  /** The documents it was asked to work on; empty for a pass over the whole period. */
  List<String> documents() {
    return request.documents();
  }

  Instant startedAt() {
    return startedAt;
  }

  PassState state() {
    return state;
  }

  /** A pass phase started: progress counts from zero against its total. */
  @Override
  public void started(Phase phase, OptionalLong count) {
    done.set(0);
    total = count.isPresent() ? count.getAsLong() : null;
    summary = "выполняется: " + inRussian(phase);
  }

  @Override
  public void documentDone(DocumentOutcome outcome) {
    done.incrementAndGet();
  }

  /** Forgets the report (the history keeps only the newest ones); the summary stays. */
  void dropReport() {
    report = null;
  }

  /** The pass finished with {@code finalReport}. */
  void finish(RunReport finalReport, Instant at) {
    // A status or audit pass looks only at the documents with a receipt, fewer than the period's count it started
    // with: once finished, the pass has done all it had to, which is what its report holds.
    long handled = finalReport.outcomes().size();
    done.set(handled);
    total = handled;
    report = finalReport;
    summary = summarize(finalReport);
    finishedAt = at;
    state = PassState.FINISHED;
  }

  /** The pass failed as a whole with {@code why}; {@code partial} is what it did before, if anything. */
  void fail(PassFailure why, Optional<RunReport> partial, Instant at) {
    report = partial.orElse(null);
    failure = why;
    // the console words the failure from its kind, with the detail folded once; the summary does not repeat it
    summary = "не выполнен";
    finishedAt = at;
    state = PassState.FAILED;
  }

  /** The pass was not run; {@code why} says so. */
  void skip(String why) {
    summary = why;
    finishedAt = startedAt;
    state = PassState.SKIPPED;
  }

  private static String inRussian(Phase phase) {
    return switch (phase) {
      case REGISTER -> "отправка чеков";
      case STATUS -> "проверка статусов";
      case DRY_RUN -> "пробный проход";
      case AUDIT -> "аудит";
      case REISSUE -> "повтор чека";
      case REFUND -> "чек возврата";
      case CORRECT -> "исправление";
      case RUN -> "отправка и проверка статусов";
    };
  }

  /** The record as it stands now. */
  PassRecord snapshot() {
    Long count = total;
    return new PassRecord(id, request.organizationKey(), request.kind(), request.period(), request.trigger(), state,
        startedAt, Optional.ofNullable(finishedAt), done.get(), Optional.ofNullable(count), summary,
        Optional.ofNullable(failure), Optional.ofNullable(report));
  }

  /** One line in Russian on what a report did. */
  static String summarize(RunReport report) {
    StringBuilder text = new StringBuilder()
        .append("документов ").append(report.outcomes().size())
        .append(": отправлено ").append(report.count(Action.SENT))
        .append(", уже отправлено ").append(report.count(Action.ALREADY_SENT))
        .append(", обновлено ").append(report.count(Action.UPDATED))
        .append(", пропущено ").append(report.count(Action.SKIPPED))
        .append(", сбоев ").append(report.count(Action.FAILED))
        .append(", чеков в статусе «Ошибка» ").append(PassCounts.errors(report))
        .append(", исход неизвестен ").append(report.count(Action.UNKNOWN))
        .append(", расхождений ").append(report.count(Action.MISMATCH))
        .append(", просрочено ").append(report.overdue().size());
    if (report.stopped()) {
      text.append("; остановлен при завершении службы, остальное сделает следующий проход");
    }
    return text.toString();
  }
}
