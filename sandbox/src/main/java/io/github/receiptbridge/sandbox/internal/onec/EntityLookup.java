package io.github.receiptbridge.sandbox.internal.onec;

import io.github.receiptbridge.sandbox.internal.onec.model.BpSchema;
import io.github.receiptbridge.sandbox.internal.onec.model.Entity;
import io.github.receiptbridge.sandbox.internal.onec.model.EntityTypeDef;
import io.github.receiptbridge.sandbox.internal.onec.model.ODataError;
import io.github.receiptbridge.sandbox.internal.onec.model.OnecNames;
import io.github.receiptbridge.sandbox.internal.onec.store.AdditionalInfoRecord;
import io.github.receiptbridge.sandbox.internal.onec.store.Infobase;
import java.util.Map;
import java.util.UUID;

/** Finds the entity a key URL names, or answers 404 / 9; validates register keys on the way. */
final class EntityLookup {
  private static final String OBJECT_TYPE = OnecNames.OBJECT + "_Type";

  private final Infobase infobase;

  EntityLookup(Infobase infobase) {
    this.infobase = infobase;
  }

  /**
   * The entity of {@code type} with the key written as {@code keyText}.
   *
   * @throws ODataError 404 / 9 when there is none; 400 for a malformed key
   */
  Entity find(EntityTypeDef type, String keyText) {
    switch (type.kind()) {
      case INFORMATION_REGISTER:
        return infobase.additionalInfo().get(registerKey(keyText)).orElseThrow(ODataError::entityNotFound);
      case TABULAR_SECTION:
        return row(keyText);
      default:
        return infobase.find(type.name(), KeyPredicate.referenceKey(keyText))
            .orElseThrow(ODataError::entityNotFound);
    }
  }

  /**
   * The key of an additional-information record: {@code Объект='<guid>'}, {@code Объект_Type='StandardODATA.…'}
   * and {@code Свойство_Key=guid'…'}.
   *
   * @throws ODataError 400 / 7 for a missing element, 400 / 4 for a type without namespace, 400 / 1 for a value
   *     that is not a GUID
   */
  AdditionalInfoRecord.Key registerKey(String keyText) {
    Map<String, Object> values = KeyPredicate.named(keyText);
    for (String name : values.keySet()) {
      if (!BpSchema.ADDITIONAL_INFO.keys().contains(name)) {
        throw ODataError.pathSegmentNotFound(name);
      }
    }
    for (String name : BpSchema.ADDITIONAL_INFO.keys()) {
      if (!values.containsKey(name)) {
        throw ODataError.keyElementMissing(name);
      }
    }
    Object type = values.get(OBJECT_TYPE);
    if (!(type instanceof String)) {
      throw ODataError.invalidCompositeType(String.valueOf(type), OBJECT_TYPE);
    }
    String storedType = TypeNames.reference((String) type, OBJECT_TYPE, infobase.composition());
    Object object = values.get(OnecNames.OBJECT);
    UUID objectKey = object instanceof UUID ? (UUID) object : ValueReader.guid(String.valueOf(object));
    Object property = values.get(OnecNames.PROPERTY_KEY);
    if (!(property instanceof UUID)) {
      throw ODataError.cannotParse(String.valueOf(property), "Edm.Guid");
    }
    return new AdditionalInfoRecord.Key(objectKey, storedType, (UUID) property);
  }

  private Entity row(String keyText) {
    Map<String, Object> values = KeyPredicate.named(keyText);
    Object owner = values.get(OnecNames.REF_KEY);
    Object line = values.get(OnecNames.LINE_NUMBER);
    if (!(owner instanceof UUID)) {
      throw ODataError.keyElementMissing(OnecNames.REF_KEY);
    }
    if (!(line instanceof Long)) {
      throw ODataError.keyElementMissing(OnecNames.LINE_NUMBER);
    }
    return infobase.bankReceipts().get((UUID) owner)
        .flatMap(document -> document.decodingRows(BpSchema.BANK_RECEIPT_DECODING).stream()
            .filter(row -> line.equals(row.get(OnecNames.LINE_NUMBER))).findFirst())
        .orElseThrow(ODataError::entityNotFound);
  }
}
