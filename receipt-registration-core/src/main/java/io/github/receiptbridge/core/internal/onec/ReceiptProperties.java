package io.github.receiptbridge.core.internal.onec;

import io.github.receiptbridge.onec.OnecClient;
import io.github.receiptbridge.onec.PropertyRequirement;
import io.github.receiptbridge.onec.SetupRequirements;
import io.github.receiptbridge.onec.errors.OnecException;
import io.github.receiptbridge.onec.model.AdditionalProperty;
import io.github.receiptbridge.onec.model.ValueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

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

  /** {@code PredefinedDataName} of the property set of «Поступление на расчетный счет». */
  public static final String RECEIPT_SET = "Документ_ПоступлениеНаРасчетныйСчет";
  /** {@code PredefinedDataName} of the property set of «Списание с расчетного счета». */
  public static final String REFUND_SET = "Документ_СписаниеСРасчетногоСчета";

  /**
   * Whether the found properties are in the sets of the two document types (§5.2 of {@code onec-odata.md}; the
   * catalog's shape is UNCONFIRMED on a live base). A property missing from the receipts' set is a problem, from the
   * refunds' set a warning; an unreadable catalog gives one neutral line, since the values go to the register
   * anyway.
   */
  public static List<String> propertySetLines(OnecClient client, Map<String, AdditionalProperty> found) {
    Optional<Set<UUID>> receipts;
    Optional<Set<UUID>> refunds;
    try {
      receipts = client.propertySetMembers(RECEIPT_SET);
      refunds = client.propertySetMembers(REFUND_SET);
    } catch (OnecException | IllegalStateException unreadable) {
      return List.of(couldNotCheck(unreadable.getMessage()));
    }
    if (receipts.isEmpty() || refunds.isEmpty()) {
      return List.of(couldNotCheck("Catalog_НаборыДополнительныхРеквизитовИСведений is not published or has no "
          + "predefined item " + (receipts.isEmpty() ? RECEIPT_SET : REFUND_SET)));
    }
    List<String> lines = new ArrayList<>();
    List<String> missingFromReceipts = missing(found, receipts.get());
    List<String> missingFromRefunds = missing(found, refunds.get());
    if (missingFromReceipts.isEmpty()) {
      lines.add("property set " + RECEIPT_SET + ": has " + String.join(", ", present(found)));
    } else {
      lines.add("problem: property set " + RECEIPT_SET + " lacks " + String.join(", ", missingFromReceipts)
          + "; add them in Администрирование → Общие настройки → Дополнительные реквизиты и сведения → "
          + "Поступление на расчетный счет → Дополнительные сведения → Добавить → Выбрать из списка");
    }
    if (missingFromRefunds.isEmpty()) {
      lines.add("property set " + REFUND_SET + ": has " + String.join(", ", present(found)));
    } else {
      lines.add("warning: refunds: property set " + REFUND_SET + " lacks " + String.join(", ", missingFromRefunds)
          + "; add them in Администрирование → Общие настройки → Дополнительные реквизиты и сведения → "
          + "Списание с расчетного счета → Дополнительные сведения to see the refund receipts' values on those "
          + "documents; registering sales does not need it");
    }
    return lines;
  }

  private static String couldNotCheck(String why) {
    return "property sets: could not be checked (" + why + "); the values are written to the register anyway";
  }

  private static List<String> present(Map<String, AdditionalProperty> found) {
    return List.of(STATUS, RECEIPT_ID, CHECK_DATE).stream().filter(found::containsKey).toList();
  }

  private static List<String> missing(Map<String, AdditionalProperty> found, Set<UUID> members) {
    return present(found).stream().filter(name -> !members.contains(found.get(name).key())).toList();
  }
}
