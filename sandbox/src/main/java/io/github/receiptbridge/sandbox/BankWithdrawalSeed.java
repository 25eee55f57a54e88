package io.github.receiptbridge.sandbox;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One «Списание с расчетного счета» ({@code Document_СписаниеСРасчетногоСчета}) to seed into an {@link OnecSandbox}
 * with {@link OnecData#addBankWithdrawal(BankWithdrawalSeed)}; 1C fills one {@code РасшифровкаПлатежа} row with the
 * whole amount and the settlement document. Immutable; build it with {@link #builder()}.
 *
 * <pre>{@code
 * UUID refund = sandbox.data().addBankWithdrawal(BankWithdrawalSeed.builder()
 *     .organization(org)
 *     .date(LocalDateTime.of(2024, 3, 12, 11, 15))
 *     .amount(new BigDecimal("700.00"))
 *     .operationKind(BankWithdrawalSeed.REFUND_TO_PAYER)
 *     .naturalPerson(resident)
 *     .basisBankReceipt(payment)
 *     .purpose("Возврат переплаты за февраль 2024")
 *     .build());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class BankWithdrawalSeed {
  /** {@code ВидОперации} of a refund to a payer. */
  public static final String REFUND_TO_PAYER = "ВозвратПокупателю";
  /** {@code ВидОперации} of a payment to a supplier, 1C's default. */
  public static final String SUPPLIER_PAYMENT = "ОплатаПоставщику";
  static final String BANK_RECEIPTS = "Document_ПоступлениеНаРасчетныйСчет";

  private final @Nullable UUID key;
  private final UUID organization;
  private final @Nullable String number;
  private final LocalDateTime date;
  private final BigDecimal amount;
  private final boolean posted;
  private final boolean deletionMark;
  private final String operationKind;
  private final @Nullable UUID counterparty;
  private final @Nullable String counterpartySet;
  private final String purpose;
  private final @Nullable UUID basis;
  private final @Nullable String basisSet;
  private final @Nullable UUID settlement;
  private final @Nullable String settlementSet;

  private BankWithdrawalSeed(Builder builder) {
    this.key = builder.key;
    this.organization = Objects.requireNonNull(builder.organization, "organization");
    this.number = builder.number;
    this.date = builder.date;
    this.amount = builder.amount;
    this.posted = builder.posted;
    this.deletionMark = builder.deletionMark;
    this.operationKind = builder.operationKind;
    this.counterparty = builder.counterparty;
    this.counterpartySet = builder.counterpartySet;
    this.purpose = builder.purpose;
    this.basis = builder.basis;
    this.basisSet = builder.basisSet;
    this.settlement = builder.settlement;
    this.settlementSet = builder.settlementSet;
  }

  /**
   * A builder; only the organization is required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the {@code Ref_Key} to use, or empty to have one generated.
   *
   * @return the {@code Ref_Key} to use, or empty to have one generated
   */
  public Optional<UUID> key() {
    return Optional.ofNullable(key);
  }

  /**
   * Returns {@code Организация_Key}: the paying organization.
   *
   * @return {@code Организация_Key}: the paying organization
   */
  public UUID organization() {
    return organization;
  }

  /**
   * Returns {@code Number}, or empty to have the next automatic number.
   *
   * @return {@code Number}, or empty to have the next automatic number
   */
  public Optional<String> number() {
    return Optional.ofNullable(number);
  }

  /**
   * Returns {@code Date}.
   *
   * @return {@code Date}
   */
  public LocalDateTime date() {
    return date;
  }

  /**
   * Returns {@code СуммаДокумента}.
   *
   * @return {@code СуммаДокумента}
   */
  public BigDecimal amount() {
    return amount;
  }

  /**
   * Returns {@code Posted}.
   *
   * @return {@code Posted}
   */
  public boolean posted() {
    return posted;
  }

  /**
   * Returns {@code DeletionMark}.
   *
   * @return {@code DeletionMark}
   */
  public boolean deletionMark() {
    return deletionMark;
  }

  /**
   * Returns {@code ВидОперации}.
   *
   * @return {@code ВидОперации}
   */
  public String operationKind() {
    return operationKind;
  }

  /**
   * Returns the {@code Контрагент} («Получатель») key, or empty for none.
   *
   * @return the {@code Контрагент} («Получатель») key, or empty for none
   */
  public Optional<UUID> counterparty() {
    return Optional.ofNullable(counterparty);
  }

  /**
   * Returns the catalog of {@link #counterparty()}: {@code Catalog_Контрагенты} or {@code Catalog_ФизическиеЛица}.
   *
   * @return the catalog of {@link #counterparty()}: {@code Catalog_Контрагенты} or {@code Catalog_ФизическиеЛица}
   */
  public Optional<String> counterpartyEntitySet() {
    return Optional.ofNullable(counterpartySet);
  }

  /**
   * Returns {@code НазначениеПлатежа}.
   *
   * @return {@code НазначениеПлатежа}
   */
  public String purpose() {
    return purpose;
  }

  /**
   * Returns the {@code ДокументОснование} key, or empty for none.
   *
   * @return the {@code ДокументОснование} key, or empty for none
   */
  public Optional<UUID> basisDocument() {
    return Optional.ofNullable(basis);
  }

  /**
   * Returns the entity set of {@link #basisDocument()}.
   *
   * @return the entity set of {@link #basisDocument()}
   */
  public Optional<String> basisDocumentEntitySet() {
    return Optional.ofNullable(basisSet);
  }

  /**
   * Returns the key of the row's {@code Сделка} («Документ расчетов»), or empty for none.
   *
   * @return the key of the row's {@code Сделка} («Документ расчетов»), or empty for none
   */
  public Optional<UUID> settlementDocument() {
    return Optional.ofNullable(settlement);
  }

  /**
   * Returns the entity set of {@link #settlementDocument()}.
   *
   * @return the entity set of {@link #settlementDocument()}
   */
  public Optional<String> settlementDocumentEntitySet() {
    return Optional.ofNullable(settlementSet);
  }

  @Override
  public String toString() {
    return "BankWithdrawalSeed{" + operationKind + " " + date + " " + amount + "}";
  }

  /** Builds a {@link BankWithdrawalSeed}. Not thread-safe. */
  public static final class Builder {
    private @Nullable UUID key;
    private @Nullable UUID organization;
    private @Nullable String number;
    private LocalDateTime date = LocalDateTime.of(2024, 1, 1, 12, 0);
    private BigDecimal amount = BigDecimal.ZERO;
    private boolean posted = true;
    private boolean deletionMark;
    private String operationKind = SUPPLIER_PAYMENT;
    private @Nullable UUID counterparty;
    private @Nullable String counterpartySet;
    private String purpose = "";
    private @Nullable UUID basis;
    private @Nullable String basisSet;
    private @Nullable UUID settlement;
    private @Nullable String settlementSet;

    private Builder() {
    }

    /**
     * Sets the {@code Ref_Key} to use.
     *
     * @param key the {@code Ref_Key} to use
     * @return this builder
     */
    public Builder key(UUID key) {
      this.key = Objects.requireNonNull(key, "key");
      return this;
    }

    /**
     * Sets {@code Организация_Key}, required.
     *
     * @param organization {@code Организация_Key}, required
     * @return this builder
     */
    public Builder organization(UUID organization) {
      this.organization = Objects.requireNonNull(organization, "organization");
      return this;
    }

    /**
     * Sets {@code Number}; default: the next automatic number.
     *
     * @param number {@code Number}; default: the next automatic number
     * @return this builder
     */
    public Builder number(String number) {
      this.number = Objects.requireNonNull(number, "number");
      return this;
    }

    /**
     * Sets {@code Date}; default 2024-01-01 12:00.
     *
     * @param date {@code Date}; default 2024-01-01 12:00
     * @return this builder
     */
    public Builder date(LocalDateTime date) {
      this.date = Objects.requireNonNull(date, "date");
      return this;
    }

    /**
     * Sets {@code СуммаДокумента}, rounded to kopecks; default 0.
     *
     * @param amount {@code СуммаДокумента}, rounded to kopecks; default 0
     * @return this builder
     */
    public Builder amount(BigDecimal amount) {
      this.amount = Objects.requireNonNull(amount, "amount");
      return this;
    }

    /**
     * Sets {@code Posted}; default {@code true}.
     *
     * @param posted {@code Posted}; default {@code true}
     * @return this builder
     */
    public Builder posted(boolean posted) {
      this.posted = posted;
      return this;
    }

    /**
     * Sets {@code DeletionMark}; default {@code false}.
     *
     * @param deletionMark {@code DeletionMark}; default {@code false}
     * @return this builder
     */
    public Builder deletionMark(boolean deletionMark) {
      this.deletionMark = deletionMark;
      return this;
    }

    /**
     * @param operationKind {@code ВидОперации}, for example {@link #REFUND_TO_PAYER}; default {@link
     *     #SUPPLIER_PAYMENT}; any string is stored as given
     * @return this builder
     */
    public Builder operationKind(String operationKind) {
      this.operationKind = Objects.requireNonNull(operationKind, "operationKind");
      return this;
    }

    /**
     * Sets a {@code Catalog_Контрагенты} key as {@code Контрагент}.
     *
     * @param counterparty a {@code Catalog_Контрагенты} key as {@code Контрагент}
     * @return this builder
     */
    public Builder counterparty(UUID counterparty) {
      this.counterparty = Objects.requireNonNull(counterparty, "counterparty");
      this.counterpartySet = BankReceiptSeed.COUNTERPARTIES;
      return this;
    }

    /**
     * Sets a {@code Catalog_ФизическиеЛица} key as {@code Контрагент}.
     *
     * @param naturalPerson a {@code Catalog_ФизическиеЛица} key as {@code Контрагент}
     * @return this builder
     */
    public Builder naturalPerson(UUID naturalPerson) {
      this.counterparty = Objects.requireNonNull(naturalPerson, "naturalPerson");
      this.counterpartySet = BankReceiptSeed.NATURAL_PERSONS;
      return this;
    }

    /**
     * Sets {@code НазначениеПлатежа}, cut to 210 characters.
     *
     * @param purpose {@code НазначениеПлатежа}, cut to 210 characters
     * @return this builder
     */
    public Builder purpose(String purpose) {
      this.purpose = Objects.requireNonNull(purpose, "purpose");
      return this;
    }

    /**
     * Sets a «Поступление на расчетный счет» as {@code ДокументОснование}.
     *
     * @param payment a «Поступление на расчетный счет» as {@code ДокументОснование}
     * @return this builder
     */
    public Builder basisBankReceipt(UUID payment) {
      return basisDocument(payment, BANK_RECEIPTS);
    }

    /**
     * @param document  the {@code ДокументОснование} key
     * @param entitySet its set, for example {@code Document_ПоступлениеТоваровУслуг}
     * @return this builder
     */
    public Builder basisDocument(UUID document, String entitySet) {
      this.basis = Objects.requireNonNull(document, "document");
      this.basisSet = Objects.requireNonNull(entitySet, "entitySet");
      return this;
    }

    /**
     * Sets a «Поступление на расчетный счет» as the row's {@code Сделка}.
     *
     * @param payment a «Поступление на расчетный счет» as the row's {@code Сделка}
     * @return this builder
     */
    public Builder settlementBankReceipt(UUID payment) {
      return settlementDocument(payment, BANK_RECEIPTS);
    }

    /**
     * @param document  the row's {@code Сделка} («Документ расчетов») key
     * @param entitySet its set
     * @return this builder
     */
    public Builder settlementDocument(UUID document, String entitySet) {
      this.settlement = Objects.requireNonNull(document, "document");
      this.settlementSet = Objects.requireNonNull(entitySet, "entitySet");
      return this;
    }

    /**
     * @return the seed
     * @throws NullPointerException when no organization was given
     */
    public BankWithdrawalSeed build() {
      return new BankWithdrawalSeed(this);
    }
  }
}
