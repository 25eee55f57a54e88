package io.github.receiptbridge.sandbox;

import io.github.receiptbridge.sandbox.internal.onec.OnecEngine;
import io.github.receiptbridge.sandbox.internal.onec.model.CompositeValue;
import io.github.receiptbridge.sandbox.internal.onec.store.BankReceiptEntity;
import io.github.receiptbridge.sandbox.internal.onec.store.MapEntity;
import io.github.receiptbridge.sandbox.internal.onec.store.Withdrawals;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Seeding and inspection of a running {@link OnecSandbox}'s infobase, bypassing HTTP. Thread-safe and usable
 * while the sandbox serves requests; changes are visible to the next request.
 *
 * <pre>{@code
 * OnecData data = sandbox.data();
 * UUID org = data.addOrganization("УК Ромашка", "7701234567", "770101001");
 * List<UUID> docs = data.generateBankReceipts(org, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31), 200, 1);
 * // ... run the code under test ...
 * assert data.additionalInfo(docs.get(0), "СчетМаш_СтатусЧека").orElseThrow().equals("accept");
 * }</pre>
 *
 * @since 0.1.0
 */
public final class OnecData {
  private static final int PURPOSE_LENGTH = 210;

  private final OnecEngine engine;

  OnecData(OnecEngine engine) {
    this.engine = engine;
  }

  /**
   * Adds an organization ({@code Catalog_Организации}) without a numbering prefix.
   *
   * @param name its short name ({@code Description}, also the full name)
   * @param inn  its INN (10 digits for a company, 12 for an entrepreneur)
   * @param kpp  its KPP (9 digits, or empty)
   * @return the new {@code Ref_Key}
   */
  public UUID addOrganization(String name, String inn, String kpp) {
    return engine.seeder().addOrganization(Objects.requireNonNull(name, "name"), Objects.requireNonNull(inn, "inn"),
        Objects.requireNonNull(kpp, "kpp"));
  }

  /**
   * Adds a counterparty ({@code Catalog_Контрагенты}): a company with a 10-digit INN, else a private person; its
   * contact rows are the phone, then the e-mail. For one without any, pass {@code List.of()} to
   * {@link #addCounterparty(String, String, CounterpartyForm, List)}: with two bare {@code null}s the call is
   * ambiguous.
   *
   * @param name         its name
   * @param inn          its INN, or empty
   * @param emailOrNull  its e-mail ({@code КонтактнаяИнформация} row of type {@code АдресЭлектроннойПочты}), or null
   * @param phoneOrNull  its phone ({@code Телефон} row), or null
   * @return the new {@code Ref_Key}
   */
  public UUID addCounterparty(String name, String inn, @Nullable String emailOrNull, @Nullable String phoneOrNull) {
    return engine.seeder().addCounterparty(Objects.requireNonNull(name, "name"), Objects.requireNonNull(inn, "inn"),
        emailOrNull, phoneOrNull);
  }

  /**
   * Adds a counterparty ({@code Catalog_Контрагенты}) with any contact rows, stored in the given order with
   * {@code LineNumber} 1, 2, …: several rows of one kind, awkward values and rows in an unusual order are kept as
   * given.
   *
   * <pre>{@code
   * UUID shop = data.addCounterparty("ООО \"Продукты у дома\"", "7704123453", CounterpartyForm.LEGAL_ENTITY,
   *     List.of(ContactRow.phone("8 (495) 123-45-67"), ContactRow.email("buh@produkty-doma.ru")));
   * }</pre>
   *
   * @param name        its name ({@code Description}, also the full name)
   * @param inn         its INN, or empty
   * @param form        its {@code ЮридическоеФизическоеЛицо}: {@link CounterpartyForm#LEGAL_ENTITY} for
   *                    {@code ЮридическоеЛицо} with a main contract ({@code ОсновнойДоговорКонтрагента_Key}),
   *                    {@link CounterpartyForm#NATURAL_PERSON} for {@code ФизическоеЛицо}
   * @param contactRows its {@code КонтактнаяИнформация} rows in order, may be empty
   * @return the new {@code Ref_Key}
   */
  public UUID addCounterparty(String name, String inn, CounterpartyForm form, List<ContactRow> contactRows) {
    return engine.seeder().addCounterparty(Objects.requireNonNull(name, "name"), Objects.requireNonNull(inn, "inn"),
        Objects.requireNonNull(form, "form") == CounterpartyForm.LEGAL_ENTITY,
        Objects.requireNonNull(contactRows, "contactRows"));
  }

  /**
   * Adds a natural person ({@code Catalog_ФизическиеЛица}); its contact rows are the phone, then the e-mail.
   *
   * @param name         the full name
   * @param emailOrNull  the e-mail, or null
   * @param phoneOrNull  the phone, or null
   * @return the new {@code Ref_Key}
   */
  public UUID addNaturalPerson(String name, @Nullable String emailOrNull, @Nullable String phoneOrNull) {
    return engine.seeder().addNaturalPerson(Objects.requireNonNull(name, "name"), emailOrNull, phoneOrNull);
  }

  /**
   * Adds a natural person ({@code Catalog_ФизическиеЛица}) with any contact rows, stored in the given order with
   * {@code LineNumber} 1, 2, …
   *
   * <pre>{@code
   * UUID resident = data.addNaturalPerson("Петрова Анна Ивановна", List.of(
   *     ContactRow.email("нет"), ContactRow.email("petrova.a@mail.ru"), ContactRow.phone("+7 (916) 123-45-67")));
   * }</pre>
   *
   * @param name        the full name
   * @param contactRows its {@code КонтактнаяИнформация} rows in order, may be empty
   * @return the new {@code Ref_Key}
   */
  public UUID addNaturalPerson(String name, List<ContactRow> contactRows) {
    return engine.seeder().addNaturalPerson(Objects.requireNonNull(name, "name"),
        Objects.requireNonNull(contactRows, "contactRows"));
  }

  /**
   * Adds one «Поступление на расчетный счет»; a missing number is assigned automatically.
   *
   * @param seed the document
   * @return its {@code Ref_Key}
   * @throws IllegalArgumentException when the seed's key exists already
   */
  public UUID addBankReceipt(BankReceiptSeed seed) {
    BankReceiptEntity.Draft draft = new BankReceiptEntity.Draft();
    draft.key = seed.key().orElse(null);
    draft.organization = seed.organization();
    draft.number = seed.number().orElse(null);
    draft.date = seed.date();
    draft.amount = seed.amount();
    draft.posted = seed.posted();
    draft.deletionMark = seed.deletionMark();
    draft.version = seed.posted() ? 3 : 1;
    draft.operationKind = seed.operationKind();
    draft.purpose = seed.purpose().length() > PURPOSE_LENGTH ? seed.purpose().substring(0, PURPOSE_LENGTH)
        : seed.purpose();
    if (seed.payer().isPresent()) {
      UUID payer = seed.payer().get();
      String set = seed.payerEntitySet().orElseThrow();
      draft.payer = CompositeValue.reference(payer, set);
      draft.contract = BankReceiptSeed.COUNTERPARTIES.equals(set)
          ? engine.infobase().counterparties().get(payer)
              .map(counterparty -> (UUID) counterparty.get("ОсновнойДоговорКонтрагента_Key")).orElse(null)
          : null;
    }
    seed.paymentOrderNumber().ifPresent(number -> draft.apply("НомерВходящегоДокумента", number));
    seed.paymentOrderDate().ifPresent(date -> draft.apply("ДатаВходящегоДокумента", date.atStartOfDay()));
    return engine.seeder().addBankReceipt(draft);
  }

  /**
   * Adds one «Списание с расчетного счета» ({@code Document_СписаниеСРасчетногоСчета}), for example a refund to a
   * resident ({@link BankWithdrawalSeed#REFUND_TO_PAYER}) naming the original payment; a missing number is
   * assigned automatically. Its additional information is written like a bank receipt's, with {@code Объект_Type}
   * {@code StandardODATA.Document_СписаниеСРасчетногоСчета}.
   *
   * @param seed the document
   * @return its {@code Ref_Key}
   * @throws IllegalArgumentException when the seed's key exists already
   */
  public UUID addBankWithdrawal(BankWithdrawalSeed seed) {
    Withdrawals.Draft draft = new Withdrawals.Draft();
    draft.key = seed.key().orElse(null);
    draft.organization = seed.organization();
    draft.number = seed.number().orElse(null);
    draft.date = seed.date();
    draft.amount = seed.amount();
    draft.posted = seed.posted();
    draft.deletionMark = seed.deletionMark();
    draft.operationKind = seed.operationKind();
    draft.purpose = seed.purpose();
    if (seed.counterparty().isPresent()) {
      draft.counterparty = CompositeValue.reference(seed.counterparty().get(),
          seed.counterpartyEntitySet().orElseThrow());
    }
    if (seed.basisDocument().isPresent()) {
      draft.basis = CompositeValue.reference(seed.basisDocument().get(),
          seed.basisDocumentEntitySet().orElseThrow());
    }
    if (seed.settlementDocument().isPresent()) {
      draft.settlement = CompositeValue.reference(seed.settlementDocument().get(),
          seed.settlementDocumentEntitySet().orElseThrow());
    }
    return Withdrawals.add(engine.infobase(), draft);
  }

  /**
   * Adds {@code count} documents spread over the working days of {@code [from, to]} for the organization, with a
   * realistic mix:
   * <ul>
   *   <li>mostly residents' payments ({@code ОплатаПокупателя}, amounts with kopecks, «Оплата ЖКУ за …, л/с …»)
   *   from natural persons and private persons kept as counterparties ({@code ФизическоеЛицо}). Every resident has
   *   an address row; most have an e-mail, some a phone only, some neither, and some rows are awkward: about 5 %
   *   have a landline («8 (495) 123-45-67») before a mobile and no e-mail, about 3 % an e-mail row reading «нет» or
   *   «-» before a valid e-mail row;
   *   <li>about 2 % (at least one from 50 documents on) payments from commercial tenants: companies
   *   ({@code ЮридическоеЛицо}, 10-digit INN, an accountant's e-mail) paying with the same {@code ОплатаПокупателя}
   *   for a non-residential premise («Оплата за содержание и коммунальные услуги нежилого помещения по договору № …
   *   за … г. НДС не облагается»), posted, with kopecks;
   *   <li>about 1.5 % refunds from suppliers ({@code ВозвратОтПоставщика}) and 2 % bank interest without a payer
   *   ({@code ПрочееПоступление});
   *   <li>about 2.5 % unposted, 2 % marked for deletion, 1 % residents' payments with amount 0.
   * </ul>
   * The payers are created in the catalogs; payer {@code i} of an organization is the same in every call.
   * Deterministic for the same arguments; 100,000 documents take well under a second and some 20 MB.
   *
   * @param organization the receiving organization
   * @param from         first day (inclusive)
   * @param to           last day (inclusive)
   * @param count        how many documents
   * @param seed         the random seed
   * @return the new documents' keys in date order
   */
  public List<UUID> generateBankReceipts(UUID organization, LocalDate from, LocalDate to, int count, long seed) {
    return engine.generator().generate(Objects.requireNonNull(organization, "organization"),
        Objects.requireNonNull(from, "from"), Objects.requireNonNull(to, "to"), count, seed);
  }

  /**
   * Adds a property to {@code ChartOfCharacteristicTypes_ДополнительныеРеквизитыИСведения}.
   *
   * <pre>{@code
   * UUID status = data.addProperty("СтатусВыгрузки", "Статус выгрузки", PropertyKind.ADDITIONAL_INFO);
   * }</pre>
   *
   * @param developerName {@code Имя}, may be empty (the property is then found by its title)
   * @param title         {@code Заголовок} and {@code Description}; may be empty when a developer name is given
   * @param kind          its {@code ЭтоДополнительноеСведение}: {@link PropertyKind#ADDITIONAL_INFO} for additional
   *                      information (values in the register), {@link PropertyKind#ADDITIONAL_ATTRIBUTE} for an
   *                      additional attribute (values in the object's tabular part)
   * @return the new {@code Ref_Key}
   */
  public UUID addProperty(String developerName, String title, PropertyKind kind) {
    return engine.seeder().addProperty(developerName, title,
        Objects.requireNonNull(kind, "kind") == PropertyKind.ADDITIONAL_INFO);
  }

  /**
   * Takes an additional information out of the {@code ДополнительныеСведения} of a predefined item of {@code
   * Catalog_НаборыДополнительныхРеквизитовИСведений}, as if a user removed it from the document type's set. Every
   * additional information added to the sandbox is in the sets {@code Документ_ПоступлениеНаРасчетныйСчет} and
   * {@code Документ_СписаниеСРасчетногоСчета} until removed.
   *
   * @param predefinedName       the set's {@code PredefinedDataName}, for example {@code
   *                             Документ_СписаниеСРасчетногоСчета}
   * @param developerNameOrTitle the property, as in {@link #propertyKey(String)}
   * @return false when there is no such set or property, or the property was not in the set
   */
  public boolean removeFromPropertySet(String predefinedName, String developerNameOrTitle) {
    return engine.seeder().removeFromPropertySet(Objects.requireNonNull(predefinedName, "predefinedName"),
        Objects.requireNonNull(developerNameOrTitle, "developerNameOrTitle"));
  }

  /**
   * The property whose {@code Имя} is the given name, else whose {@code Заголовок} or {@code Description} is.
   *
   * @param developerNameOrTitle the name
   * @return its {@code Ref_Key}, or empty
   */
  public Optional<UUID> propertyKey(String developerNameOrTitle) {
    return engine.seeder().propertyKey(Objects.requireNonNull(developerNameOrTitle, "developerNameOrTitle"));
  }

  /**
   * The additional information stored for an object.
   *
   * @param objectKey the object's {@code Ref_Key}
   * @return property developer name (its title when the name is empty) to {@code Значение} text, in key order
   */
  public Map<String, String> additionalInfo(UUID objectKey) {
    return engine.seeder().additionalInfo(Objects.requireNonNull(objectKey, "objectKey"));
  }

  /**
   * One value of an object's additional information.
   *
   * @param objectKey    the object's {@code Ref_Key}
   * @param propertyName the property's developer name or title
   * @return the {@code Значение} text, or empty when there is no record
   */
  public Optional<String> additionalInfo(UUID objectKey, String propertyName) {
    return engine.seeder().additionalInfo(Objects.requireNonNull(objectKey, "objectKey"),
        Objects.requireNonNull(propertyName, "propertyName"));
  }

  /**
   * Writes one value of an object's additional information, creating or replacing its record. The object's type
   * is the set that holds it (a bank receipt when none does).
   *
   * @param objectKey    the object's {@code Ref_Key}
   * @param propertyName the property's developer name or title
   * @param value        the {@code Значение} text, for example {@code "1234"}
   * @param valueType    the {@code Значение_Type}, for example {@code Edm.Double} or {@code Edm.String}
   * @throws IllegalArgumentException for an unknown property
   */
  public void setAdditionalInfo(UUID objectKey, String propertyName, String value, String valueType) {
    engine.seeder().setAdditionalInfo(Objects.requireNonNull(objectKey, "objectKey"),
        Objects.requireNonNull(propertyName, "propertyName"), value, valueType);
  }

  /**
   * Removes every additional-information record, as if nothing had ever been written to this infobase: for example to
   * play a test copy that was run against the same documents and then thrown away.
   */
  public void clearAdditionalInfo() {
    engine.infobase().additionalInfo().clear();
  }

  /**
   * The number of additional-information records.
   *
   * @return the count
   */
  public int additionalInfoCount() {
    return engine.infobase().additionalInfo().size();
  }

  /**
   * The organizations.
   *
   * @return their keys in creation order
   */
  public List<UUID> organizationKeys() {
    return engine.seeder().organizationKeys();
  }

  /**
   * The bank receipts.
   *
   * @return their keys ordered by date and number
   */
  public List<UUID> bankReceiptKeys() {
    return engine.infobase().bankReceipts().keysInOrder();
  }

  /**
   * The counterparties.
   *
   * @return their keys in creation order
   */
  public List<UUID> counterpartyKeys() {
    return engine.infobase().counterparties().all().stream().map(MapEntity::key).toList();
  }

  /**
   * The natural persons.
   *
   * @return their keys in creation order
   */
  public List<UUID> naturalPersonKeys() {
    return engine.infobase().naturalPersons().all().stream().map(MapEntity::key).toList();
  }
}
