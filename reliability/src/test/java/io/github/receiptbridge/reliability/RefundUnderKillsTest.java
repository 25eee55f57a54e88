package io.github.receiptbridge.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.core.ReceiptJournal;
import io.github.receiptbridge.onec.OnecClient;
import io.github.receiptbridge.onec.model.BankReceipt;
import io.github.receiptbridge.onec.model.PayerKind;
import io.github.receiptbridge.onec.model.PayerRef;
import io.github.receiptbridge.sandbox.BankWithdrawalSeed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app's {@code refund} command as a child JVM, killed with SIGKILL in the dangerous gap: each attempt seeds a
 * fresh refund document into 1C (a part of a payment whose receipt is {@code success}), starts the child, watches the
 * Счетмаш simulator for that refund's {@code sell_refund} and kills the child a few ms after it arrives, while 1C
 * answers slowly, so that the receipt is sent and its id not yet written to the refund document. Then each refund
 * (these and the demo month's) is finished and {@code status} run: exactly one {@code sell_refund} per refund
 * document, never above its payment's receipt, its id and final status on the document in 1C.
 */
@ExtendWith(ReliabilityTable.class)
class RefundUnderKillsTest {
  private static final int SIGKILL_EXIT = 137;
  private static final Duration ONEC_LATENCY = Duration.ofMillis(60);

  @TempDir
  Path folder;

  @Test
  void refundKilledAfterSendBeforeWriteBackShort() throws Exception {
    trial(3, 31, 8, "fast part");
  }

  @Test
  @Tag("long")
  void refundKilledAfterSendBeforeWriteBack() throws Exception {
    trial(20, 32, 120, "long part");
  }

  /** A payment with a {@code success} receipt that fresh refunds may return part of. */
  private record Payment(UUID key, LocalDateTime date, PayerRef payer, BigDecimal total) {}

  /**
   * @param kills        how many children to kill
   * @param jitterMillis the kill lands 0 to this many ms after the {@code sell_refund} reached Счетмаш
   */
  private void trial(int kills, long seed, int jitterMillis, String part) throws Exception {
    try (Services services = new Services(YearMonth.of(2026, 10))) {
      Set<String> eligible = services.eligible();
      assertThat(services.finish(5)).last().matches(Services.Pass::complete, "the month's sales are complete");
      List<RefundAudit.Refund> demo;
      try (ReceiptJournal journal = ReceiptJournal.sqlite(folder.resolve("list.db"))) {
        demo = RefundAudit.sendable(services.registrar(journal).refunds(Services.PERIOD, Services.INN));
      }
      assertThat(demo).hasSizeGreaterThanOrEqualTo(2);
      List<Payment> payments = refundablePayments(services, eligible, demo);
      assertThat(payments).as("payments with a success receipt to refund part of").isNotEmpty();

      services.schetmash.behavior().latency(Duration.ofMillis(150));
      services.onec.behavior().latency(ONEC_LATENCY); // the write-back after the send takes a while
      Map<String, String> environment = new TreeMap<>(services.schetmash.clientSettings());
      environment.putAll(services.onec.clientSettings());
      ChildCli cli = new ChildCli(folder);
      Random random = new Random(seed);
      List<RefundAudit.Refund> fresh = new ArrayList<>();
      Map<UUID, BigDecimal> refunding = new HashMap<>();
      int killed = 0;
      int inGap = 0;
      int beforeSend = 0;
      int afterWrite = 0;
      List<Integer> exits = new ArrayList<>();
      for (int attempt = 0; attempt < 2 * kills && killed < kills; attempt++) {
        Payment payment = payments.get(attempt % payments.size());
        RefundAudit.Refund refund = seedRefund(services, payment, attempt, refunding);
        fresh.add(refund);
        ChildCli.Child child = cli.start(environment, List.of(), refund(refund));
        boolean sent = killSoonAfterSend(services, child, refund, random.nextInt(jitterMillis + 1));
        assertThat(child.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        int exit = child.process().exitValue();
        exits.add(exit);
        if (exit == SIGKILL_EXIT) {
          killed++;
          Thread.sleep(ONEC_LATENCY.toMillis() + 50); // a write the child had on the wire lands or not, for good
          boolean stored = !services.schetmash.receiptsByExternalId(services.schetmash.shopId(),
              refund.externalId()).isEmpty();
          Audit.Saved saved = services.audit().savedInOnec().get(refund.key().toString());
          boolean written = saved != null && saved.receiptId() != null && !saved.receiptId().isBlank();
          if (!stored) {
            beforeSend++;
          } else if (!written) {
            inGap++;
          } else {
            afterWrite++;
          }
          assertThat(sent || !stored).isTrue();
        } else {
          assertThat(exit).as("a run that ended before its kill: " + child.stdout() + child.stderr()).isZero();
        }
        assertThat(services.audit().duplicatesNow()).as("no refund receipt twice after run %d", attempt).isZero();
      }
      assertThat(killed).as("runs killed, exits %s", exits).isEqualTo(kills);
      assertThat(inGap).as("kills after the send and before the write-back").isPositive();

      services.schetmash.behavior().latency(Duration.ZERO);
      services.onec.behavior().latency(Duration.ZERO);
      List<RefundAudit.Refund> refunds = new ArrayList<>(demo);
      refunds.addAll(fresh);
      for (RefundAudit.Refund refund : refunds) {
        ChildCli.Child last = cli.start(environment, List.of(), refund(refund));
        assertThat(last.process().waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(last.process().exitValue()).as(last.stdout() + last.stderr()).isZero();
      }
      Thread.sleep(200); // the simulator's processing delay
      ChildCli.Child status = cli.start(environment, List.of(), "status", "--organization", Services.INN, "--from",
          Services.PERIOD.from().toString(), "--to", Services.PERIOD.to().toString());
      assertThat(status.process().waitFor(120, TimeUnit.SECONDS)).isTrue();

      RefundAudit.Result refundResult = RefundAudit.check(services.audit(), refunds);
      Set<String> documents = new HashSet<>(eligible);
      refunds.forEach(refund -> documents.add(refund.key().toString()));
      Audit.Result result = services.audit().check(documents, true);
      assertThat(refundResult.problems()).isEmpty();
      assertThat(result.problems()).as("status: " + status.stdout() + status.stderr()).isEmpty();
      assertThat(refundResult.refunds()).isEqualTo(refunds.size());
      ReliabilityTable.record(new Trial("Refund", "`refund` as a child JVM, each run on a fresh refund document "
          + "(part of a payment with a `success` receipt), killed with SIGKILL 0–" + jitterMillis + " ms after its "
          + "sell_refund reached Счетмаш (" + part + ": Счетмаш 150 ms, 1C " + ONEC_LATENCY.toMillis() + " ms), then "
          + "these " + fresh.size() + " and the demo month's " + demo.size() + " refunds finished by a re-run and "
          + "`status` run: kills", killed, inGap + " kills left a sell_refund sent and its id not yet in 1C, "
          + afterWrite + " landed after the id was written, " + beforeSend + " before the send; "
          + refundResult.refunds() + " sell_refund for " + refunds.size() + " refund documents, none above its "
          + "payment's receipt; `status` wrote every refund's `success` to 1C (" + (exits.size() - killed)
          + " more runs ended before their kill)",
          refundResult.duplicates() + result.duplicates(),
          refundResult.missing() + refundResult.over() + result.lostOrWrong()));
    }
  }

  /**
   * Waits for the child's {@code sell_refund} to reach Счетмаш, then kills it after {@code jitterMillis}; kills it
   * anyway after 30 s.
   *
   * @return whether the {@code sell_refund} was seen before the kill
   */
  private static boolean killSoonAfterSend(Services services, ChildCli.Child child, RefundAudit.Refund refund,
      int jitterMillis) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    long shop = services.schetmash.shopId();
    while (child.process().isAlive() && System.nanoTime() < deadline) {
      if (!services.schetmash.receiptsByExternalId(shop, refund.externalId()).isEmpty()) {
        if (jitterMillis > 0) {
          Thread.sleep(jitterMillis);
        }
        child.process().destroyForcibly();
        return true;
      }
      Thread.sleep(1);
    }
    child.process().destroyForcibly();
    return false;
  }

  /**
   * The eligible payments of «УК Ромашка» with a {@code success} receipt, a payer and no refund in the demo month,
   * with their receipt's total.
   */
  private static List<Payment> refundablePayments(Services services, Set<String> eligible,
      List<RefundAudit.Refund> demo) {
    Set<UUID> refunded = demo.stream().map(RefundAudit.Refund::payment).collect(Collectors.toSet());
    Map<String, Audit.Saved> saved = services.audit().savedInOnec();
    Map<String, BigDecimal> totals = services.audit().serviceReceipts().stream()
        .filter(receipt -> "success".equals(receipt.status()))
        .collect(Collectors.toMap(Audit.ServiceReceipt::externalId, Audit.ServiceReceipt::total, (a, b) -> a));
    try (OnecClient client = services.onecClient().build();
        Stream<BankReceipt> all = client.bankReceipts(services.organization, Services.PERIOD.from(),
            Services.PERIOD.to())) {
      return all.filter(payment -> eligible.contains(payment.key().toString()))
          .filter(payment -> !refunded.contains(payment.key()))
          .filter(payment -> payment.payer().filter(payer -> payer.kind() != PayerKind.OTHER).isPresent())
          .filter(payment -> saved.containsKey(payment.key().toString())
              && "success".equals(saved.get(payment.key().toString()).status()))
          .filter(payment -> totals.containsKey("1c-" + payment.key()))
          .map(payment -> new Payment(payment.key(), payment.date(), payment.payer().orElseThrow(),
              totals.get("1c-" + payment.key())))
          .filter(payment -> payment.total().compareTo(new BigDecimal("10.00")) >= 0)
          .toList();
    }
  }

  /**
   * Seeds a posted refund to the payer of {@code payment} naming it, of a tenth of its receipt (so that refunds of
   * one payment never add up to more than it), half an hour after it.
   */
  private static RefundAudit.Refund seedRefund(Services services, Payment payment, int attempt,
      Map<UUID, BigDecimal> refunding) {
    BigDecimal amount = payment.total().divide(BigDecimal.TEN, 2, RoundingMode.DOWN);
    BigDecimal after = refunding.merge(payment.key(), amount, BigDecimal::add);
    assertThat(after).as("fresh refunds of %s within its receipt", payment.key()).isLessThanOrEqualTo(payment.total());
    String number = String.format("ВК-%04d", attempt + 1);
    BankWithdrawalSeed.Builder seed = BankWithdrawalSeed.builder()
        .organization(services.organization)
        .number(number)
        .date(payment.date().plusMinutes(30))
        .amount(amount)
        .operationKind(BankWithdrawalSeed.REFUND_TO_PAYER)
        .basisBankReceipt(payment.key())
        .purpose("Возврат переплаты за жилищно-коммунальные услуги. НДС не облагается");
    if (payment.payer().kind() == PayerKind.NATURAL_PERSON) {
      seed.naturalPerson(payment.payer().key());
    } else {
      seed.counterparty(payment.payer().key());
    }
    UUID key = services.onec.data().addBankWithdrawal(seed.build());
    return new RefundAudit.Refund(key, number, payment.key());
  }

  private static String[] refund(RefundAudit.Refund refund) {
    return new String[] {"refund", "--organization", Services.INN, "--from", Services.PERIOD.from().toString(),
        "--to", Services.PERIOD.to().toString(), "--document", refund.key().toString(), "--payment",
        refund.payment().toString()};
  }
}
