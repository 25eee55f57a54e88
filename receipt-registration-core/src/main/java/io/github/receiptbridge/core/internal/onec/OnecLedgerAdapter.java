package io.github.receiptbridge.core.internal.onec;

import io.github.receiptbridge.core.Ledger;
import io.github.receiptbridge.core.Organization;
import io.github.receiptbridge.core.Payer;
import io.github.receiptbridge.core.PayerRef;
import io.github.receiptbridge.core.PaymentDocument;
import io.github.receiptbridge.core.DateRange;
import io.github.receiptbridge.core.ReceiptStatus;
import io.github.receiptbridge.core.RefundDocument;
import io.github.receiptbridge.core.SavedState;
import io.github.receiptbridge.core.SetupException;
import io.github.receiptbridge.onec.OnecClient;
import io.github.receiptbridge.onec.SetupReport;
import io.github.receiptbridge.onec.errors.OnecException;
import io.github.receiptbridge.onec.model.AdditionalInfoRecord;
import io.github.receiptbridge.onec.model.AdditionalProperty;
import io.github.receiptbridge.onec.model.AdditionalValue;
import io.github.receiptbridge.onec.model.BankWithdrawal;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * {@link Ledger} over an {@link OnecClient} ({@code OnecLedger.of}): the state of each document lives in its three
 * «дополнительные сведения» ({@link ReceiptProperties}). The client's types become the core's ({@link OnecModel}) and its exceptions the
 * core's ({@link OnecFailures}).
 */
public final class OnecLedgerAdapter implements Ledger {
  /** The entity set of the documents. */
  public static final String BANK_RECEIPTS = "Document_ПоступлениеНаРасчетныйСчет";
  /** The entity set of the refunds to payers. */
  public static final String BANK_WITHDRAWALS = "Document_СписаниеСРасчетногоСчета";

  private final OnecClient client;
  private volatile @Nullable Map<String, AdditionalProperty> properties;
  private volatile boolean refundsReady;

  /** An adapter of {@code client}. */
  public OnecLedgerAdapter(OnecClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  @Override
  public void checkReady() {
    SetupReport report = OnecFailures.call(() -> client.checkSetup(ReceiptProperties.setupRequirements()));
    if (!report.isOk()) {
      throw new SetupException(report.describe());
    }
    properties = report.foundProperties();
  }

  /** Checks {@link ReceiptProperties#refundSetupRequirements()}; once met, not asked again by this adapter. */
  @Override
  public void checkRefundsReady() {
    if (refundsReady) {
      return;
    }
    SetupReport report = OnecFailures.call(() -> client.checkSetup(ReceiptProperties.refundSetupRequirements()));
    if (!report.isOk()) {
      throw new SetupException("Refund receipts need more in 1C than sales do; nothing was refunded.\n"
          + report.describe());
    }
    properties = report.foundProperties();
    refundsReady = true;
  }

  private Map<String, AdditionalProperty> properties() {
    Map<String, AdditionalProperty> found = properties;
    if (found == null) {
      checkReady();
      found = Objects.requireNonNull(properties, "properties");
    }
    return found;
  }

  private UUID property(String name) {
    return properties().get(name).key();
  }

  @Override
  public Organization organization(String innNameOrKey) {
    List<io.github.receiptbridge.onec.model.Organization> found =
        OnecFailures.call(() -> client.findOrganizations(innNameOrKey));
    if (found.isEmpty()) {
      throw new SetupException("No organization in 1C has the INN, name or key '" + innNameOrKey
          + "': check the organization given to the registrar against Catalog_Организации (its ИНН, Description or "
          + "Ref_Key), or list them with OnecClient.organizations()");
    }
    if (found.size() > 1) {
      throw new SetupException("Several organizations match '" + innNameOrKey + "': "
          + found.stream().map(o -> o.name() + " (" + o.key() + ")").toList() + "; give the key instead");
    }
    return OnecModel.organization(found.get(0));
  }

  @Override
  public Stream<PaymentDocument> payments(UUID organization, DateRange period) {
    return OnecFailures.translated(OnecFailures.call(() -> client.bankReceipts(organization, period.from(),
        period.to()))).map(OnecModel::payment);
  }

  @Override
  public Optional<PaymentDocument> payment(UUID key) {
    return OnecFailures.call(() -> client.bankReceipt(key)).map(OnecModel::payment);
  }

  @Override
  public OptionalLong countPayments(UUID organization, DateRange period) {
    try {
      return OptionalLong.of(client.countBankReceipts(organization, period.from(), period.to()));
    } catch (OnecException cannotCount) {
      return OptionalLong.empty(); // $count is missing on some publications; progress is then shown without a total
    }
  }

  @Override
  public Map<PayerRef, Payer> payers(Collection<PayerRef> payers) {
    Map<io.github.receiptbridge.onec.model.PayerRef, PayerRef> refs = new HashMap<>();
    payers.forEach(ref -> refs.put(OnecModel.payerRef(ref), ref));
    Map<PayerRef, Payer> found = new HashMap<>();
    OnecFailures.call(() -> client.payerContacts(refs.keySet())).forEach((ref, contacts) -> {
      PayerRef asked = refs.get(ref);
      if (asked != null) {
        found.put(asked, OnecModel.payer(asked, contacts));
      }
    });
    return found;
  }

  @Override
  public Map<UUID, SavedState> savedStates(Collection<UUID> documents) {
    return savedStates(BANK_RECEIPTS, documents);
  }

  /** «Списание с расчетного счета» documents of the operation kind {@code ВозвратПокупателю}, in 1C's order. */
  @Override
  public Stream<RefundDocument> refunds(UUID organization, DateRange period) {
    return OnecFailures.translated(OnecFailures.call(() -> client.bankWithdrawals(organization, period.from(),
        period.to(), BankWithdrawal.REFUND_TO_PAYER))).filter(BankWithdrawal::isRefundToPayer)
        .map(OnecModel::refund);
  }

  @Override
  public Map<UUID, SavedState> refundSavedStates(Collection<UUID> refunds) {
    return savedStates(BANK_WITHDRAWALS, refunds);
  }

  @Override
  public void saveRefundReceipt(UUID refund, long receiptId, ReceiptStatus status, LocalDateTime at) {
    saveReceipt(BANK_WITHDRAWALS, refund, receiptId, status, at);
  }

  @Override
  public void saveRefundStatus(UUID refund, ReceiptStatus status, String rawStatus, LocalDateTime at) {
    saveStatus(BANK_WITHDRAWALS, refund, status, rawStatus, at);
  }

  private Map<UUID, SavedState> savedStates(String entitySet, Collection<UUID> documents) {
    if (documents.isEmpty()) {
      return Map.of();
    }
    UUID status = property(ReceiptProperties.STATUS);
    UUID receiptId = property(ReceiptProperties.RECEIPT_ID);
    UUID checkDate = property(ReceiptProperties.CHECK_DATE);
    Map<UUID, SavedState.Builder> states = new HashMap<>();
    List<AdditionalInfoRecord> records = OnecFailures.call(() -> client.additionalInfo(entitySet, documents,
        List.of(status, receiptId, checkDate)));
    for (AdditionalInfoRecord record : records) {
      SavedState.Builder state = states.computeIfAbsent(record.objectKey(), key -> SavedState.builder());
      AdditionalValue value = record.value();
      if (record.propertyKey().equals(status) && !value.text().isBlank()) {
        state.rawStatus(value.text().trim());
      } else if (record.propertyKey().equals(receiptId)) {
        value.asNumber().filter(OnecLedgerAdapter::isReceiptId).map(BigDecimal::longValueExact)
            .ifPresent(state::receiptId);
      } else if (record.propertyKey().equals(checkDate)) {
        value.asDateTime().ifPresent(state::checkedAt);
      }
    }
    Map<UUID, SavedState> result = new HashMap<>();
    states.forEach((key, state) -> result.put(key, state.build()));
    return result;
  }

  /** A receipt id is a positive whole number within 64 bits; anything else counts as no id. */
  private static boolean isReceiptId(BigDecimal number) {
    return number.signum() > 0 && number.stripTrailingZeros().scale() <= 0
        && number.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0;
  }

  @Override
  public void saveReceipt(UUID document, long receiptId, ReceiptStatus status, LocalDateTime at) {
    saveReceipt(BANK_RECEIPTS, document, receiptId, status, at);
  }

  private void saveReceipt(String entitySet, UUID document, long receiptId, ReceiptStatus status,
      LocalDateTime at) {
    if (status == ReceiptStatus.UNKNOWN) {
      throw new IllegalArgumentException("A new receipt's status must be one with a wire value, not UNKNOWN");
    }
    OnecFailures.run(() -> {
      client.upsertAdditionalInfo(entitySet, document, property(ReceiptProperties.RECEIPT_ID),
          AdditionalValue.ofNumber(BigDecimal.valueOf(receiptId)));
      client.upsertAdditionalInfo(entitySet, document, property(ReceiptProperties.CHECK_DATE),
          AdditionalValue.ofDateTime(at));
      client.upsertAdditionalInfo(entitySet, document, property(ReceiptProperties.STATUS),
          AdditionalValue.ofString(status.wireValue()));
    });
  }

  /** The records exist once a receipt was saved, so each is updated first: one request per value, not two. */
  @Override
  public void saveStatus(UUID document, ReceiptStatus status, String rawStatus, LocalDateTime at) {
    saveStatus(BANK_RECEIPTS, document, status, rawStatus, at);
  }

  private void saveStatus(String entitySet, UUID document, ReceiptStatus status, String rawStatus,
      LocalDateTime at) {
    OnecFailures.run(() -> {
      client.updateAdditionalInfo(entitySet, document, property(ReceiptProperties.CHECK_DATE),
          AdditionalValue.ofDateTime(at));
      client.updateAdditionalInfo(entitySet, document, property(ReceiptProperties.STATUS),
          AdditionalValue.ofString(status == ReceiptStatus.UNKNOWN ? rawStatus : status.wireValue()));
    });
  }

  /** The 1C server's zone, as the client is configured. */
  @Override
  public Optional<ZoneId> zone() {
    return Optional.of(client.config().serverZone());
  }
}
