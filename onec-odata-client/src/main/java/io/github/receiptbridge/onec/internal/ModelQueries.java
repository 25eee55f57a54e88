package io.github.receiptbridge.onec.internal;

import io.github.receiptbridge.onec.query.ODataFilter;
import io.github.receiptbridge.onec.query.ODataLiteral;
import io.github.receiptbridge.onec.query.ODataQuery;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The queries behind the client's typed reads of organizations, bank receipts and bank withdrawals. */
public final class ModelQueries {
  /** The header fields {@link EntityReader#bankReceipt} reads. */
  private static final String[] BANK_RECEIPT_COLUMNS = {ODataNames.REF_KEY, ODataNames.DELETION_MARK,
      ODataNames.NUMBER, ODataNames.DATE, ODataNames.POSTED, ODataNames.ORGANIZATION_KEY, ODataNames.OPERATION_KIND,
      ODataNames.AMOUNT, ODataNames.PURPOSE, ODataNames.INCOMING_NUMBER, ODataNames.INCOMING_DATE, ODataNames.PAYER,
      ODataNames.PAYER_TYPE};

  private ModelQueries() {}

  /** Every organization, with the columns {@link EntityReader#organization} reads, by name. */
  public static ODataQuery organizations() {
    return ODataQuery.of(ODataNames.ORGANIZATIONS)
        .select(ODataNames.REF_KEY, ODataNames.DESCRIPTION, ODataNames.INN, ODataNames.KPP, ODataNames.FULL_NAME)
        .orderBy(ODataNames.DESCRIPTION);
  }

  /** The organization with this {@code Ref_Key}. */
  public static ODataQuery organization(UUID key) {
    return organizations().filter(ODataFilter.eq(ODataNames.REF_KEY, ODataLiteral.guid(key)));
  }

  /** The organizations whose INN is {@code innOrName} (10 or 12 digits), or else whose short or full name is it. */
  public static ODataQuery organizationsMatching(String innOrName) {
    ODataFilter filter = innOrName.matches("\\d{10}|\\d{12}")
        ? ODataFilter.eq(ODataNames.INN, ODataLiteral.string(innOrName))
        : ODataFilter.eq(ODataNames.DESCRIPTION, ODataLiteral.string(innOrName))
            .or(ODataFilter.eq(ODataNames.FULL_NAME, ODataLiteral.string(innOrName)));
    return organizations().filter(filter);
  }

  /**
   * The bank receipts of an organization dated from {@code from} to {@code to}, both inclusive: the filter alone,
   * as {@code $count} takes it.
   *
   * @throws IllegalArgumentException when the period ends before it starts
   */
  public static ODataQuery bankReceipts(UUID organizationKey, LocalDate from, LocalDate to) {
    return ODataQuery.of(ODataNames.BANK_RECEIPTS).filter(period(organizationKey, from, to));
  }

  /**
   * {@link #bankReceipts} with the columns {@link EntityReader#bankReceipt} reads, in the stable order paging needs
   * (date, then number). An explicit {@code $select}: a document of БП 3.0 has some 50 header fields, and reading
   * all of them ({@code **}) made a page ten times the size of the 13 the model uses.
   */
  public static ODataQuery bankReceiptPages(UUID organizationKey, LocalDate from, LocalDate to) {
    return bankReceipts(organizationKey, from, to).select(BANK_RECEIPT_COLUMNS)
        .orderBy(ODataNames.DATE, ODataNames.NUMBER);
  }

  /** The bank receipt with this {@code Ref_Key}, with the columns of a page, whatever its date and organization. */
  public static ODataQuery bankReceipt(UUID key) {
    return ODataQuery.of(ODataNames.BANK_RECEIPTS).select(BANK_RECEIPT_COLUMNS)
        .filter(ODataFilter.eq(ODataNames.REF_KEY, ODataLiteral.guid(Objects.requireNonNull(key, "key"))));
  }

  /**
   * The bank withdrawals of an organization dated from {@code from} to {@code to}, both inclusive, of one operation
   * kind when {@code operationKind} is not {@code null}: the filter alone, as {@code $count} takes it.
   *
   * @throws IllegalArgumentException when the period ends before it starts
   */
  public static ODataQuery bankWithdrawals(UUID organizationKey, LocalDate from, LocalDate to,
      @Nullable String operationKind) {
    ODataFilter filter = period(organizationKey, from, to);
    if (operationKind != null) {
      filter = filter.and(ODataFilter.eq(ODataNames.OPERATION_KIND, ODataLiteral.string(operationKind)));
    }
    return ODataQuery.of(ODataNames.BANK_WITHDRAWALS).filter(filter);
  }

  /**
   * {@link #bankWithdrawals} with the header fields the model reads and the three columns of {@code
   * РасшифровкаПлатежа} it needs ({@code $select=**} would drop the tabular part, {@code *} would bring all of
   * it), in the stable order paging needs (date, then number).
   */
  public static ODataQuery bankWithdrawalPages(UUID organizationKey, LocalDate from, LocalDate to,
      @Nullable String operationKind) {
    String row = ODataNames.DECODING + "/";
    return bankWithdrawals(organizationKey, from, to, operationKind)
        .select(ODataNames.REF_KEY, ODataNames.DELETION_MARK, ODataNames.NUMBER, ODataNames.DATE, ODataNames.POSTED,
            ODataNames.ORGANIZATION_KEY, ODataNames.OPERATION_KIND, ODataNames.PAYER, ODataNames.PAYER_TYPE,
            ODataNames.AMOUNT, ODataNames.PURPOSE, ODataNames.BASIS_DOCUMENT, ODataNames.BASIS_DOCUMENT_TYPE,
            row + ODataNames.LINE_NUMBER, row + ODataNames.SETTLEMENT_DOCUMENT,
            row + ODataNames.SETTLEMENT_DOCUMENT_TYPE, row + ODataNames.ROW_AMOUNT)
        .orderBy(ODataNames.DATE, ODataNames.NUMBER);
  }

  /**
   * The predefined item {@code predefinedName} of {@code Catalog_НаборыДополнительныхРеквизитовИСведений} with the
   * {@code Свойство_Key} of each row of its {@code ДополнительныеСведения} (an explicit {@code $select}: {@code **}
   * would drop the tabular part).
   */
  public static ODataQuery propertySet(String predefinedName) {
    return ODataQuery.of(ODataNames.PROPERTY_SETS)
        .filter(ODataFilter.eq(ODataNames.PREDEFINED_NAME, ODataLiteral.string(predefinedName)))
        .select(ODataNames.REF_KEY, ODataNames.PREDEFINED_NAME,
            ODataNames.SET_ADDITIONAL_INFO + "/" + ODataNames.PROPERTY_KEY);
  }

  private static ODataFilter period(UUID organizationKey, LocalDate from, LocalDate to) {
    Objects.requireNonNull(organizationKey, "organizationKey");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("The period ends (" + to + ") before it starts (" + from + ")");
    }
    return ODataFilter.ge(ODataNames.DATE, ODataLiteral.dateTime(from.atStartOfDay()))
        .and(ODataFilter.lt(ODataNames.DATE, ODataLiteral.dateTime(to.plusDays(1).atStartOfDay())))
        .and(ODataFilter.eq(ODataNames.ORGANIZATION_KEY, ODataLiteral.guid(organizationKey)));
  }
}
