package io.github.receiptbridge.onec.internal;

import io.github.receiptbridge.onec.query.ODataFilter;
import io.github.receiptbridge.onec.query.ODataLiteral;
import io.github.receiptbridge.onec.query.ODataQuery;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** The queries behind the client's typed reads of organizations and bank receipts. */
public final class ModelQueries {
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
    Objects.requireNonNull(organizationKey, "organizationKey");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("The period ends (" + to + ") before it starts (" + from + ")");
    }
    return ODataQuery.of(ODataNames.BANK_RECEIPTS)
        .filter(ODataFilter.ge(ODataNames.DATE, ODataLiteral.dateTime(from.atStartOfDay()))
            .and(ODataFilter.lt(ODataNames.DATE, ODataLiteral.dateTime(to.plusDays(1).atStartOfDay())))
            .and(ODataFilter.eq(ODataNames.ORGANIZATION_KEY, ODataLiteral.guid(organizationKey))));
  }

  /** {@link #bankReceipts} with every column, in the stable order paging needs (date, then number). */
  public static ODataQuery bankReceiptPages(UUID organizationKey, LocalDate from, LocalDate to) {
    return bankReceipts(organizationKey, from, to).select("**").orderBy(ODataNames.DATE, ODataNames.NUMBER);
  }
}
