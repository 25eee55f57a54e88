package io.github.receiptbridge.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.core.internal.schetmash.SchetmashModel;
import io.github.receiptbridge.core.schetmash.SchetmashFiscalService;
import io.github.receiptbridge.schetmash.SchetmashClient;
import io.github.receiptbridge.schetmash.model.ReceiptRequest;
import io.github.receiptbridge.testkit.AwkwardContacts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The whole register pass over documents a real 1C could hold but the simulator cannot (it keeps kopecks only):
 * each ends as a receipt of exactly its amount, or skipped with a reason, and nothing else is sent or written.
 */
class BadInputRegistrationTest {
  private static final DateRange PERIOD = DateRange.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31));
  private static final UUID ORGANIZATION = UUID.fromString("00000000-0000-0000-0000-0000000000aa");

  /** A ledger in memory that records what is written to it. */
  private static final class MemoryLedger implements Ledger {
    final List<PaymentDocument> documents = new ArrayList<>();
    final Map<PayerRef, Payer> contacts = new ConcurrentHashMap<>();
    final Map<UUID, Long> saved = new ConcurrentHashMap<>();

    @Override
    public void checkReady() {}

    @Override
    public Organization organization(String innNameOrKey) {
      return Organization.builder().key(ORGANIZATION).name("УК").inn(innNameOrKey).build();
    }

    @Override
    public Stream<PaymentDocument> payments(UUID organization, DateRange period) {
      return documents.stream();
    }

    @Override
    public Map<PayerRef, Payer> payers(Collection<PayerRef> payers) {
      return contacts;
    }

    @Override
    public Map<UUID, SavedState> savedStates(Collection<UUID> documentKeys) {
      return Map.of();
    }

    @Override
    public void saveReceipt(UUID document, long receiptId, ReceiptStatus status, LocalDateTime at) {
      saved.put(document, receiptId);
    }

    @Override
    public void saveStatus(UUID document, ReceiptStatus status, String rawStatus, LocalDateTime at) {}
  }

  /** A client that is never connected: its checks and JSON are local. */
  private static final SchetmashClient OFFLINE = SchetmashClient.builder().baseUrl("http://127.0.0.1:1/lk/api/v1/")
      .login("offline").password("offline").shopId(1).build();

  /**
   * A fiscal service that checks with the Счетмаш adapter's own rules (so a broken rule is the core's {@link
   * ReceiptRejectedException}, as in production) and keeps the Счетмаш request of each receipt it registers.
   */
  private static final class RecordingFiscal implements FiscalService {
    final List<ReceiptRequest> registered = new CopyOnWriteArrayList<>();
    private final FiscalService rules = SchetmashFiscalService.of(OFFLINE);
    private final AtomicLong ids = new AtomicLong();

    @Override
    public RegistrationResult registerSell(ReceiptDraft draft) {
      rules.validate(draft);
      registered.add(SchetmashModel.request(draft));
      return RegistrationResult.builder().receiptId(ids.incrementAndGet()).rawStatus("accept").build();
    }

    @Override
    public FiscalReport report(long receiptId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void validate(ReceiptDraft draft) {
      rules.validate(draft);
    }
  }

  @AfterAll
  static void closeClient() {
    OFFLINE.close();
  }

  private final MemoryLedger ledger = new MemoryLedger();
  private final RecordingFiscal fiscal = new RecordingFiscal();

  private UUID add(String amount, String email, String phone) {
    UUID key = UUID.randomUUID();
    PayerRef payer = PayerRef.of(UUID.randomUUID());
    ledger.contacts.put(payer, Payer.builder().ref(payer).name("Иванов «Ваня» \"И.\" \\ 😀")
        .emails(Optional.ofNullable(email).stream().toList()).phones(Optional.ofNullable(phone).stream().toList())
        .build());
    LocalDateTime date = LocalDateTime.of(2026, 10, 5, 12, 0).plusMinutes(ledger.documents.size());
    ledger.documents.add(PaymentDocument.builder().key(key).number(String.valueOf(ledger.documents.size() + 1))
        .date(date).organizationKey(ORGANIZATION).kind(PaymentKind.CUSTOMER_PAYMENT).amount(new BigDecimal(amount))
        .paymentPurpose("Оплата ЖКУ \"кв. 5\" ".repeat(20) + "😀".repeat(100)).payer(payer).build());
    return key;
  }

  private RunReport register(ReceiptPolicy policy) {
    return ReceiptRegistrar.builder().fiscalService(fiscal).ledger(ledger).policy(policy)
        .serverZone(ZoneOffset.ofHours(3)).build().register(PERIOD, "7701234567");
  }

  private DocumentOutcome outcome(RunReport report, UUID key) {
    return report.outcomes().stream().filter(o -> o.documentKey().equals(key)).findFirst().orElseThrow();
  }

  private Optional<ReceiptRequest> receiptOf(UUID key) {
    return fiscal.registered.stream().filter(r -> r.externalId().equals("1c-" + key)).findFirst();
  }

  @Test
  void everyBadAmountIsSkippedWithAReasonAndEveryGoodOneIsSentToTheKopeck() {
    List<String> skipped = List.of("0", "0.00", "-5", "-0.01", "0.001", "100.005", "99999999.999", "10000000000.00");
    List<String> sent = List.of("0.01", "100.000", "1E+3", "99999999.99", "9999999999.99");
    Map<UUID, String> amounts = new ConcurrentHashMap<>();
    skipped.forEach(amount -> amounts.put(add(amount, "a@example.ru", null), amount));
    sent.forEach(amount -> amounts.put(add(amount, "a@example.ru", null), amount));

    RunReport report = register(ReceiptPolicy.builder().itemNameTemplate("{number}: {purpose}").build());

    assertThat(report.outcomes()).hasSize(skipped.size() + sent.size());
    amounts.forEach((key, amount) -> {
      DocumentOutcome outcome = outcome(report, key);
      if (skipped.contains(amount)) {
        assertThat(outcome.action()).as(amount).isEqualTo(Action.SKIPPED);
        assertThat(outcome.reasonCode()).as(amount).get()
            .isIn(ReasonCode.AMOUNT_NOT_POSITIVE, ReasonCode.AMOUNT_NOT_SENDABLE);
        assertThat(outcome.reason().orElseThrow().arguments()).as(amount).first()
            .isEqualTo(new BigDecimal(amount).toPlainString());
        assertThat(receiptOf(key)).as(amount).isEmpty();
        assertThat(ledger.saved).as(amount).doesNotContainKey(key);
      } else {
        assertThat(outcome.action()).as(amount).isEqualTo(Action.SENT);
        ReceiptRequest receipt = receiptOf(key).orElseThrow();
        BigDecimal expected = new BigDecimal(amount);
        assertThat(receipt.receipt().total()).as(amount).isEqualByComparingTo(expected);
        assertThat(receipt.receipt().items()).singleElement().satisfies(item -> {
          assertThat(item.price()).as(amount).isEqualByComparingTo(expected);
          assertThat(item.sum()).as(amount).isEqualByComparingTo(expected);
          assertThat(item.name().codePointCount(0, item.name().length()))
              .isLessThanOrEqualTo(ReceiptPolicy.MAX_ITEM_NAME);
        });
        assertThat(receipt.receipt().payments()).singleElement()
            .satisfies(payment -> assertThat(payment.sum()).as(amount).isEqualByComparingTo(expected));
        assertThat(ledger.saved).as(amount).containsKey(key);
      }
    });
  }

  @Test
  void everyContactIsNormalizedOrTheDocumentIsSkippedAsHavingNone() {
    Map<UUID, String> mobiles = new LinkedHashMap<>();
    AwkwardContacts.MOBILES.forEach((raw, number) -> mobiles.put(add("10.00", null, raw), number));
    List<UUID> withoutContact = new ArrayList<>();
    AwkwardContacts.NOT_MOBILES.forEach(raw -> withoutContact.add(add("10.00", null, raw)));
    UUID email = add("10.00", " Иванов <ivanov@example.ru> ", "8 912 345 67 89");
    UUID badEmailGoodPhone = add("10.00", "ivanov@", "+7 (912) 345-67-89");
    withoutContact.add(add("10.00", "нет", "8916l234567"));
    withoutContact.add(add("10.00", null, null));

    RunReport report = register(ReceiptPolicy.defaults());

    mobiles.forEach((key, number) ->
        assertThat(receiptOf(key).orElseThrow().receipt().buyer().phone()).contains(number));
    assertThat(receiptOf(email).orElseThrow().receipt().buyer().email()).contains("ivanov@example.ru");
    assertThat(receiptOf(badEmailGoodPhone).orElseThrow().receipt().buyer().phone()).contains("+79123456789");
    for (UUID none : withoutContact) {
      assertThat(outcome(report, none).action()).isEqualTo(Action.SKIPPED);
      assertThat(outcome(report, none).reasonCode()).contains(ReasonCode.NO_CONTACT);
      assertThat(receiptOf(none)).isEmpty();
      assertThat(ledger.saved).doesNotContainKey(none);
    }
  }

  @Test
  void aFallbackEmailTakesTheDocumentsWithoutAUsableContact() {
    UUID landline = add("10.00", null, "8 (495) 123-45-67");
    UUID nothing = add("10.00", null, null);

    RunReport report = register(ReceiptPolicy.builder().fallbackEmail("receipts@uk.example.ru").build());

    assertThat(report.count(Action.SENT)).isEqualTo(2);
    for (UUID key : List.of(landline, nothing)) {
      assertThat(receiptOf(key).orElseThrow().receipt().buyer().email()).contains("receipts@uk.example.ru");
    }
  }
}
