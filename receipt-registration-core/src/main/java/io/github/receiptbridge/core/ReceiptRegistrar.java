package io.github.receiptbridge.core;

import io.github.receiptbridge.core.internal.Classifier;
import io.github.receiptbridge.core.internal.Corrections;
import io.github.receiptbridge.core.internal.DocumentNames;
import io.github.receiptbridge.core.internal.Filler;
import io.github.receiptbridge.core.internal.Interrupts;
import io.github.receiptbridge.core.internal.JournalAudit;
import io.github.receiptbridge.core.internal.JournalTrail;
import io.github.receiptbridge.core.internal.ReceiptFactory;
import io.github.receiptbridge.core.internal.Refunds;
import io.github.receiptbridge.core.internal.Workflow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Turns a period of payments received on a bank account into fiscal receipts, exactly once each. The payments come
 * from a {@link Ledger} (1C:Бухгалтерия through {@code OnecLedger}, or an application's own store), the receipts go
 * to a {@link FiscalService} («Счетмаш Онлайн» through {@code SchetmashFiscalService}).
 *
 * <pre>{@code
 * ReceiptRegistrar registrar = ReceiptRegistrar.builder()
 *     .ledger(OnecLedger.of(onecClient))
 *     .fiscalService(SchetmashFiscalService.of(schetmashClient))
 *     .policy(ReceiptPolicy.builder().fallbackEmail("receipts@uk-example.ru").build())
 *     .build();
 * DateRange period = DateRange.fromPreviousMonthThrough(LocalDate.now(ZoneId.of("Europe/Moscow")));
 * RunReport report = registrar.run(period, "7701234567", Duration.ofMinutes(5));
 * }</pre>
 *
 * <p>The guarantee: a document's receipt is identified by {@code 1c-<key>}, a key the service deduplicates, and the
 * ledger keeps each document's receipt id and status. A document with a saved status is never sent again; a crash, a
 * timeout or a second operator at any point can only lead to a repeat with the same key, which returns the first
 * receipt. Every run checks the ledger's setup before sending anything.
 *
 * <p>Ownership: the registrar owns nothing it is given and closes nothing. The clients behind its ledger and fiscal
 * service, its {@link ReceiptJournal} and its {@link Builder#executor executor} stay the caller's: open them before
 * it, close or shut them down after its last call. The registrar creates no thread between calls: without an
 * executor, each pass makes the threads it sends and writes on ({@link Concurrency}) and shuts them down when it
 * ends; with one, it runs that work on the executor's threads and makes none of its own. It needs no closing.
 *
 * <p>Threads: one registrar, and one pair of clients, may serve many calls from many threads at once, for the same
 * or different organizations. Each call's progress listener and stop signal are the registrar's {@link RunOptions};
 * {@link #withOptions(RunOptions)} gives a registrar with its own that shares everything else, so one registrar
 * (say, one Spring bean) can run several organizations at the same time, each heard and stopped on its own:
 *
 * <pre>{@code
 * ReceiptRegistrar romashka = registrar.withOptions(o -> o.progressListener(romashkaBar).stopWhen(romashkaStop::get));
 * ReceiptRegistrar lesnoe = registrar.withOptions(o -> o.progressListener(lesnoeBar));
 * executor.submit(() -> romashka.register(period, "7701234567"));
 * executor.submit(() -> lesnoe.register(period, "5003012345"));
 * }</pre>
 *
 * <p>Stopping: a stop signal ({@link RunOptions#stopWhen()}) makes a pass start no new document, let those in flight
 * finish, and return its report with {@link RunReport#stopped()} set. An interrupt of the thread running a pass
 * ({@link Thread#interrupt()}, {@code Future.cancel(true)}) stops it the same way, in the same order of effects
 * (journal, fiscal service, ledger write-back; no ledger write left half done), and then throws a {@link
 * RunCancelledException} with the report of the documents it finished, the thread's interrupt flag set again. A
 * call that is not a pass ({@link #fill}, {@link #refunds}, {@link #lateReceipts}) ends on an interrupt with the
 * {@link java.util.concurrent.CancellationException} of the read it cut short, the flag set.
 *
 * @since 0.1.0
 */
public final class ReceiptRegistrar {
  private final Ledger ledger;
  private final Workflow workflow;
  private final Filler filler;
  private final RunOptions options;
  private final Duration statusPollInterval;
  private final Clock clock;
  private final ReceiptJournal journal;
  private final JournalTrail trail;
  private final WorkingCalendar calendar;
  private final JournalAudit journalAudit;
  private final Refunds refunds;
  private final Corrections corrections;

  private ReceiptRegistrar(Builder builder) {
    this.ledger = builder.ledger;
    this.options = RunOptions.builder().progressListener(builder.listener).stopWhen(builder.stopSignal).build();
    this.statusPollInterval = builder.statusPollInterval;
    this.clock = builder.clock;
    this.journal = builder.journal;
    this.calendar = builder.calendar;
    this.trail = new JournalTrail(builder.journal, builder.fiscal.shopId().orElse(0), builder.clock);
    this.workflow = new Workflow(builder.fiscal, builder.ledger, new ReceiptFactory(builder.policy),
        builder.concurrency, builder.clock, builder.serverZone, builder.executor, trail);
    this.journalAudit = new JournalAudit(builder.ledger, trail, builder.calendar);
    this.filler = new Filler(builder.ledger, new Classifier(builder.policy, builder.calendar),
        builder.concurrency.chunkSize(), trail, builder.executor);
    this.refunds = new Refunds(builder.ledger, builder.fiscal, filler, new ReceiptFactory(builder.policy), trail,
        builder.calendar, builder.clock, workflow::now);
    this.corrections = new Corrections(builder.ledger, builder.fiscal, new ReceiptFactory(builder.policy),
        new Classifier(builder.policy, builder.calendar), trail, builder.clock, workflow::now);
  }

  private ReceiptRegistrar(ReceiptRegistrar shared, RunOptions options) {
    this.ledger = shared.ledger;
    this.workflow = shared.workflow;
    this.filler = shared.filler;
    this.options = options;
    this.statusPollInterval = shared.statusPollInterval;
    this.clock = shared.clock;
    this.journal = shared.journal;
    this.trail = shared.trail;
    this.calendar = shared.calendar;
    this.journalAudit = shared.journalAudit;
    this.refunds = shared.refunds;
    this.corrections = shared.corrections;
  }

  /**
   * A registrar with {@code newOptions} (its progress listener and stop signal) that shares everything else with this
   * one: ledger, fiscal service, journal, policy, concurrency, executor, clock and calendar. Cheap (no thread, no
   * connection), and safe to use alongside this one and its other derived registrars from other threads: for one
   * registrar serving several organizations at once, each with its own listener and stop.
   *
   * @param newOptions the listener and stop signal of the new registrar's calls
   * @return a registrar sharing everything but its options with this one
   */
  public ReceiptRegistrar withOptions(RunOptions newOptions) {
    return new ReceiptRegistrar(this, Objects.requireNonNull(newOptions, "options"));
  }

  /**
   * As {@link #withOptions(RunOptions)}, with this registrar's options changed by {@code change}: {@code
   * registrar.withOptions(o -> o.progressListener(listener))} keeps this registrar's stop signal.
   *
   * @param change sets what differs from this registrar's options
   * @return a registrar sharing everything but its options with this one
   */
  public ReceiptRegistrar withOptions(Consumer<RunOptions.Builder> change) {
    RunOptions.Builder builder = RunOptions.builder().from(options);
    change.accept(builder);
    return withOptions(builder.build());
  }

  /**
   * The progress listener and stop signal of this registrar's calls.
   *
   * @return the builder's {@code progressListener} and {@code stopWhen}, or those given to {@link #withOptions}
   */
  public RunOptions options() {
    return options;
  }

  /**
   * A builder; the fiscal service and the ledger are required.
   *
   * @return a builder with every default, whose {@link Builder#build()} fails until {@link Builder#fiscalService} and
   *     {@link Builder#ledger} are set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The period's documents of an organization, each with its saved state, payer, deadline and planned action, as a
   * stream read page by page (close it when not reading to the end). Sends nothing.
   *
   * @param period the payment dates, both ends inclusive, in the 1C server's calendar
   * @param organization INN, name or {@code Ref_Key}
   * @return one row per document of the period in date and number order, those already sent, marked for deletion
   *     or unposted included; the next page is read ahead while the caller works on one
   * @throws SetupException when the ledger lacks what the workflow needs or the organization is unknown
   */
  public Stream<FillRow> fill(DateRange period, String organization) {
    UUID key = prepare(organization);
    return filler.table(key, period, workflow.today());
  }

  /**
   * Sends a «Приход» receipt for every document not yet sent and writes its id, status and date to the ledger. A
   * registration without an answer is settled by sending the same receipt to the same shop once more; never re-issues.
   * A possible duplicate of another document ({@link ReasonCode#POSSIBLE_DUPLICATE}) is never sent.
   *
   * @param period the payment dates, both ends inclusive, in the 1C server's calendar
   * @param organization INN, name or {@code Ref_Key}
   * @return one outcome per document started, in the period's order: {@link Action#SENT}, {@link
   *     Action#ALREADY_SENT}, {@link Action#SKIPPED} with the reason, {@link Action#FAILED} or {@link Action#UNKNOWN};
   *     {@link RunReport#stopped()} when the stop signal cut the pass short
   * @throws SetupException when the ledger lacks what the workflow needs or the organization is unknown; nothing is
   *     sent
   * @throws JournalException when the receipt journal cannot be written; nothing is sent
   * @throws RunAbortedException when a failure every further document would hit stopped the pass (credentials
   *     refused, shop unknown, 1C documents unreadable, the journal failing); its partial report has what was done
   * @throws RunCancelledException when the thread was interrupted; the documents in flight finished, and its
   *     partial report has them
   */
  public RunReport register(DateRange period, String organization) {
    return register(period, organization, List.of());
  }

  /**
   * As {@link #register(DateRange, String)}, but sends the named documents even when they look like a duplicate of
   * another: for an operator who confirmed that each is a payment of its own.
   *
   * @param period the payment dates, both ends inclusive, in the 1C server's calendar
   * @param organization INN, name or {@code Ref_Key}
   * @param notDuplicates numbers (as 1C shows them) or {@code Ref_Key}s of documents of the period; blank ones are
   *     ignored, and none is {@link #register(DateRange, String)}
   * @return as {@link #register(DateRange, String)}, the named documents sent like any other
   * @throws DocumentNotFoundException when a name matches no document of the period, or a number several; then
   *     nothing is sent
   * @throws SetupException when the ledger lacks what the workflow needs or the organization is unknown; nothing is
   *     sent
   * @throws JournalException when the receipt journal cannot be written; nothing is sent
   * @throws RunAbortedException when a failure every further document would hit stopped the pass (credentials
   *     refused, shop unknown, 1C documents unreadable, the journal failing); its partial report has what was done
   * @throws RunCancelledException when the thread was interrupted; the documents in flight finished, and its
   *     partial report has them
   */
  public RunReport register(DateRange period, String organization, Collection<String> notDuplicates) {
    List<String> names = notDuplicates.stream().map(String::trim).filter(name -> !name.isEmpty()).distinct()
        .toList();
    return cancellable(Phase.REGISTER, () -> {
      UUID key = prepareToWrite(organization);
      if (!names.isEmpty()) {
        try (Stream<FillRow> rows = filler.pass(key, period, workflow.today(), List.of())) {
          DocumentNames.requireEachFound(names, rows.filter(row -> names.stream()
              .anyMatch(name -> DocumentNames.matches(name, row.documentKey(), row.number()))).toList(), period,
              DocumentNames.Purpose.NOT_DUPLICATE);
        }
      }
      return workflow.register(rows(key, period, names), options);
    });
  }

  /**
   * Asks the service for every receipt that is not {@code success} yet and writes status and date to the ledger; a
   * receipt whose total is not its document's amount, or whose document is now deleted or unposted, is reported as
   * {@link Action#MISMATCH} (its status is written all the same). Then asks about the period's refund receipts that are
   * not {@code success} or {@code error} yet, or saved without their status or check date, and writes the check date
   * and status on each refund document ({@link Ledger#saveRefundStatus}); they are left out when the ledger is not set
   * up for refunds ({@link Ledger#checkRefundsReady}), so sales never wait for that.
   *
   * @param period the payment dates, both ends inclusive, in the 1C server's calendar
   * @param organization INN, name or {@code Ref_Key}
   * @return one outcome per document with a receipt id, sale or refund: {@link Action#UPDATED} with the status now,
   *     {@link Action#MISMATCH} or {@link Action#SKIPPED} with the reason, {@link Action#FAILED}, or {@link
   *     Action#ALREADY_SENT} for a complete {@code success} not asked about again; documents without one are left out
   * @throws SetupException when the ledger lacks what the workflow needs or the organization is unknown; nothing is
   *     sent
   * @throws JournalException when the receipt journal cannot be written; nothing is sent
   * @throws RunAbortedException when a failure every further document would hit stopped the pass (credentials
   *     refused, shop unknown, 1C documents unreadable, the journal failing); its partial report has what was done
   * @throws RunCancelledException when the thread was interrupted; the documents in flight finished, and its
   *     partial report has them
   */
  public RunReport checkStatuses(DateRange period, String organization) {
    return cancellable(Phase.STATUS, () -> {
      UUID key = prepareToWrite(organization);
      return workflow.checkStatuses(rows(key, period), refundStatusRows(key, period), options);
    });
  }

  /**
   * The period's refund receipts a status pass asks about; none when the ledger is not set up for refunds ({@link
   * Ledger#checkRefundsReady}), so that a ledger without refunds never stops the sales' status checks.
   */
  private Supplier<List<FillRow>> refundStatusRows(UUID organization, DateRange period) {
    return () -> {
      try {
        ledger.checkRefundsReady();
      } catch (SetupException notSetUp) {
        return List.of();
      }
      return refunds.statusRows(organization, period);
    };
  }

  /**
   * Fills, builds and validates every receipt; sends and writes nothing. The report carries each request's JSON.
   *
   * @param period the payment dates, both ends inclusive, in the 1C server's calendar
   * @param organization INN, name or {@code Ref_Key}
   * @return one outcome per document: {@link Action#PLANNED} with the request's JSON ({@link
   *     DocumentOutcome#requestJson()}) for each that a register pass would send, else what it would do and why
   * @throws SetupException when the ledger lacks what the workflow needs or the organization is unknown; nothing is
   *     sent
   * @throws RunAbortedException when a failure every further document would hit stopped the pass (credentials
   *     refused, shop unknown, 1C documents unreadable, the journal failing); its partial report has what was done
   * @throws RunCancelledException when the thread was interrupted; the documents in flight finished, and its
   *     partial report has them
   */
  public RunReport dryRun(DateRange period, String organization) {
    return cancellable(Phase.DRY_RUN, () -> workflow.dryRun(rows(prepare(organization), period), options));
  }

  /**
   * Compares every receipt of the period with the books: asks Счетмаш for each receipt id the ledger holds and reports
   * {@link Action#MISMATCH} when the receipt's total is not the document's amount (known once the receipt is {@code
   * success}) or the document is now marked for deletion or unposted, and, from the {@link Builder#journal receipt
   * journal}, when its operation kind or payer is not the one the receipt was sent for ({@link
   * ReasonCode#OPERATION_KIND_CHANGED}, {@link ReasonCode#PAYER_CHANGED}). Then goes through the journal's receipts
   * of the organization whose payment date (recorded when each was sent) falls in {@code period}: each whose document
   * the ledger no longer holds ({@link ReasonCode#DOCUMENT_GONE}) or is now dated outside the period ({@link
   * ReasonCode#DOCUMENT_REDATED}) is a {@link Action#MISMATCH} too, read by {@link Ledger#payment}, so a receipt never
   * silently drops out of every report. Writes nothing to the ledger and sends no receipt.
   *
   * @param period the payment dates, both ends inclusive, in the 1C server's calendar
   * @param organization INN, name or {@code Ref_Key}
   * @return one outcome per receipt: {@link Action#MISMATCH} with the reason, or {@link Action#ALREADY_SENT} with the
   *     status reported now; documents without a receipt are left out
   * @throws SetupException when the ledger lacks what the workflow needs or the organization is unknown; nothing is
   *     sent
   * @throws RunAbortedException when a failure every further document would hit stopped the pass (credentials
   *     refused, shop unknown, 1C documents unreadable, the journal failing); its partial report has what was done
   * @throws RunCancelledException when the thread was interrupted; the documents in flight finished, and its
   *     partial report has them
   */
  public RunReport audit(DateRange period, String organization) {
    return cancellable(Phase.AUDIT, () -> {
      UUID key = prepare(organization);
      return workflow.audit(rows(key, period), journalAudit, key, period, options);
    });
  }

  /**
   * Re-issues the receipts of the named documents that Счетмаш finally rejected: for an operator who has checked in
   * the Счетмаш cabinet that the receipt will not succeed. A receipt that reports {@code error} is not always final:
   * Счетмаш retries a cash-register error, after which the receipt may still turn into {@code success}, and while the
   * delivery to the policy's {@linkplain ReceiptPolicy#callbackUrl() callback URL} fails, the report of a receipt
   * already fiscalized says {@code error}, until a later delivery succeeds; so nothing else ever re-issues.
   *
   * <p>Each document is read again and re-classified (deleted, unposted, operation kind, amount, organization payer,
   * no contact: refused with the reason); then a fresh report is asked for (anything but {@code error}: refused, and
   * the new status written to the ledger); then the new receipt goes to the payer's contact under {@code
   * 1c-<Ref_Key>-r<failed id>}, and its id, status and date are written to the ledger.
   *
   * @param period the payment dates, both ends inclusive, in the 1C server's calendar
   * @param organization INN, name or {@code Ref_Key}
   * @param documents numbers (as 1C shows them) or {@code Ref_Key}s of documents of the period; at least one
   * @return one outcome per named document: {@link Action#SENT} with the new receipt, {@link Action#SKIPPED} with the
   *     reason it was refused, or {@link Action#FAILED} or {@link Action#UNKNOWN} as a register pass reports them
   * @throws IllegalArgumentException when {@code documents} is empty
   * @throws DocumentNotFoundException when a name matches no document of the period, or a number several; then
   *     nothing is sent
   * @throws SetupException when the ledger lacks what the workflow needs or the organization is unknown; nothing is
   *     sent
   * @throws JournalException when the receipt journal cannot be written; nothing is sent
   * @throws RunAbortedException when a failure every further document would hit stopped the pass (credentials
   *     refused, shop unknown, 1C documents unreadable, the journal failing); its partial report has what was done
   * @throws RunCancelledException when the thread was interrupted; the documents in flight finished, and its
   *     partial report has them
   */
  public RunReport reissue(DateRange period, String organization, Collection<String> documents) {
    List<String> names = documents.stream().map(String::trim).filter(name -> !name.isEmpty()).distinct().toList();
    if (names.isEmpty()) {
      throw new IllegalArgumentException("reissue needs the documents to re-issue (numbers or Ref_Keys); it never "
          + "re-issues every rejected receipt");
    }
    return cancellable(Phase.REISSUE, () -> {
      List<Filler.Candidate> candidates = namedCandidates(organization, period, names,
          DocumentNames.Purpose.REISSUE);
      return workflow.reissue(candidates, options);
    });
  }

  /**
   * Corrects the receipts of the named documents that no longer match them: a receipt whose total is not the
   * document's amount ({@link ReasonCode#AMOUNT_CHANGED}) or that went to another payer than the document's now
   * ({@link ReasonCode#PAYER_CHANGED}, known from the {@link Builder#journal journal}); for an operator who decided
   * it. Each document is read again and its receipt asked about afresh; then a «возврат прихода» ({@code
   * sell_refund}) of the old receipt goes out, for its total, to its buyer (the payer the journal recorded, its
   * contact read as a sale's), under {@code 1c-<Ref_Key>-c<old id>-refund}, and a new {@code sell} for the document as
   * it is now, to its payer's contact, under {@code 1c-<Ref_Key>-c<old id>}; each recorded in the journal before it is
   * sent and with its answer, the new one as replacing the old (so {@code audit} and {@code status} do not take the
   * refunded old receipt for a second one); then the new id, date and {@code accept} are written on the document,
   * never over another receipt id ({@link ReasonCode#RECEIPT_ID_CONFLICT}). Reported as {@link
   * ReasonCode#CORRECTED}. A repeat, after a crash too, sends the same two external ids and gets the same two
   * receipts.
   *
   * <p>Refused with the reason, nothing sent: a document without a {@code success} receipt, or whose receipt matches
   * it, or whose operation kind changed, or that the policy would not send now ({@link ReasonCode#NOT_CORRECTED}); a
   * document marked for deletion or unposted, which needs only a refund ({@link
   * ReasonCode#CORRECTION_NEEDS_REFUND}). A «чек коррекции» ({@code sell_correction}) is never sent: Счетмаш rejects
   * a self-initiated correction (tag 1173 = 0), and the corrections it accepts are never fiscalized.
   *
   * @param period the payment dates, both ends inclusive, in the 1C server's calendar
   * @param organization INN, name or {@code Ref_Key}
   * @param documents numbers (as 1C shows them) or {@code Ref_Key}s of documents of the period; at least one
   * @return one outcome per named document: {@link Action#SENT} with the new receipt's id and reason {@link
   *     ReasonCode#CORRECTED}, {@link Action#SKIPPED} with the reason it was refused, {@link Action#MISMATCH} when the
   *     document holds a third receipt id ({@link ReasonCode#RECEIPT_ID_CONFLICT}), or {@link Action#FAILED} or {@link
   *     Action#UNKNOWN} as a register pass reports them
   * @throws IllegalArgumentException when {@code documents} is empty
   * @throws IllegalStateException when the registrar has no receipt journal, which knows a receipt's payer and
   *     records what the correction replaced
   * @throws DocumentNotFoundException when a name matches no document of the period, or a number several; then
   *     nothing is sent
   * @throws SetupException when the ledger lacks what the workflow needs or the organization is unknown; nothing is
   *     sent
   * @throws JournalException when the receipt journal cannot be written; nothing is sent
   * @throws RunAbortedException when a failure every further document would hit stopped the pass (credentials
   *     refused, shop unknown, 1C documents unreadable, the journal failing); its partial report has what was done
   * @throws RunCancelledException when the thread was interrupted; the documents in flight finished, and its
   *     partial report has them
   */
  public RunReport correct(DateRange period, String organization, Collection<String> documents) {
    Objects.requireNonNull(period, "period");
    List<String> names = documents.stream().map(String::trim).filter(name -> !name.isEmpty()).distinct().toList();
    if (names.isEmpty()) {
      throw new IllegalArgumentException("correct needs the documents to correct (numbers or Ref_Keys); it never "
          + "corrects every changed payment");
    }
    if (journal == ReceiptJournal.none()) {
      throw new IllegalStateException("Corrections need a receipt journal: it knows whom each receipt went to and "
          + "records which receipt a correction replaced. Nothing was corrected");
    }
    return cancellable(Phase.CORRECT, () -> {
      List<Filler.Candidate> candidates = namedCandidates(organization, period, names,
          DocumentNames.Purpose.CORRECT);
      return corrections.correct(candidates, options.progressListener());
    });
  }

  /**
   * The period's refunds to payers of an organization (in 1C «Списание с расчетного счета», {@code
   * ВозвратПокупателю}), each with the payment it returns: the one it names (its basis document, else a settlement
   * row's), else the most likely one (the latest earlier payment of the same payer that has a receipt id and an amount
   * not below the refund's), looked for from {@value Refunds#LOOKBACK_MONTHS} months before the period; with that
   * payment's receipt, what other refund receipts of it already refund (by the {@link Builder#journal journal}) and
   * what is left, and the refund's own saved receipt state. Sends and writes nothing.
   *
   * @param period the refund documents' dates, both ends inclusive, in the 1C server's calendar
   * @param organization INN, name or {@code Ref_Key}
   * @return one row per refund document of the period; empty when it has none
   * @throws SetupException when the ledger lacks what the workflow needs or what refunds need ({@link
   *     Ledger#checkRefundsReady}), or the organization is unknown
   */
  public List<RefundRow> refunds(DateRange period, String organization) {
    Objects.requireNonNull(period, "period");
    UUID key = prepare(organization);
    ledger.checkRefundsReady();
    return refunds.list(key, period);
  }

  /**
   * Sends the «возврат прихода» ({@code sell_refund}) receipt of a refund document, for an operator who has named the
   * payment it returns (see {@link #refunds}): for the refund's amount, to the contact of the payer the payment's
   * receipt goes to, with the sale's item name, VAT and settings, under {@code 1c-<refund Ref_Key>-refund}; recorded
   * in the journal before it is sent and with its answer; then its id, check date and {@code accept} are written on
   * the refund document.
   *
   * <p>Refused with the reason, nothing sent: a refund document that has a receipt id ({@link
   * ReasonCode#REFUND_ALREADY_SENT}; when its saved state is not complete or not {@code success}, the service is asked
   * about it and the answer written, as {@link #checkStatuses} does for every refund receipt of the period not final
   * yet); marked for deletion, unposted, amount not positive or not sendable; a payment the refund does not name
   * when it names others, or of another payer ({@link ReasonCode#REFUND_OTHER_PAYMENT}); a payment without a {@code
   * success} receipt ({@link ReasonCode#REFUND_PAYMENT_NOT_FISCALIZED}); more than the payment receipt's total minus
   * the other refund receipts the journal holds against it ({@link ReasonCode#REFUND_OVER_REMAINDER}).
   *
   * @param period the dates of the refund document, both ends inclusive, in the 1C server's calendar
   * @param organization INN, name or {@code Ref_Key}
   * @param refund the refund's number (as 1C shows it) or {@code Ref_Key}, of the period
   * @param payment the payment's number or {@code Ref_Key}, within {@value Refunds#LOOKBACK_MONTHS} months before the
   *     period or in it
   * @return one outcome, the refund document's: {@link Action#SENT} with the refund receipt's id, {@link
   *     Action#SKIPPED} with the reason it was refused, {@link Action#UPDATED} for a receipt sent before and asked
   *     about again, {@link Action#MISMATCH} for {@link ReasonCode#RECEIPT_ID_CONFLICT}, or {@link Action#FAILED} or
   *     {@link Action#UNKNOWN} as a register pass reports them
   * @throws SetupException when the ledger lacks what refunds need ({@link Ledger#checkRefundsReady}) or the
   *     organization is unknown; nothing is sent
   * @throws IllegalStateException when the registrar has no receipt journal, without which earlier refunds are unknown
   * @throws DocumentNotFoundException when a name matches no document, or a number several; then nothing is sent
   * @throws JournalException when the receipt journal cannot be written; nothing is sent
   * @throws RunAbortedException when a failure every further document would hit stopped the pass (credentials
   *     refused, shop unknown, 1C documents unreadable, the journal failing); its partial report has what was done
   * @throws RunCancelledException when the thread was interrupted; the documents in flight finished, and its
   *     partial report has them
   */
  public RunReport refund(DateRange period, String organization, String refund, String payment) {
    Objects.requireNonNull(period, "period");
    if (journal == ReceiptJournal.none()) {
      throw new IllegalStateException("Refund receipts need a receipt journal: it is what knows the earlier refunds "
          + "of a payment. Nothing was refunded");
    }
    return cancellable(Phase.REFUND, () -> {
      UUID key = prepareToWrite(organization);
      ledger.checkRefundsReady();
      return refunds.refund(key, period, refund.trim(), payment.trim(), workflow.today(),
          options.progressListener());
    });
  }

  /**
   * The receipts of the period's documents of an organization that were fiscalized after their due day (54-ФЗ: the
   * next working day after the payment, by the {@link Builder#calendar calendar}), by payment date: the list for the
   * voluntary notice to the tax office about late receipts. Read from the {@link Builder#journal receipt journal}
   * alone, so a receipt stays listed once it is {@code success}, after its document was edited or deleted in 1C, and
   * without asking the fiscal service: the journal learns when a receipt was fiscalized whenever a status check, a
   * register pass or {@link #run} finds it {@code success}. Receipts of other shops than this registrar's are left
   * out. Sends and writes nothing.
   *
   * @param period the payment dates, as recorded when each receipt was sent, both ends inclusive
   * @param organization INN, name or {@code Ref_Key}
   * @return the late receipts by payment date; empty when none was late, or without a journal
   * @throws SetupException when the ledger lacks what the workflow needs or the organization is unknown
   * @throws JournalException when the journal cannot be read
   */
  public List<LateReceipt> lateReceipts(DateRange period, String organization) {
    Objects.requireNonNull(period, "period");
    UUID key = prepare(organization);
    return trail.lateReceipts(key, period, calendar);
  }

  /**
   * Registers, then checks statuses until nothing is in flight (every receipt {@code success} or {@code error}), {@code
   * wait} passes, or the stop signal is raised ({@link RunReport#stopped()} then). The report has one record per
   * document: what register did, with the latest status. A receipt in {@code error} is asked again by later {@code
   * status} passes; it is never re-issued here.
   *
   * @param period the payment dates, both ends inclusive, in the 1C server's calendar
   * @param organization INN, name or {@code Ref_Key}
   * @param wait how long to go on checking statuses after the register pass, {@link Builder#statusPollInterval}
   *     apart; one status pass at least, even with {@link Duration#ZERO}, unless the stop signal ended the register
   *     pass
   * @return one outcome per document the register pass started, with the status of its last check, as {@link
   *     Phase#RUN}
   * @throws SetupException when the ledger lacks what the workflow needs or the organization is unknown; nothing is
   *     sent
   * @throws JournalException when the receipt journal cannot be written; nothing is sent
   * @throws RunAbortedException when a failure every further document would hit stopped the pass (credentials
   *     refused, shop unknown, 1C documents unreadable, the journal failing); its partial report has what was done
   * @throws RunCancelledException when the thread was interrupted, during a pass or while waiting between status
   *     checks; its partial report is this method's report up to then
   */
  public RunReport run(DateRange period, String organization, Duration wait) {
    return cancellable(Phase.RUN, () -> registerAndPoll(period, organization, wait));
  }

  private RunReport registerAndPoll(DateRange period, String organization, Duration wait) {
    UUID organizationKey = prepareToWrite(organization); // once: the status polls reuse the checks and the lookup
    RunReport registered;
    try {
      registered = workflow.register(rows(organizationKey, period), options);
    } catch (RunCancelledException cancelled) {
      throw new RunCancelledException(cancelled.partialReport().withPhase(Phase.RUN), cancelled.getCause());
    }
    Map<UUID, DocumentOutcome> latest = new LinkedHashMap<>();
    registered.outcomes().forEach(outcome -> latest.put(outcome.documentKey(), outcome));
    long deadline = System.nanoTime() + wait.toNanos();
    if (registered.stopped()) {
      return registered.withPhase(Phase.RUN);
    }
    while (true) {
      RunReport statuses;
      try {
        statuses = workflow.checkStatuses(rows(organizationKey, period), refundStatusRows(organizationKey, period),
            options);
      } catch (RunCancelledException cancelled) {
        mergeInto(latest, cancelled.partialReport());
        throw new RunCancelledException(runReport(registered, cancelled.partialReport().finishedAt(), true, latest),
            cancelled.getCause());
      }
      mergeInto(latest, statuses);
      boolean inFlight = latest.values().stream().anyMatch(DocumentOutcome::isInFlight);
      boolean stopped = statuses.stopped() || inFlight && options.stopWhen().getAsBoolean();
      if (!inFlight || stopped || System.nanoTime() >= deadline) {
        return runReport(registered, statuses.finishedAt(), stopped, latest);
      }
      try {
        Thread.sleep(statusPollInterval.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new RunCancelledException(runReport(registered, clock.instant(), true, latest), e);
      }
    }
  }

  private static void mergeInto(Map<UUID, DocumentOutcome> latest, RunReport statuses) {
    for (DocumentOutcome checked : statuses.outcomes()) {
      latest.computeIfPresent(checked.documentKey(), (key, outcome) -> merge(outcome, checked));
    }
  }

  private static RunReport runReport(RunReport registered, Instant finishedAt, boolean stopped,
      Map<UUID, DocumentOutcome> latest) {
    return RunReport.builder().phase(Phase.RUN).startedAt(registered.startedAt()).finishedAt(finishedAt)
        .stopped(stopped).addAllOutcomes(latest.values()).build();
  }

  /**
   * What {@code pass} returns; a call cut short by an interrupt before its pass began (checking the setup, finding
   * the organization or the named documents) is thrown as a {@link RunCancelledException} with nothing done, the
   * thread's interrupt flag set.
   */
  private RunReport cancellable(Phase phase, Supplier<RunReport> pass) {
    try {
      return pass.get();
    } catch (RunCancelledException | RunAbortedException passEnded) {
      throw passEnded;
    } catch (RuntimeException failure) {
      if (!Interrupts.isCancellation(failure)) {
        throw failure;
      }
      Thread.currentThread().interrupt();
      Instant now = clock.instant();
      throw new RunCancelledException(RunReport.builder().phase(phase).startedAt(now).finishedAt(now).stopped(true)
          .build(), failure);
    }
  }

  private static DocumentOutcome merge(DocumentOutcome outcome, DocumentOutcome checked) {
    DocumentOutcome merged = outcome.withRawStatus(checked.rawStatus()).withOverdue(checked.overdue());
    if (checked.action() == Action.MISMATCH || checked.action() == Action.SKIPPED) {
      return merged.withAction(checked.action()).withReason(checked.reason()).withError(checked.error())
          .withFailureKind(checked.failureKind());
    }
    if (checked.action() == Action.FAILED) {
      return merged.withError(checked.error()).withFailureKind(checked.failureKind());
    }
    return outcome.action() == Action.FAILED ? merged
        : merged.withError(checked.error()).withFailureKind(checked.failureKind());
  }

  private Workflow.Rows rows(UUID organization, DateRange period) {
    return rows(organization, period, List.of());
  }

  private Workflow.Rows rows(UUID organization, DateRange period, List<String> notDuplicates) {
    return new Workflow.Rows() {
      @Override
      public Stream<FillRow> get() {
        return filler.pass(organization, period, workflow.today(), notDuplicates);
      }

      @Override
      public OptionalLong total() {
        return ledger.countPayments(organization, period);
      }
    };
  }

  /** As {@link #prepare}, and proves that the journal can be written: nothing is sent or updated without its trace. */
  /**
   * The period's documents of {@code organization} that {@code names} name, after the checks before a write.
   *
   * @throws DocumentNotFoundException naming what matched nothing or several documents
   */
  private List<Filler.Candidate> namedCandidates(String organization, DateRange period, List<String> names,
      DocumentNames.Purpose purpose) {
    UUID key = prepareToWrite(organization);
    List<Filler.Candidate> candidates = filler.candidates(key, period, workflow.today(),
        document -> names.stream().anyMatch(name -> DocumentNames.matches(name, document)));
    DocumentNames.requireEachFound(names, candidates.stream().map(Filler.Candidate::row).toList(), period, purpose);
    return candidates;
  }

  private UUID prepareToWrite(String organization) {
    UUID key = prepare(organization);
    journal.checkWritable();
    return key;
  }

  private UUID prepare(String organization) {
    Objects.requireNonNull(organization, "organization");
    ledger.checkReady();
    Organization found = ledger.organization(organization);
    return found.key();
  }

  /** Configures a {@link ReceiptRegistrar}. */
  public static final class Builder {
    private @Nullable FiscalService fiscal;
    private @Nullable Ledger ledger;
    private ReceiptPolicy policy = ReceiptPolicy.defaults();
    private Concurrency concurrency = Concurrency.defaults();
    private ProgressListener listener = ProgressListener.NONE;
    private Clock clock = Clock.systemUTC();
    private @Nullable ZoneId serverZone;
    private WorkingCalendar calendar = WorkingCalendar.russian();
    private Duration statusPollInterval = Duration.ofSeconds(2);
    private BooleanSupplier stopSignal = () -> false;
    private ReceiptJournal journal = ReceiptJournal.none();
    private @Nullable Executor executor;

    private Builder() {}

    /**
     * The receipt journal: every registration is recorded in it before it is sent and again with Счетмаш's answer,
     * every status learnt, each re-issue with the receipt it replaces and each operator's "not a duplicate"; and a
     * copy of a payment whose document is gone from 1C is recognised by it. Default {@link ReceiptJournal#none()}.
     * It stays the caller's: the registrar never closes it; close it after the registrar's last call. A journal that
     * cannot be written stops a pass before anything is sent ({@link JournalException}).
     *
     * @param receiptJournal for example {@code ReceiptJournal.sqlite(path)}; corrections, refund receipts and late
     *     receipts need one
     * @return this builder
     */
    public Builder journal(ReceiptJournal receiptJournal) {
      this.journal = Objects.requireNonNull(receiptJournal, "receiptJournal");
      return this;
    }

    /**
     * A stop signal, for a graceful shutdown: asked before each document is started. Once it answers true, a pass
     * starts no new document, lets the documents in flight finish (their receipt is sent and its id, status and date
     * written to 1C), and returns a report with {@link RunReport#stopped()} true that lists only the documents it
     * started; {@link ReceiptRegistrar#run} polls no more statuses. Nothing is lost: the next run goes on from there.
     * Default: never. It is the default of every call: a registrar from {@link ReceiptRegistrar#withOptions} has its
     * own ({@link RunOptions#stopWhen()}). Interrupting the thread of a pass stops it the same way, but the call then
     * throws a {@link RunCancelledException} (with the report) instead of returning the report.
     *
     * @param stopRequested thread-safe and quick, for example {@code AtomicBoolean::get}
     * @return this builder
     */
    public Builder stopWhen(BooleanSupplier stopRequested) {
      this.stopSignal = Objects.requireNonNull(stopRequested, "stopRequested");
      return this;
    }

    /**
     * Registers receipts with this fiscal service, for example {@code SchetmashFiscalService.of(schetmashClient)}.
     * The service and its client stay the caller's: the registrar never closes them.
     *
     * @param service the fiscal service, required; its shop id is recorded with each receipt in the journal
     * @return this builder
     */
    public Builder fiscalService(FiscalService service) {
      this.fiscal = Objects.requireNonNull(service, "service");
      return this;
    }

    /**
     * Reads documents from, and keeps states in, this ledger, for example {@code OnecLedger.of(onecClient)}; its
     * {@link Ledger#zone()}, when it has one, is the run's zone unless {@link #serverZone} sets another. The ledger
     * and its client stay the caller's: the registrar never closes them.
     *
     * @param newLedger the ledger, required
     * @return this builder
     */
    public Builder ledger(Ledger newLedger) {
      this.ledger = Objects.requireNonNull(newLedger, "ledger");
      return this;
    }

    /**
     * How documents become receipts; default {@code ReceiptPolicy.defaults()}, one VAT-exempt line «Оплата
     * жилищно-коммунальных услуг» per customer payment.
     *
     * @param newPolicy the item name, VAT, payment settings, operation kinds and fallback e-mail of every receipt
     * @return this builder
     */
    public Builder policy(ReceiptPolicy newPolicy) {
      this.policy = Objects.requireNonNull(newPolicy, "policy");
      return this;
    }

    /**
     * How much is in flight; default 8 Счетмаш calls and 4 1C requests. The limits hold per pass, on the
     * registrar's own threads and on an {@link #executor executor} alike.
     *
     * @param newConcurrency the limits, for example {@code Concurrency.sequential()} to work one document at a time
     * @return this builder
     */
    public Builder concurrency(Concurrency newConcurrency) {
      this.concurrency = Objects.requireNonNull(newConcurrency, "concurrency");
      return this;
    }

    /**
     * Runs the parallel work of each pass (its Счетмаш calls, 1C writes and the read-ahead of 1C documents) on
     * {@code newExecutor} instead of threads the registrar makes for the pass: an application's own pool, say one
     * that Spring manages. {@link Concurrency} still bounds how many tasks of one pass are in flight; passes running
     * at the same time share the executor. The executor stays the caller's: the registrar never shuts it down and
     * never interrupts its threads; shut it down after the registrar's last call. Shutting it down while a pass runs
     * ends that pass: with a {@link RunAbortedException} when it refuses or drops tasks of the pass, else with a
     * {@link RunCancelledException} when {@code shutdownNow()} interrupted calls of it; either way nothing is half
     * done and the next run goes on. An executor that runs tasks on the calling thread ({@code Runnable::run})
     * is allowed and makes passes sequential. Do not call the registrar from a thread of a bounded executor you gave
     * it: the call waits for its tasks, which may then find no free thread. Default: none, so each pass makes its
     * threads and shuts them down.
     * With {@code Concurrency.sequential()} each document is worked on the caller's thread, and only the read-ahead
     * of documents runs on the executor.
     *
     * @param newExecutor the caller's executor, which stays the caller's
     * @return this builder
     */
    public Builder executor(Executor newExecutor) {
      this.executor = Objects.requireNonNull(newExecutor, "executor");
      return this;
    }

    /**
     * Hears progress; default none. It is the default of every call: a registrar from {@link
     * ReceiptRegistrar#withOptions} has its own ({@link RunOptions#progressListener()}).
     *
     * @param newListener called from the passes' worker threads, so thread-safe and quick
     * @return this builder
     */
    public Builder progressListener(ProgressListener newListener) {
      this.listener = Objects.requireNonNull(newListener, "listener");
      return this;
    }

    /**
     * The clock of check dates and deadlines; default the system clock.
     *
     * @param newClock the clock, read in the {@link #serverZone server zone}; a fixed one for tests
     * @return this builder
     */
    public Builder clock(Clock newClock) {
      this.clock = Objects.requireNonNull(newClock, "clock");
      return this;
    }

    /**
     * The ledger's time zone, for its dates and those written to it; default {@link Ledger#zone()}, else the JVM's.
     *
     * @param zone the 1C server's zone, for example {@code Europe/Moscow}
     * @return this builder
     */
    public Builder serverZone(ZoneId zone) {
      this.serverZone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /**
     * Working days for deadlines; default {@link WorkingCalendar#russian()}, the Russian production calendar.
     *
     * @param newCalendar the calendar that sets each receipt's due day (the next working day after the payment)
     * @return this builder
     */
    public Builder calendar(WorkingCalendar newCalendar) {
      this.calendar = Objects.requireNonNull(newCalendar, "calendar");
      return this;
    }

    /**
     * Pause between status checks in {@link ReceiptRegistrar#run}; default 2 s.
     *
     * @param interval the pause after each status pass that left a receipt in flight
     * @return this builder
     */
    public Builder statusPollInterval(Duration interval) {
      this.statusPollInterval = Objects.requireNonNull(interval, "interval");
      return this;
    }

    /**
     * The registrar.
     *
     * @return a registrar of this builder's settings; the builder may go on to build others
     * @throws IllegalStateException when the fiscal service or the ledger is missing
     */
    public ReceiptRegistrar build() {
      if (fiscal == null || ledger == null) {
        throw new IllegalStateException("ReceiptRegistrar needs "
            + (fiscal == null ? "a fiscal service (fiscalService(...))" : "")
            + (fiscal == null && ledger == null ? " and " : "")
            + (ledger == null ? "a ledger (ledger(...))" : ""));
      }
      if (serverZone == null) {
        serverZone = ledger.zone().orElseGet(ZoneId::systemDefault);
      }
      return new ReceiptRegistrar(this);
    }
  }
}
