package io.github.receiptbridge.sandbox.internal.onec.store;

import io.github.receiptbridge.sandbox.internal.onec.model.BpSchema;
import io.github.receiptbridge.sandbox.internal.onec.model.CompositeValue;
import io.github.receiptbridge.sandbox.internal.onec.model.Defaults;
import io.github.receiptbridge.sandbox.internal.onec.model.Entity;
import io.github.receiptbridge.sandbox.internal.onec.model.EntityTypeDef;
import io.github.receiptbridge.sandbox.internal.onec.model.OnecNames;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A «Поступление на расчетный счет» document held compactly (about 150 bytes, strings and keys shared), so that a
 * sandbox holds 100,000 of them in a few tens of megabytes. Fields 1C fills the same way for every document
 * (accounts, currency, the responsible user) and the one-row {@code РасшифровкаПлатежа} are derived when read;
 * values written later that have no field of their own are kept in a small override map. Immutable.
 */
public final class BankReceiptEntity implements Entity {
  /** Operation kind of a resident's payment. */
  public static final String CUSTOMER_PAYMENT = "ОплатаПокупателя";
  /** Operation kind of a supplier's refund. */
  public static final String SUPPLIER_REFUND = "ВозвратОтПоставщика";

  private final UUID key;
  private final int version;
  private final boolean deletionMark;
  private final boolean posted;
  private final String number;
  private final long dateSeconds;
  private final UUID organization;
  private final UUID organizationAccount;
  private final String operationKind;
  private final CompositeValue payer;
  private final UUID contract;
  private final long amountCents;
  private final String purpose;
  private final int incomingNumber;
  private final Map<String, Object> overrides;

  private BankReceiptEntity(Draft draft) {
    this.key = Objects.requireNonNull(draft.key, "key");
    this.version = draft.version;
    this.deletionMark = draft.deletionMark;
    this.posted = draft.posted;
    this.number = Objects.requireNonNull(draft.number, "number");
    this.dateSeconds = draft.date.truncatedTo(ChronoUnit.SECONDS).toEpochSecond(ZoneOffset.UTC);
    this.organization = Objects.requireNonNull(draft.organization, "organization");
    this.organizationAccount = draft.organizationAccount == null
        ? BpKeys.derived(draft.organization, "bank-account") : draft.organizationAccount;
    this.operationKind = Objects.requireNonNull(draft.operationKind, "operationKind");
    this.payer = Objects.requireNonNull(draft.payer, "payer");
    this.contract = draft.contract == null ? Defaults.EMPTY_REF : draft.contract;
    this.amountCents = draft.amount.setScale(2, RoundingMode.HALF_UP).unscaledValue().longValueExact();
    this.purpose = Objects.requireNonNull(draft.purpose, "purpose");
    this.incomingNumber = draft.incomingNumber;
    this.overrides = draft.overrides == null || draft.overrides.isEmpty() ? null
        : Collections.unmodifiableMap(new HashMap<>(draft.overrides));
  }

  @Override
  public EntityTypeDef type() {
    return BpSchema.BANK_RECEIPTS;
  }

  @Override
  public Object get(String property) {
    if (overrides != null) {
      Object overridden = overrides.get(property);
      if (overridden != null) {
        return overridden;
      }
    }
    switch (property) {
      case OnecNames.REF_KEY: return key;
      case OnecNames.DATA_VERSION: return Defaults.dataVersion(version);
      case OnecNames.DELETION_MARK: return deletionMark;
      case OnecNames.NUMBER: return number;
      case OnecNames.DATE: return date();
      case OnecNames.POSTED: return posted;
      case "Организация_Key": return organization;
      case "ВидОперации": return operationKind;
      case "СчетОрганизации_Key": return organizationAccount;
      case "СчетБанк_Key": return BpKeys.ACCOUNT_51;
      case "НомерВходящегоДокумента": return incomingNumber == 0 ? "" : Integer.toString(incomingNumber);
      case "ДатаВходящегоДокумента":
        return incomingNumber == 0 ? Defaults.EMPTY_DATE : date().truncatedTo(ChronoUnit.DAYS);
      case "Контрагент": return payer;
      case "СуммаДокумента": return amount();
      case "СчетУчетаРасчетовСКонтрагентом_Key": return settlementAccount();
      case "СтатьяДвиженияДенежныхСредств_Key": return cashFlowItem();
      case "НазначениеПлатежа": return purpose;
      case "Ответственный_Key": return BpKeys.ADMINISTRATOR;
      case "ДоговорКонтрагента_Key": return contract;
      case "ВалютаДокумента_Key": return BpKeys.RUBLE;
      case "РасшифровкаПлатежа": return decodingRows(BpSchema.BANK_RECEIPT_DECODING_ROW);
      default:
        return BpSchema.BANK_RECEIPTS.property(property) == null ? null
            : Defaults.of(BpSchema.BANK_RECEIPTS.property(property));
    }
  }

  /** The {@code Ref_Key}. */
  public UUID key() {
    return key;
  }

  /** The receiving organization. */
  public UUID organization() {
    return organization;
  }

  /** The document number. */
  public String number() {
    return number;
  }

  /** The document date as seconds of the local date-time at UTC, the sort key. */
  public long dateSeconds() {
    return dateSeconds;
  }

  /** The document date. */
  public LocalDateTime date() {
    return LocalDateTime.ofEpochSecond(dateSeconds, 0, ZoneOffset.UTC);
  }

  /** The document amount with two decimals. */
  public BigDecimal amount() {
    return BigDecimal.valueOf(amountCents, 2);
  }

  /**
   * The rows of {@code РасшифровкаПлатежа}, typed as {@code rowType} (the row type inside the document, or the row
   * set): one row for a payment or refund, none for other operations, or the rows written last.
   */
  @SuppressWarnings("unchecked")
  public List<Entity> decodingRows(EntityTypeDef rowType) {
    Object written = overrides == null ? null : overrides.get("РасшифровкаПлатежа");
    if (written != null) {
      return ((List<Entity>) written).stream()
          .map(row -> (Entity) ((MapEntity) row).retyped(rowType)).toList();
    }
    if (!CUSTOMER_PAYMENT.equals(operationKind) && !SUPPLIER_REFUND.equals(operationKind)) {
      return List.of();
    }
    Map<String, Object> row = new HashMap<>();
    row.put(OnecNames.REF_KEY, key);
    row.put(OnecNames.LINE_NUMBER, 1L);
    row.put("ДоговорКонтрагента_Key", contract);
    row.put("СпособПогашенияЗадолженности", "Автоматически");
    row.put("СуммаПлатежа", amount());
    row.put("КурсВзаиморасчетов", BigDecimal.ONE);
    row.put("СуммаВзаиморасчетов", amount());
    row.put("СтавкаНДС", "БезНДС");
    row.put("СтатьяДвиженияДенежныхСредств_Key", cashFlowItem());
    row.put("СчетУчетаРасчетовСКонтрагентом_Key", settlementAccount());
    row.put("СчетУчетаРасчетовПоАвансам_Key", BpKeys.ACCOUNT_62_02);
    row.put("КратностьВзаиморасчетов", 1L);
    return List.of(MapEntity.of(rowType, row, 0));
  }

  private UUID settlementAccount() {
    switch (operationKind) {
      case CUSTOMER_PAYMENT: return BpKeys.ACCOUNT_62_01;
      case SUPPLIER_REFUND: return BpKeys.ACCOUNT_60_01;
      default: return BpKeys.ACCOUNT_91_01;
    }
  }

  private UUID cashFlowItem() {
    switch (operationKind) {
      case CUSTOMER_PAYMENT: return BpKeys.CASH_FLOW_CUSTOMER_PAYMENT;
      case SUPPLIER_REFUND: return BpKeys.CASH_FLOW_SUPPLIER_REFUND;
      default: return BpKeys.CASH_FLOW_OTHER;
    }
  }

  /**
   * This document with {@code changes} (property name to value, as {@link #get} returns them) applied and the
   * DataVersion bumped, even when nothing changes. {@code Ref_Key} and {@code DataVersion} cannot be changed.
   */
  public BankReceiptEntity with(Map<String, Object> changes) {
    Draft draft = toDraft();
    draft.version = version + 1;
    for (Map.Entry<String, Object> change : changes.entrySet()) {
      draft.apply(change.getKey(), change.getValue());
    }
    return draft.build();
  }

  /** A draft holding this document's values, for building a changed copy. */
  public Draft toDraft() {
    Draft draft = new Draft();
    draft.key = key;
    draft.version = version;
    draft.deletionMark = deletionMark;
    draft.posted = posted;
    draft.number = number;
    draft.date = date();
    draft.organization = organization;
    draft.organizationAccount = organizationAccount;
    draft.operationKind = operationKind;
    draft.payer = payer;
    draft.contract = contract;
    draft.amount = amount();
    draft.purpose = purpose;
    draft.incomingNumber = incomingNumber;
    draft.overrides = overrides == null ? new HashMap<>() : new HashMap<>(overrides);
    return draft;
  }

  @Override
  public String toString() {
    return "BankReceipt{" + key + " " + number + " " + date() + " " + amount() + "}";
  }

  /** The mutable values of a document being built. Not thread-safe. */
  public static final class Draft {
    /** {@code Ref_Key}; required. */
    public UUID key;
    /** DataVersion counter. */
    public int version;
    /** {@code DeletionMark}. */
    public boolean deletionMark;
    /** {@code Posted}. */
    public boolean posted;
    /** {@code Number}; required. */
    public String number;
    /** {@code Date}; required. */
    public LocalDateTime date;
    /** {@code Организация_Key}; required. */
    public UUID organization;
    /** {@code СчетОрганизации_Key}; derived from the organization when null. */
    public UUID organizationAccount;
    /** {@code ВидОперации}. */
    public String operationKind = CUSTOMER_PAYMENT;
    /** {@code Контрагент} + {@code Контрагент_Type}. */
    public CompositeValue payer = CompositeValue.UNDEFINED;
    /** {@code ДоговорКонтрагента_Key}; empty when null. */
    public UUID contract;
    /** {@code СуммаДокумента}; rounded to kopecks. */
    public BigDecimal amount = BigDecimal.ZERO;
    /** {@code НазначениеПлатежа}. */
    public String purpose = "";
    /** {@code НомерВходящегоДокумента} (0: none, and then no {@code ДатаВходящегоДокумента}). */
    public int incomingNumber;
    /** Other written values. */
    public Map<String, Object> overrides;

    /** Sets one property by its wire name. */
    public void apply(String property, Object value) {
      switch (property) {
        case OnecNames.REF_KEY:
        case OnecNames.DATA_VERSION:
          return;
        case OnecNames.DELETION_MARK: deletionMark = (Boolean) value; return;
        case OnecNames.POSTED: posted = (Boolean) value; return;
        case OnecNames.NUMBER: number = (String) value; return;
        case OnecNames.DATE: date = (LocalDateTime) value; return;
        case "Организация_Key": organization = (UUID) value; return;
        case "СчетОрганизации_Key": organizationAccount = (UUID) value; return;
        case "ВидОперации": operationKind = (String) value; return;
        case "Контрагент": payer = (CompositeValue) value; return;
        case "ДоговорКонтрагента_Key": contract = (UUID) value; return;
        case "СуммаДокумента": amount = (BigDecimal) value; return;
        case "НазначениеПлатежа": purpose = (String) value; return;
        default:
          if (overrides == null) {
            overrides = new HashMap<>();
          }
          overrides.put(property, value);
      }
    }

    /** The document. */
    public BankReceiptEntity build() {
      return new BankReceiptEntity(this);
    }
  }
}
