package io.github.receiptbridge.app.serve;

import io.github.receiptbridge.app.common.config.Configuration;
import io.github.receiptbridge.core.Action;
import io.github.receiptbridge.core.DocumentOutcome;
import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.LateReceipt;
import io.github.receiptbridge.core.RefundRow;
import io.github.receiptbridge.core.DateRange;
import io.github.receiptbridge.core.Phase;
import io.github.receiptbridge.core.PlannedAction;
import io.github.receiptbridge.core.RunReport;
import io.github.receiptbridge.core.SavedState;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * An organization's work that the test scripts, for the service's parts on their own: each pass records its kind,
 * waits while the test holds it, then returns the scripted report or throws the scripted failure; «Заполнить» returns
 * the rows given and counts its reads.
 */
final class ScriptedWork implements OrganizationWork {
  static final Instant AT = Instant.parse("2026-11-20T02:50:00Z");
  static final DateRange PERIOD = DateRange.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 20));

  private final List<PassKind> ran = new CopyOnWriteArrayList<>();
  private final AtomicInteger fills = new AtomicInteger();
  private final CountDownLatch release = new CountDownLatch(1);
  private volatile boolean held;
  private volatile Supplier<RunReport> outcome = () -> report(0);
  private volatile List<FillRow> rows = List.of();

  /** Passes wait until {@link #release()}. */
  ScriptedWork holding() {
    held = true;
    return this;
  }

  /** Lets the held passes end. */
  void release() {
    release.countDown();
  }

  /** Each pass sends {@code receipts} receipts. */
  ScriptedWork sending(int receipts) {
    outcome = () -> report(receipts);
    return this;
  }

  /** Each pass ends with {@code report}. */
  ScriptedWork reporting(RunReport report) {
    outcome = () -> report;
    return this;
  }

  /** Each pass fails with {@code failure}. */
  ScriptedWork failingWith(RuntimeException failure) {
    outcome = () -> {
      throw failure;
    };
    return this;
  }

  /** «Заполнить» reads {@code replacement}. */
  ScriptedWork withRows(List<FillRow> replacement) {
    rows = List.copyOf(replacement);
    return this;
  }

  /** The kinds of the passes run so far, in order. */
  List<PassKind> ran() {
    return ran;
  }

  /** How often «Заполнить» read 1C. */
  int fills() {
    return fills.get();
  }

  /** An organization {@code key} whose work this is. */
  OrganizationUnit unit(String key) {
    OrganizationUnit unit = new OrganizationUnit(new OrganizationSettings(key, key, OptionalLong.of(101),
        Optional.empty(), Optional.empty(), Configuration.of(Map.of()).receiptPolicy()), 101);
    unit.work(this);
    return unit;
  }

  @Override
  public RunReport run(PassKind kind, DateRange period, List<String> documents) {
    ran.add(kind);
    if (held) {
      try {
        if (!release.await(30, TimeUnit.SECONDS)) {
          throw new IllegalStateException("the test never released the pass");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return outcome.get();
  }

  @Override
  public List<FillRow> fill(DateRange period) {
    fills.incrementAndGet();
    return rows;
  }

  @Override
  public List<LateReceipt> lateReceipts(DateRange period) {
    return List.of();
  }

  @Override
  public List<RefundRow> refunds(DateRange period) {
    return List.of();
  }

  /** A report of a register pass that sent {@code receipts} documents. */
  static RunReport report(int receipts) {
    List<DocumentOutcome> outcomes = new ArrayList<>();
    for (int i = 1; i <= receipts; i++) {
      FillRow row = row(i, PlannedAction.SEND, "");
      outcomes.add(DocumentOutcome.builder().documentKey(row.documentKey()).number(row.number()).date(row.date())
          .amount(row.amount()).externalId(row.externalId()).receiptId(1000L + i).action(Action.SENT)
          .dueBy(row.dueBy()).overdue(false).build());
    }
    return RunReport.builder().phase(Phase.REGISTER).startedAt(AT).finishedAt(AT).addAllOutcomes(outcomes).build();
  }

  /** Document {@code i} of November, planned for {@code action}, with the saved {@code status} ({@code ""}: none). */
  static FillRow row(int i, PlannedAction action, String status) {
    String number = String.format("UK-%05d", i);
    UUID key = UUID.nameUUIDFromBytes(number.getBytes(StandardCharsets.UTF_8));
    LocalDate day = LocalDate.of(2026, 11, 1).plusDays(i % 28);
    return FillRow.builder().documentKey(key).organizationKey(key).number(number).date(day.atTime(10, 0))
        .amount(new BigDecimal(1000 + i)).paymentPurpose("Оплата ЖКУ").operationKind("ОплатаПокупателя")
        .posted(true).deletionMark(false).payerName("Иванов И. И.").externalId("1c-" + key).dueBy(day.plusDays(1))
        .overdue(false).action(action)
        .savedState(status.isEmpty() ? SavedState.empty() : SavedState.builder().rawStatus(status).build()).build();
  }
}
