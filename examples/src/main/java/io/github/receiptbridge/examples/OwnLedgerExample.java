package io.github.receiptbridge.examples;

import io.github.receiptbridge.core.Action;
import io.github.receiptbridge.core.DocumentOutcome;
import io.github.receiptbridge.core.Ledger;
import io.github.receiptbridge.core.Organization;
import io.github.receiptbridge.core.Payer;
import io.github.receiptbridge.core.PayerKind;
import io.github.receiptbridge.core.PayerRef;
import io.github.receiptbridge.core.PaymentDocument;
import io.github.receiptbridge.core.PaymentKind;
import io.github.receiptbridge.core.DateRange;
import io.github.receiptbridge.core.ReceiptRegistrar;
import io.github.receiptbridge.core.ReceiptStatus;
import io.github.receiptbridge.core.RunReport;
import io.github.receiptbridge.core.SavedState;
import io.github.receiptbridge.core.SetupException;
import io.github.receiptbridge.core.schetmash.SchetmashFiscalService;
import io.github.receiptbridge.sandbox.SchetmashSandbox;
import io.github.receiptbridge.schetmash.SchetmashClient;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Registers a month of payments an application keeps in its own store, through a {@link Ledger} of its own: payment
 * objects of the application, receipts saved beside them, no 1C anywhere. Runs on the local Счетмаш sandbox unless
 * {@code SCHETMASH_URL} (with its credentials) is set.
 */
public final class OwnLedgerExample {
  private OwnLedgerExample() {}

  /** A payment as the application's own database keeps it. */
  record ResidentPayment(UUID id, String account, String resident, String email, LocalDateTime paidAt,
      BigDecimal amount) {}

  /**
   * The application's ledger: its payments in memory, the receipt of each beside it. Thread-safe, as the workflow
   * calls it from several threads.
   */
  static final class PaymentStore implements Ledger {
    private final Organization organization = Organization.builder()
        .key(UUID.fromString("5b0f6a9e-8d3c-4c1e-a7b2-2f9d6e1c4a30")).name("ТСЖ Пример").inn("7702000001").build();
    private final List<ResidentPayment> payments;
    private final Map<UUID, SavedState> receipts = new ConcurrentHashMap<>();

    PaymentStore(List<ResidentPayment> payments) {
      this.payments = List.copyOf(payments);
    }

    @Override
    public void checkReady() {}

    @Override
    public Organization organization(String innNameOrKey) {
      if (!innNameOrKey.equals(organization.inn())) {
        throw new SetupException("Only " + organization.name() + " (ИНН " + organization.inn() + ") is kept here");
      }
      return organization;
    }

    @Override
    public Stream<PaymentDocument> payments(UUID organizationKey, DateRange period) {
      return payments.stream()
          .filter(payment -> !payment.paidAt().toLocalDate().isBefore(period.from())
              && !payment.paidAt().toLocalDate().isAfter(period.to()))
          .sorted(Comparator.comparing(ResidentPayment::paidAt))
          .map(payment -> PaymentDocument.builder()
              .key(payment.id())
              .organizationKey(organization.key())
              .number(payment.account() + "/" + payment.paidAt().toLocalDate())
              .date(payment.paidAt())
              .amount(payment.amount())
              .paymentPurpose("Взнос на капремонт, л/с " + payment.account())
              .kind(PaymentKind.CUSTOMER_PAYMENT)
              .payer(PayerRef.of(payment.id()))
              .build());
    }

    @Override
    public Map<PayerRef, Payer> payers(Collection<PayerRef> refs) {
      Map<PayerRef, Payer> found = new HashMap<>();
      for (PayerRef ref : refs) {
        payments.stream().filter(payment -> payment.id().equals(ref.key())).findFirst().ifPresent(payment ->
            found.put(ref, Payer.builder().ref(ref).name(payment.resident()).kind(PayerKind.PERSON)
                .addEmails(payment.email()).build()));
      }
      return found;
    }

    @Override
    public Map<UUID, SavedState> savedStates(Collection<UUID> documents) {
      Map<UUID, SavedState> found = new HashMap<>();
      documents.forEach(key -> Optional.ofNullable(receipts.get(key)).ifPresent(state -> found.put(key, state)));
      return found;
    }

    @Override
    public void saveReceipt(UUID document, long receiptId, ReceiptStatus status, LocalDateTime at) {
      receipts.put(document, SavedState.builder().receiptId(receiptId).rawStatus(status.wireValue()).checkedAt(at)
          .build());
    }

    @Override
    public void saveStatus(UUID document, ReceiptStatus status, String rawStatus, LocalDateTime at) {
      receipts.computeIfPresent(document, (key, state) -> state.withRawStatus(rawStatus).withCheckedAt(at));
    }

    @Override
    public Optional<ZoneId> zone() {
      return Optional.of(ZoneId.of("Europe/Moscow"));
    }
  }

  /** One payment of each of {@code residents} in {@code month}, each of another day and amount. */
  static List<ResidentPayment> aMonthOfPayments(YearMonth month, int residents) {
    List<ResidentPayment> payments = new ArrayList<>();
    for (int i = 1; i <= residents; i++) {
      LocalDate day = month.atDay(1 + (i * 7) % month.lengthOfMonth());
      payments.add(new ResidentPayment(UUID.nameUUIDFromBytes((month + "-" + i).getBytes()), String.format("%04d", i),
          "Собственник кв. " + i, "owner" + i + "@example.ru", day.atTime(9 + i % 8, 15),
          new BigDecimal("1234.56").add(BigDecimal.valueOf(i * 11L, 2))));
    }
    return payments;
  }

  /**
   * Runs the example.
   *
   * @param args optionally the month ({@code YYYY-MM}; default the previous one)
   */
  public static void main(String[] args) {
    YearMonth month = args.length > 0 ? YearMonth.parse(args[0]) : YearMonth.now().minusMonths(1);
    boolean configured = System.getenv("SCHETMASH_URL") != null;
    PaymentStore store = new PaymentStore(aMonthOfPayments(month, 12));
    try (SchetmashSandbox sandbox = configured ? null
            : SchetmashSandbox.builder().processingDelay(Duration.ofMillis(100)).start();
        SchetmashClient schetmash = configured ? SchetmashClient.fromEnv() : SchetmashClient.builder()
            .fromSettings(sandbox.clientSettings()).build()) {
      ReceiptRegistrar registrar = ReceiptRegistrar.builder()
          .ledger(store)
          .fiscalService(SchetmashFiscalService.of(schetmash))
          .statusPollInterval(Duration.ofMillis(200))
          .build();
      DateRange period = DateRange.monthOf(month.atDay(1));

      RunReport report = registrar.run(period, "7702000001", Duration.ofSeconds(30));

      long successful = report.outcomes().stream()
          .filter(o -> o.status().filter(ReceiptStatus.SUCCESS::equals).isPresent()).count();
      System.out.println(store.payments.size() + " payments of " + month + ": " + report.count(Action.SENT)
          + " sent, " + successful + " successful");
      DocumentOutcome first = report.outcomes().get(0);
      System.out.println("The store holds receipt " + store.receipts.get(first.documentKey()).receiptId().orElseThrow()
          + " (" + store.receipts.get(first.documentKey()).rawStatus().orElse("") + ") for payment " + first.number());
      System.out.println("Registering again sends " + registrar.register(period, "7702000001").count(Action.SENT)
          + " receipts");
    }
  }
}
