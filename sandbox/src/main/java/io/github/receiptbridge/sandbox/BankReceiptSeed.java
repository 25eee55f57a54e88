package io.github.receiptbridge.sandbox;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One «Поступление на расчетный счет» to seed into an {@link OnecSandbox} with
 * {@link OnecData#addBankReceipt(BankReceiptSeed)}. Immutable; build it with {@link #builder()}.
 *
 * <pre>{@code
 * UUID doc = sandbox.data().addBankReceipt(BankReceiptSeed.builder()
 *     .organization(org)
 *     .date(LocalDateTime.of(2024, 3, 4, 12, 0))
 *     .amount(new BigDecimal("1234.56"))
 *     .naturalPerson(resident)
 *     .purpose("Оплата ЖКУ за февраль 2024, л/с 10023")
 *     .build());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class BankReceiptSeed {
  /** The payer's catalog of a counterparty. */
  static final String COUNTERPARTIES = "Catalog_Контрагенты";
  /** The payer's catalog of a natural person. */
  static final String NATURAL_PERSONS = "Catalog_ФизическиеЛица";

  private final @Nullable UUID key;
  private final UUID organization;
  private final @Nullable String number;
  private final LocalDateTime date;
  private final BigDecimal amount;
  private final boolean posted;
  private final boolean deletionMark;
  private final String operationKind;
  private final @Nullable UUID payer;
  private final @Nullable String payerSet;
  private final String purpose;
  private final @Nullable String paymentOrderNumber;
  private final @Nullable LocalDate paymentOrderDate;

  private BankReceiptSeed(Builder builder) {
    this.key = builder.key;
    this.organization = builder.organization;
    this.number = builder.number;
    this.date = builder.date;
    this.amount = builder.amount;
    this.posted = builder.posted;
    this.deletionMark = builder.deletionMark;
    this.operationKind = builder.operationKind;
    this.payer = builder.payer;
    this.payerSet = builder.payerSet;
    this.purpose = builder.purpose;
    this.paymentOrderNumber = builder.paymentOrderNumber;
    this.paymentOrderDate = builder.paymentOrderDate;
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
   * The {@code Ref_Key} to use.
   *
   * @return the key, or empty to have one generated
   */
  public Optional<UUID> key() {
    return Optional.ofNullable(key);
  }

  /**
   * {@code Организация_Key}.
   *
   * @return the receiving organization
   */
  public UUID organization() {
    return organization;
  }

  /**
   * {@code Number}.
   *
   * @return the number, or empty to have the next automatic one ({@code 0000-000001})
   */
  public Optional<String> number() {
    return Optional.ofNullable(number);
  }

  /**
   * {@code Date}, whole seconds.
   *
   * @return the document date
   */
  public LocalDateTime date() {
    return date;
  }

  /**
   * {@code СуммаДокумента}, rounded to kopecks when stored.
   *
   * @return the amount
   */
  public BigDecimal amount() {
    return amount;
  }

  /**
   * {@code Posted}.
   *
   * @return whether the document is posted
   */
  public boolean posted() {
    return posted;
  }

  /**
   * {@code DeletionMark}.
   *
   * @return whether the document is marked for deletion
   */
  public boolean deletionMark() {
    return deletionMark;
  }

  /**
   * {@code ВидОперации}.
   *
   * @return the operation kind's name, for example {@code ОплатаПокупателя}
   */
  public String operationKind() {
    return operationKind;
  }

  /**
   * The payer ({@code Контрагент}).
   *
   * @return the payer's key, or empty for no payer ({@code ""} + {@code StandardODATA.Undefined})
   */
  public Optional<UUID> payer() {
    return Optional.ofNullable(payer);
  }

  /**
   * The payer's catalog.
   *
   * @return {@code Catalog_Контрагенты} or {@code Catalog_ФизическиеЛица}, or empty without a payer
   */
  public Optional<String> payerEntitySet() {
    return Optional.ofNullable(payerSet);
  }

  /**
   * {@code НазначениеПлатежа}.
   *
   * @return the payment purpose
   */
  public String purpose() {
    return purpose;
  }

  /**
   * {@code НомерВходящегоДокумента}: the number of the payer's payment order.
   *
   * @return the number, or empty for none ({@code ""} in 1C)
   */
  public Optional<String> paymentOrderNumber() {
    return Optional.ofNullable(paymentOrderNumber);
  }

  /**
   * {@code ДатаВходящегоДокумента}: the date of the payer's payment order.
   *
   * @return the date, or empty for none (1C's empty date)
   */
  public Optional<LocalDate> paymentOrderDate() {
    return Optional.ofNullable(paymentOrderDate);
  }

  @Override
  public String toString() {
    return "BankReceiptSeed{organization=" + organization + ", number=" + number + ", date=" + date + ", amount="
        + amount + ", posted=" + posted + ", deletionMark=" + deletionMark + ", operationKind=" + operationKind
        + ", payer=" + payerSet + "/" + payer + "}";
  }

  /** Builds a {@link BankReceiptSeed}. Not thread-safe. */
  public static final class Builder {
    private @Nullable UUID key;
    private @Nullable UUID organization;
    private @Nullable String number;
    private LocalDateTime date = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
    private BigDecimal amount = BigDecimal.ZERO;
    private boolean posted = true;
    private boolean deletionMark;
    private String operationKind = "ОплатаПокупателя";
    private @Nullable UUID payer;
    private @Nullable String payerSet;
    private String purpose = "";
    private @Nullable String paymentOrderNumber;
    private @Nullable LocalDate paymentOrderDate;

    private Builder() {
    }

    /**
     * The {@code Ref_Key} (default: generated).
     *
     * @param key the key
     * @return this
     */
    public Builder key(UUID key) {
      this.key = Objects.requireNonNull(key, "key");
      return this;
    }

    /**
     * The receiving organization (required).
     *
     * @param organization its {@code Ref_Key}
     * @return this
     */
    public Builder organization(UUID organization) {
      this.organization = Objects.requireNonNull(organization, "organization");
      return this;
    }

    /**
     * The number (default: the organization's next automatic number for the year).
     *
     * @param number the number, for example {@code 0000-000112}
     * @return this
     */
    public Builder number(String number) {
      this.number = Objects.requireNonNull(number, "number");
      return this;
    }

    /**
     * The date (default: now); fractions of a second are dropped.
     *
     * @param date the server's wall-clock date-time
     * @return this
     */
    public Builder date(LocalDateTime date) {
      this.date = Objects.requireNonNull(date, "date").truncatedTo(ChronoUnit.SECONDS);
      return this;
    }

    /**
     * The amount (default 0).
     *
     * @param amount non-negative amount in rubles
     * @return this
     */
    public Builder amount(BigDecimal amount) {
      this.amount = Objects.requireNonNull(amount, "amount");
      return this;
    }

    /**
     * Whether the document is posted (default true).
     *
     * @param posted the flag
     * @return this
     */
    public Builder posted(boolean posted) {
      this.posted = posted;
      return this;
    }

    /**
     * Whether the document is marked for deletion (default false).
     *
     * @param deletionMark the flag
     * @return this
     */
    public Builder deletionMark(boolean deletionMark) {
      this.deletionMark = deletionMark;
      return this;
    }

    /**
     * The operation kind (default {@code ОплатаПокупателя}).
     *
     * @param operationKind a value name of {@code ВидыОперацийПоступлениеДенежныхСредств}
     * @return this
     */
    public Builder operationKind(String operationKind) {
      this.operationKind = Objects.requireNonNull(operationKind, "operationKind");
      return this;
    }

    /**
     * The payer is a counterparty ({@code StandardODATA.Catalog_Контрагенты}).
     *
     * @param counterparty its {@code Ref_Key}
     * @return this
     */
    public Builder counterparty(UUID counterparty) {
      this.payer = Objects.requireNonNull(counterparty, "counterparty");
      this.payerSet = COUNTERPARTIES;
      return this;
    }

    /**
     * The payer is a natural person ({@code StandardODATA.Catalog_ФизическиеЛица}).
     *
     * @param naturalPerson its {@code Ref_Key}
     * @return this
     */
    public Builder naturalPerson(UUID naturalPerson) {
      this.payer = Objects.requireNonNull(naturalPerson, "naturalPerson");
      this.payerSet = NATURAL_PERSONS;
      return this;
    }

    /**
     * No payer (the default): {@code Контрагент} is {@code ""} with {@code StandardODATA.Undefined}.
     *
     * @return this
     */
    public Builder noPayer() {
      this.payer = null;
      this.payerSet = null;
      return this;
    }

    /**
     * The payment purpose (default empty).
     *
     * @param purpose the text; 1C keeps at most 210 characters
     * @return this
     */
    public Builder purpose(String purpose) {
      this.purpose = Objects.requireNonNull(purpose, "purpose");
      return this;
    }

    /**
     * The payer's payment order, as a bank statement loads it into {@code НомерВходящегоДокумента} and {@code
     * ДатаВходящегоДокумента} (default: none, the empty string and 1C's empty date).
     *
     * @param number the payment order number, e.g. {@code "307076"}
     * @param date its date
     * @return this
     */
    public Builder paymentOrder(String number, LocalDate date) {
      this.paymentOrderNumber = Objects.requireNonNull(number, "number");
      this.paymentOrderDate = Objects.requireNonNull(date, "date");
      return this;
    }

    /**
     * The seed.
     *
     * @return an immutable seed
     * @throws IllegalStateException when no organization was set
     */
    public BankReceiptSeed build() {
      if (organization == null) {
        throw new IllegalStateException("BankReceiptSeed needs organization(...)");
      }
      return new BankReceiptSeed(this);
    }
  }
}
