package io.github.receiptbridge.core;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A ledger of an application's own payment objects, kept in memory: no 1C in sight. Thread-safe, as the workflow
 * needs; what it holds can be changed between passes, as a person changing the books would.
 */
final class MemoryLedger implements Ledger {
  /** The one organization, INN {@value #INN}. */
  static final String INN = "7701234567";

  final Organization organization = Organization.builder().key(UUID.fromString("0e7c2a52-2f5d-4b8e-9d1a-5a0c3e1b7f10"))
      .name("УК Ромашка").inn(INN).build();
  private final List<PaymentDocument> documents = new CopyOnWriteArrayList<>();
  private final Map<PayerRef, Payer> payers = new ConcurrentHashMap<>();
  private final Map<UUID, SavedState> states = new ConcurrentHashMap<>();
  private final ZoneId zone;

  /** A ledger whose dates are in {@code zone}. */
  MemoryLedger(ZoneId zone) {
    this.zone = zone;
  }

  /** Adds a payer. */
  Payer add(Payer payer) {
    payers.put(payer.ref(), payer);
    return payer;
  }

  /** Adds a document of the organization. */
  PaymentDocument add(PaymentDocument document) {
    documents.add(document);
    return document;
  }

  /** Changes a document, as a person editing it. */
  void change(UUID document, UnaryOperator<PaymentDocument> change) {
    documents.replaceAll(found -> found.key().equals(document) ? change.apply(found) : found);
  }

  /** Deletes a document for good, as deleting marked objects in 1C does. */
  void remove(UUID document) {
    documents.removeIf(found -> found.key().equals(document));
  }

  /** Sets what the ledger holds of a document's receipt, as another program would. */
  void setState(UUID document, SavedState state) {
    states.put(document, state);
  }

  /** What the ledger holds of a document's receipt. */
  SavedState state(UUID document) {
    return states.getOrDefault(document, SavedState.empty());
  }

  @Override
  public void checkReady() {}

  @Override
  public Organization organization(String innNameOrKey) {
    if (!List.of(organization.inn(), organization.name(), organization.key().toString()).contains(innNameOrKey)) {
      throw new SetupException("No organization '" + innNameOrKey + "'");
    }
    return organization;
  }

  @Override
  public Stream<PaymentDocument> payments(UUID organizationKey, DateRange period) {
    return documents.stream()
        .filter(document -> document.organizationKey().equals(organizationKey))
        .filter(document -> !document.date().toLocalDate().isBefore(period.from())
            && !document.date().toLocalDate().isAfter(period.to()))
        .sorted(Comparator.comparing(PaymentDocument::date).thenComparing(PaymentDocument::number));
  }

  @Override
  public Optional<PaymentDocument> payment(UUID key) {
    return documents.stream().filter(document -> document.key().equals(key)).findFirst();
  }

  @Override
  public Map<PayerRef, Payer> payers(Collection<PayerRef> refs) {
    Map<PayerRef, Payer> found = new HashMap<>();
    refs.forEach(ref -> Optional.ofNullable(payers.get(ref)).ifPresent(payer -> found.put(ref, payer)));
    return found;
  }

  @Override
  public Map<UUID, SavedState> savedStates(Collection<UUID> documentKeys) {
    Map<UUID, SavedState> found = new HashMap<>();
    documentKeys.forEach(key -> Optional.ofNullable(states.get(key)).ifPresent(state -> found.put(key, state)));
    return found;
  }

  @Override
  public void saveReceipt(UUID document, long receiptId, ReceiptStatus status, LocalDateTime at) {
    states.put(document, SavedState.builder().receiptId(receiptId).rawStatus(status.wireValue()).checkedAt(at)
        .build());
  }

  @Override
  public void saveStatus(UUID document, ReceiptStatus status, String rawStatus, LocalDateTime at) {
    states.compute(document, (key, state) -> (state == null ? SavedState.empty() : state)
        .withRawStatus(status == ReceiptStatus.UNKNOWN ? rawStatus : status.wireValue()).withCheckedAt(at));
  }

  @Override
  public Optional<ZoneId> zone() {
    return Optional.of(zone);
  }
}
