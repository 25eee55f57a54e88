package io.github.receiptbridge.sandbox.internal.onec.store;

import io.github.receiptbridge.sandbox.internal.onec.model.BpSchema;
import io.github.receiptbridge.sandbox.internal.onec.model.Entity;
import io.github.receiptbridge.sandbox.internal.onec.model.OnecNames;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Everything the simulated infobase holds, plus its composition, key generator and document numbering. */
public final class Infobase {
  private final CatalogTable organizations = new CatalogTable(BpSchema.ORGANIZATIONS);
  private final CatalogTable counterparties = new CatalogTable(BpSchema.COUNTERPARTIES);
  private final CatalogTable naturalPersons = new CatalogTable(BpSchema.NATURAL_PERSONS);
  private final CatalogTable properties = new CatalogTable(BpSchema.PROPERTIES);
  private final CatalogTable bankWithdrawals = new CatalogTable(BpSchema.BANK_WITHDRAWALS);
  private final CatalogTable propertySets = new CatalogTable(BpSchema.PROPERTY_SETS);
  private final Map<String, CatalogTable> catalogs = Map.of(OnecNames.ORGANIZATIONS, organizations,
      OnecNames.COUNTERPARTIES, counterparties, OnecNames.NATURAL_PERSONS, naturalPersons, OnecNames.PROPERTIES,
      properties, OnecNames.BANK_WITHDRAWALS, bankWithdrawals, OnecNames.PROPERTY_SETS, propertySets);
  private final BankReceiptTable bankReceipts = new BankReceiptTable();
  private final AdditionalInfoTable additionalInfo = new AdditionalInfoTable();
  private final Composition composition = new Composition();
  private final KeyGenerator keys = new KeyGenerator();
  private final DocumentNumbers numbers = new DocumentNumbers();
  private final DocumentNumbers withdrawalNumbers = new DocumentNumbers();

  /** {@code Catalog_Организации}. */
  public CatalogTable organizations() {
    return organizations;
  }

  /** {@code Catalog_Контрагенты}. */
  public CatalogTable counterparties() {
    return counterparties;
  }

  /** {@code Catalog_ФизическиеЛица}. */
  public CatalogTable naturalPersons() {
    return naturalPersons;
  }

  /** {@code ChartOfCharacteristicTypes_ДополнительныеРеквизитыИСведения}. */
  public CatalogTable properties() {
    return properties;
  }

  /** {@code Catalog_НаборыДополнительныхРеквизитовИСведений}. */
  public CatalogTable propertySets() {
    return propertySets;
  }

  /**
   * {@code Document_СписаниеСРасчетногоСчета}: a few documents a month, so kept like a catalog (as maps, in creation
   * order) and sorted when read.
   */
  public CatalogTable bankWithdrawals() {
    return bankWithdrawals;
  }

  /**
   * The map-held table of this set (a catalog, the chart, or the bank withdrawals), or {@code null} when the set is
   * not one.
   */
  public @Nullable CatalogTable catalog(String entitySet) {
    return catalogs.get(entitySet);
  }

  /** {@code Document_ПоступлениеНаРасчетныйСчет}. */
  public BankReceiptTable bankReceipts() {
    return bankReceipts;
  }

  /** {@code InformationRegister_ДополнительныеСведения}. */
  public AdditionalInfoTable additionalInfo() {
    return additionalInfo;
  }

  /** The published sets. */
  public Composition composition() {
    return composition;
  }

  /** Generator of new {@code Ref_Key}s. */
  public KeyGenerator keys() {
    return keys;
  }

  /** Document numbering. */
  public DocumentNumbers numbers() {
    return numbers;
  }

  /** Numbering of the bank withdrawals: 1C numbers each document type on its own. */
  public DocumentNumbers withdrawalNumbers() {
    return withdrawalNumbers;
  }

  /** The catalog item, chart item or document with this key in {@code entitySet}. */
  public Optional<Entity> find(String entitySet, UUID key) {
    if (OnecNames.BANK_RECEIPTS.equals(entitySet)) {
      return bankReceipts.get(key).map(Entity.class::cast);
    }
    CatalogTable catalog = catalogs.get(entitySet);
    return catalog == null ? Optional.empty() : catalog.get(key).map(Entity.class::cast);
  }

  /** The reference set that holds an object with this key, if any. */
  public Optional<String> entitySetOf(UUID key) {
    if (bankReceipts.get(key).isPresent()) {
      return Optional.of(OnecNames.BANK_RECEIPTS);
    }
    return catalogs.entrySet().stream().filter(entry -> entry.getValue().get(key).isPresent())
        .map(Map.Entry::getKey).findFirst();
  }
}
