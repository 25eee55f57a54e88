package io.github.receiptbridge.onec;

import io.github.receiptbridge.onec.internal.ODataNames;
import io.github.receiptbridge.onec.model.ValueKind;
import java.util.List;
import org.immutables.value.Value;

/** What must exist in 1C for an application: published entity sets and additional-information properties. */
@Value.Immutable
abstract class AbstractSetupRequirements {
  /** The developer name of the receipt status property (string). */
  public static final String STATUS_PROPERTY = "СчетМаш_СтатусЧека";
  /** The developer name of the receipt id property (number 10,0). */
  public static final String RECEIPT_ID_PROPERTY = "СчетМаш_НомерЧека";
  /** The developer name of the last status check property (date-time). */
  public static final String CHECK_DATE_PROPERTY = "СчетМаш_ДатаПроверкиСтатусаЧека";

  /** Entity sets that must be in the OData composition. */
  public abstract List<String> entitySets();

  /** Additional-information properties of bank receipts that must exist. */
  public abstract List<PropertyRequirement> properties();

  /**
   * What receipt registration needs: organizations, counterparties, natural persons, bank receipts, the property
   * chart and the additional-information register, and the three properties {@value #STATUS_PROPERTY} (string),
   * {@value #RECEIPT_ID_PROPERTY} (number 10,0) and {@value #CHECK_DATE_PROPERTY} (date-time).
   */
  public static SetupRequirements receiptRegistration() {
    return SetupRequirements.builder()
        .addEntitySets(ODataNames.ORGANIZATIONS, ODataNames.COUNTERPARTIES, ODataNames.NATURAL_PERSONS,
            ODataNames.BANK_RECEIPTS, ODataNames.PROPERTIES, ODataNames.ADDITIONAL_INFO)
        .addProperties(
            PropertyRequirement.of(STATUS_PROPERTY, ValueKind.STRING, "Строка"),
            PropertyRequirement.of(RECEIPT_ID_PROPERTY, ValueKind.NUMBER, "Число (10, 0)"),
            PropertyRequirement.of(CHECK_DATE_PROPERTY, ValueKind.DATE_TIME, "Дата (дата и время)"))
        .build();
  }
}
