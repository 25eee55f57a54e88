package io.github.receiptbridge.app.serve;

import io.github.receiptbridge.core.LateReceipt;
import io.github.receiptbridge.core.RefundRow;
import io.github.receiptbridge.core.DateRange;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * What the web console asks of the running service: the organizations it serves, the «Заполнить» table, the late
 * receipts, manual passes, their live progress and history, health and metrics. Implemented by the service; the web layer renders it
 * and holds no state of its own beyond sessions. Every method is thread-safe.
 */
public interface ServiceConsole {
  /** The organizations the service registers receipts for, in configuration order. */
  List<OrganizationView> organizations();

  /** 1C's zone: the console shows every time in it, as the table shows the documents' times. */
  ZoneId zone();

  /** The period a pass uses by default today: the first day of the previous month through today (1C's zone). */
  DateRange defaultPeriod();

  /**
   * One page of the «Заполнить» table: reads the period's documents from 1C (or the copy read for the same
   * organization and period since the last pass), filters and pages them.
   *
   * @throws UnknownOrganizationException when {@code organizationKey} is not configured
   * @throws io.github.receiptbridge.core.RegistrationException when 1C cannot be read
   */
  FillPage fill(String organizationKey, DateRange period, FillQuery query);

  /**
   * «Поздние чеки»: the receipts of the period's payments of an organization fiscalized after their due day, read
   * from the receipt journal (so still listed once {@code success}); asks 1C only for the organization.
   *
   * @throws UnknownOrganizationException when {@code organizationKey} is not configured
   * @throws io.github.receiptbridge.core.RegistrationException when 1C or the journal cannot be read
   */
  List<LateReceipt> lateReceipts(String organizationKey, DateRange period);

  /**
   * «Возвраты»: the period's refunds to payers of an organization («Списание с расчетного счета»,
   * {@code ВозвратПокупателю}), each with the payment it returns, that payment's receipt and what is left to refund.
   *
   * @throws UnknownOrganizationException when {@code organizationKey} is not configured
   * @throws io.github.receiptbridge.core.RegistrationException when 1C or the journal cannot be read
   */
  List<RefundRow> refunds(String organizationKey, DateRange period);

  /**
   * Starts a manual pass in the background and returns at once.
   *
   * @param request the pass: organization, kind, period, the named documents of a re-issue, and the session that
   *     asked (its trigger, for the log and the history)
   * @return the pass, running
   * @throws UnknownOrganizationException when the organization is not configured
   * @throws PassBusyException when a pass of this organization is running (passes of one organization never overlap)
   * @throws IllegalStateException when the service is stopping
   */
  PassRecord start(PassRequest request);

  /**
   * A pass by its id, running or finished, while it is in the history (kept in the journal's file for the
   * retention, so across restarts), with its report.
   */
  Optional<PassRecord> pass(long passId);

  /**
   * The last {@code limit} passes of every organization, newest first, scheduled and manual, across restarts; the
   * finished ones without their report ({@link #pass(long)} has it).
   */
  List<PassRecord> history(int limit);

  /**
   * What the last audit of an organization found, kept until its next audit and across restarts.
   *
   * @throws UnknownOrganizationException when {@code organizationKey} is not configured
   */
  AuditFindings auditFindings(String organizationKey);

  /** Per organization the last pass and whether 1C and Счетмаш answered; unhealthy as {@link Health#healthy()} says. */
  Health health();

  /** The metrics in the Prometheus text format ({@code text/plain; version=0.0.4}). */
  String scrapeMetrics();
}
