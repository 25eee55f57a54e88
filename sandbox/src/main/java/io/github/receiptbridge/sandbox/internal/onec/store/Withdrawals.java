package io.github.receiptbridge.sandbox.internal.onec.store;

import io.github.receiptbridge.sandbox.internal.onec.model.BpSchema;
import io.github.receiptbridge.sandbox.internal.onec.model.CompositeValue;
import io.github.receiptbridge.sandbox.internal.onec.model.OnecNames;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Builds «Списание с расчетного счета» documents ({@code onec-odata.md} §4.1a) as 1C fills them: the header, and
 * one {@code РасшифровкаПлатежа} row carrying the whole amount and the settlement document ({@code Сделка}).
 */
public final class Withdrawals {
  /** Operation kind of a refund to a payer. */
  public static final String REFUND_TO_PAYER = "ВозвратПокупателю";
  /** Operation kind of a payment to a supplier (1C's default). */
  public static final String SUPPLIER_PAYMENT = "ОплатаПоставщику";

  private Withdrawals() {
  }

  /** The values of one withdrawal. Not thread-safe. */
  public static final class Draft {
    /** {@code Ref_Key}; assigned by the infobase when null. */
    public @Nullable UUID key;
    /** {@code Организация_Key}; required. */
    public @Nullable UUID organization;
    /** {@code Number}; assigned when null or empty. */
    public @Nullable String number;
    /** {@code Date}; required. */
    public @Nullable LocalDateTime date;
    /** {@code Posted}. */
    public boolean posted = true;
    /** {@code DeletionMark}. */
    public boolean deletionMark;
    /** {@code ВидОперации}. */
    public String operationKind = SUPPLIER_PAYMENT;
    /** {@code Контрагент}. */
    public CompositeValue counterparty = CompositeValue.UNDEFINED;
    /** {@code СуммаДокумента}, rounded to kopecks. */
    public BigDecimal amount = BigDecimal.ZERO;
    /** {@code НазначениеПлатежа}. */
    public String purpose = "";
    /** {@code ДокументОснование}. */
    public CompositeValue basis = CompositeValue.UNDEFINED;
    /** {@code Сделка} of the single decoding row. */
    public CompositeValue settlement = CompositeValue.UNDEFINED;
  }

  /**
   * Adds a withdrawal to {@code infobase}, assigning a missing key and number as 1C does on the first write.
   *
   * @return its key
   * @throws IllegalArgumentException when the key exists already
   */
  public static UUID add(Infobase infobase, Draft draft) {
    UUID organization = Objects.requireNonNull(draft.organization, "organization");
    LocalDateTime date = Objects.requireNonNull(draft.date, "date").truncatedTo(ChronoUnit.SECONDS);
    UUID key = draft.key == null ? infobase.keys().next() : draft.key;
    String number = draft.number;
    if (number == null || number.isEmpty()) {
      String prefix = infobase.organizations().get(organization).map(o -> (String) o.get("Префикс")).orElse("");
      number = infobase.withdrawalNumbers().next(prefix, date.getYear());
    } else {
      infobase.withdrawalNumbers().observe(number, date.getYear());
    }
    UUID account = infobase.organizations().get(organization)
        .map(o -> (UUID) o.get("ОсновнойБанковскийСчет_Key")).orElse(BpKeys.derived(organization, "bank-account"));
    BigDecimal amount = draft.amount.setScale(2, RoundingMode.HALF_UP);
    boolean refund = REFUND_TO_PAYER.equals(draft.operationKind);

    Map<String, Object> row = new HashMap<>();
    row.put(OnecNames.REF_KEY, key);
    row.put(OnecNames.LINE_NUMBER, 1L);
    row.put("СпособПогашенияЗадолженности", draft.settlement.value().isEmpty() ? "Автоматически" : "ПоДокументу");
    row.put("Сделка", draft.settlement);
    row.put("СуммаПлатежа", amount);
    row.put("КурсВзаиморасчетов", BigDecimal.ONE);
    row.put("СуммаВзаиморасчетов", amount);
    row.put("СтавкаНДС", "БезНДС");
    row.put("СчетУчетаРасчетовСКонтрагентом_Key", refund ? BpKeys.ACCOUNT_62_01 : BpKeys.ACCOUNT_60_01);
    row.put("КратностьВзаиморасчетов", 1L);

    Map<String, Object> values = new HashMap<>();
    values.put(OnecNames.REF_KEY, key);
    values.put(OnecNames.DELETION_MARK, draft.deletionMark);
    values.put(OnecNames.NUMBER, number);
    values.put(OnecNames.DATE, date);
    values.put(OnecNames.POSTED, draft.posted);
    values.put("ВидОперации", draft.operationKind);
    values.put("Организация_Key", organization);
    values.put("СчетОрганизации_Key", account);
    values.put("СчетБанк_Key", BpKeys.ACCOUNT_51);
    values.put("Контрагент", draft.counterparty);
    values.put("СуммаДокумента", amount);
    values.put("НазначениеПлатежа", draft.purpose.length() > 210 ? draft.purpose.substring(0, 210) : draft.purpose);
    values.put("Ответственный_Key", BpKeys.ADMINISTRATOR);
    values.put("ДокументОснование", draft.basis);
    values.put("ВалютаДокумента_Key", BpKeys.RUBLE);
    values.put("РасшифровкаПлатежа", List.of(MapEntity.of(BpSchema.BANK_WITHDRAWAL_DECODING_ROW, row, 0)));
    infobase.bankWithdrawals().add(MapEntity.of(BpSchema.BANK_WITHDRAWALS, values, draft.posted ? 3 : 1));
    return key;
  }
}
