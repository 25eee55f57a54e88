package io.github.receiptbridge.onec;

import io.github.receiptbridge.onec.internal.ODataNames;
import io.github.receiptbridge.onec.model.ValueKind;

/**
 * An application's setup requirements for the tests of {@link OnecClient#checkSetup(SetupRequirements)}: the entity
 * sets the client's model reads and three additional-information properties, as a receipt application would need.
 */
final class SampleRequirements {
  /** A string property. */
  static final String STATUS = "СчетМаш_СтатусЧека";
  /** A number property. */
  static final String RECEIPT_ID = "СчетМаш_НомерЧека";
  /** A date-time property. */
  static final String CHECK_DATE = "СчетМаш_ДатаПроверкиСтатусаЧека";

  private SampleRequirements() {}

  /** The entity sets of the client's model and the three properties. */
  static SetupRequirements receiptProperties() {
    return SetupRequirements.builder()
        .addEntitySets(ODataNames.ORGANIZATIONS, ODataNames.COUNTERPARTIES, ODataNames.NATURAL_PERSONS,
            ODataNames.BANK_RECEIPTS, ODataNames.PROPERTIES, ODataNames.ADDITIONAL_INFO)
        .addProperties(
            PropertyRequirement.of(STATUS, ValueKind.STRING, "Строка"),
            PropertyRequirement.of(RECEIPT_ID, ValueKind.NUMBER, "Число (10, 0)"),
            PropertyRequirement.of(CHECK_DATE, ValueKind.DATE_TIME, "Дата (дата и время)"))
        .build();
  }
}
