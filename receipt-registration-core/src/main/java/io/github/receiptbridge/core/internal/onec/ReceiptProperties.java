package io.github.receiptbridge.core.internal.onec;

import io.github.receiptbridge.onec.PropertyRequirement;
import io.github.receiptbridge.onec.SetupRequirements;
import io.github.receiptbridge.onec.model.ValueKind;

/**
 * What the workflow keeps in 1C and needs there: the three «дополнительные сведения» of a document and the entity
 * sets it reads and writes. {@link io.github.receiptbridge.core.onec.OnecLedger} publishes them.
 */
public final class ReceiptProperties {
  /** The developer name ({@code Имя}) of the receipt status property, a string. */
  public static final String STATUS = "СчетМаш_СтатусЧека";
  /** The developer name of the receipt id property, a number (10, 0). */
  public static final String RECEIPT_ID = "СчетМаш_НомерЧека";
  /** The developer name of the property of the last status check, a date and time. */
  public static final String CHECK_DATE = "СчетМаш_ДатаПроверкиСтатусаЧека";

  private ReceiptProperties() {}

  /** The entity sets and the three properties, for {@code OnecClient.checkSetup}. */
  public static SetupRequirements setupRequirements() {
    return SetupRequirements.builder()
        .addEntitySets("Catalog_Организации", "Catalog_Контрагенты", "Catalog_ФизическиеЛица",
            OnecLedgerAdapter.BANK_RECEIPTS, "ChartOfCharacteristicTypes_ДополнительныеРеквизитыИСведения",
            "InformationRegister_ДополнительныеСведения")
        .addProperties(
            PropertyRequirement.of(STATUS, ValueKind.STRING, "Строка"),
            PropertyRequirement.of(RECEIPT_ID, ValueKind.NUMBER, "Число (10, 0)"),
            PropertyRequirement.of(CHECK_DATE, ValueKind.DATE_TIME, "Дата (дата и время)"))
        .build();
  }

  /**
   * What refund receipts need beyond {@link #setupRequirements()}: the refund documents' entity set ({@value
   * OnecLedgerAdapter#BANK_WITHDRAWALS}), on which their three values are kept. A separate set, checked only by the
   * refund operations (and by status passes, which leave refunds out without it), so that a publication without it
   * still registers sales.
   */
  public static SetupRequirements refundSetupRequirements() {
    return SetupRequirements.builder().from(setupRequirements())
        .addEntitySets(OnecLedgerAdapter.BANK_WITHDRAWALS)
        .build();
  }
}
