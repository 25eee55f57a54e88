package io.github.receiptbridge.sandbox;

/**
 * The kind of a property of {@code ChartOfCharacteristicTypes_ДополнительныеРеквизитыИСведения}, its
 * {@code ЭтоДополнительноеСведение}; see {@link OnecData#addProperty(String, String, PropertyKind)}.
 *
 * @since 0.1.0
 */
public enum PropertyKind {
  /**
   * «Дополнительное сведение» ({@code ЭтоДополнительноеСведение} true): its values are records of the register
   * {@code InformationRegister_ДополнительныеСведения}, as the receipt status properties' are. The sandbox puts it in
   * the property set «Документ_ПоступлениеНаРасчетныйСчет».
   */
  ADDITIONAL_INFO,
  /**
   * «Дополнительный реквизит» ({@code ЭтоДополнительноеСведение} false): its values are stored in the object's own
   * {@code ДополнительныеРеквизиты} tabular part, not in the register. The sandbox puts it in the property set
   * «Справочник_Контрагенты».
   */
  ADDITIONAL_ATTRIBUTE
}
