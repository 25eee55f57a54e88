package io.github.receiptbridge.reliability;

import io.github.receiptbridge.core.RefundRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What the refund trials check from the outside: each refund document has exactly one {@code sell_refund} under
 * {@code 1c-<refund key>-refund} in the Счетмаш simulator, and the refunds of a payment never add up to more than
 * its receipt's total.
 */
final class RefundAudit {
  private RefundAudit() {}

  /** A refund document the trial sends, and the payment it returns. */
  record Refund(UUID key, String number, UUID payment) {
    static Refund of(RefundRow row) {
      return new Refund(row.refund().key(), row.refund().number(), row.paymentKey().orElseThrow());
    }

    String externalId() {
      return "1c-" + key + "-refund";
    }
  }

  /**
   * @param refunds    refund receipts in the service
   * @param duplicates {@code sell_refund} receipts beyond the first for one refund document
   * @param missing    refund documents without one
   * @param over       payments whose refund receipts add up to more than their own receipt
   */
  record Result(int refunds, int duplicates, int missing, int over, List<String> problems) {}

  /** The refunds of the period that may be sent: a payment found, with its receipt. */
  static List<Refund> sendable(List<RefundRow> rows) {
    return rows.stream().filter(row -> row.paymentKey().isPresent() && row.paymentReceiptId().isPresent())
        .map(Refund::of).toList();
  }

  static Result check(Audit audit, List<Refund> refunds) {
    List<Audit.ServiceReceipt> all = audit.serviceReceipts();
    Map<String, List<Audit.ServiceReceipt>> refundReceipts = all.stream()
        .filter(receipt -> receipt.externalId().endsWith("-refund"))
        .collect(Collectors.groupingBy(Audit.ServiceReceipt::externalId));
    Map<String, BigDecimal> sold = new HashMap<>();
    all.stream().filter(receipt -> !receipt.externalId().endsWith("-refund"))
        .forEach(receipt -> sold.put(receipt.externalId(), receipt.total()));
    List<String> problems = new ArrayList<>();
    int duplicates = 0;
    int missing = 0;
    Map<UUID, BigDecimal> refundedPerPayment = new HashMap<>();
    for (Refund refund : refunds) {
      List<Audit.ServiceReceipt> held = refundReceipts.getOrDefault(refund.externalId(), List.of());
      if (held.isEmpty()) {
        missing++;
        problems.add("no sell_refund for " + refund.number());
        continue;
      }
      duplicates += held.size() - 1;
      refundedPerPayment.merge(refund.payment(), held.get(0).total(), BigDecimal::add);
    }
    Set<String> expected = refunds.stream().map(Refund::externalId).collect(Collectors.toSet());
    refundReceipts.keySet().stream().filter(id -> !expected.contains(id))
        .forEach(id -> problems.add("a sell_refund nobody asked for: " + id));
    int over = 0;
    for (Map.Entry<UUID, BigDecimal> entry : refundedPerPayment.entrySet()) {
      BigDecimal paid = sold.get("1c-" + entry.getKey());
      if (paid == null || entry.getValue().compareTo(paid) > 0) {
        over++;
        problems.add("payment " + entry.getKey() + " refunded " + entry.getValue() + " of " + paid);
      }
    }
    int count = refundReceipts.values().stream().mapToInt(List::size).sum();
    return new Result(count, duplicates, missing, over, problems);
  }
}
