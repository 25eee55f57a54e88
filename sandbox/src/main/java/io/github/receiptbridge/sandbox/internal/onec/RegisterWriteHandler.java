package io.github.receiptbridge.sandbox.internal.onec;

import io.github.receiptbridge.sandbox.internal.onec.model.BpSchema;
import io.github.receiptbridge.sandbox.internal.onec.model.CompositeValue;
import io.github.receiptbridge.sandbox.internal.onec.model.Defaults;
import io.github.receiptbridge.sandbox.internal.onec.model.ODataError;
import io.github.receiptbridge.sandbox.internal.onec.model.OnecNames;
import io.github.receiptbridge.sandbox.internal.onec.query.Selection;
import io.github.receiptbridge.sandbox.internal.onec.store.AdditionalInfoRecord;
import io.github.receiptbridge.sandbox.internal.onec.store.Infobase;
import io.github.receiptbridge.sandbox.internal.onec.wire.EntityUrls;
import io.github.receiptbridge.sandbox.internal.onec.wire.ODataResponse;
import io.github.receiptbridge.sandbox.internal.onec.wire.ResponseFormat;
import java.util.Map;
import java.util.UUID;

/**
 * Writes of {@code InformationRegister_ДополнительныеСведения} records: POST creates (200, or 201 when configured)
 * unless the key exists, which is 400 / 15 with the old record untouched; PATCH/PUT by key changes the value and
 * answers 200 with the record; DELETE answers 204. Both dimensions must be filled.
 */
final class RegisterWriteHandler {
  private final Infobase infobase;
  private final EntityLookup lookup;
  private final Renderer renderer;
  private final int postStatus;
  private final OnecFaults faults;

  RegisterWriteHandler(Infobase infobase, EntityLookup lookup, Renderer renderer, int postStatus,
      OnecFaults faults) {
    this.infobase = infobase;
    this.lookup = lookup;
    this.renderer = renderer;
    this.postStatus = postStatus;
    this.faults = faults;
  }

  /** Fails the write of {@code property}'s value when a failure of that property's writes is pending. */
  private void failIfInjected(UUID property) {
    String name = infobase.properties().get(property).map(item -> String.valueOf(item.get("Имя"))).orElse("");
    if (faults.takeFailedWriteOf(name)) {
      throw ODataError.internal("Ошибка при записи (имитация сбоя)");
    }
  }

  /** POST of a new record. */
  ODataResponse create(byte[] body, ResponseFormat format) {
    Map<String, Object> changes = BodyReader.changes(BodyReader.parse(body), BpSchema.ADDITIONAL_INFO, null,
        infobase.composition());
    CompositeValue object = (CompositeValue) changes.getOrDefault(OnecNames.OBJECT, CompositeValue.UNDEFINED);
    if (OnecNames.UNDEFINED_TYPE.equals(object.type())) {
      throw ODataError.internal("Не заполнено поле \"Объект\"");
    }
    if (!object.isReference()) {
      throw ODataError.invalidCompositeType(object.type(), OnecNames.OBJECT + "_Type");
    }
    UUID property = (UUID) changes.getOrDefault(OnecNames.PROPERTY_KEY, Defaults.EMPTY_REF);
    if (Defaults.EMPTY_REF.equals(property)) {
      throw ODataError.internal("Не заполнено поле \"Свойство\"");
    }
    failIfInjected(property);
    CompositeValue value = (CompositeValue) changes.getOrDefault(OnecNames.VALUE, CompositeValue.UNDEFINED);
    AdditionalInfoRecord record = new AdditionalInfoRecord(UUID.fromString(object.value()), object.type(), property,
        value.value(), value.type());
    if (!infobase.additionalInfo().insert(record)) {
      throw ODataError.duplicateKey();
    }
    ODataResponse response = renderer.entity(record, Selection.ALL, format, postStatus);
    return postStatus == 201
        ? response.withHeader("Location", renderer.serviceRoot() + EntityUrls.canonical(record)) : response;
  }

  /** PATCH or PUT of a record's value. */
  ODataResponse update(String keyText, byte[] body, ResponseFormat format) {
    AdditionalInfoRecord.Key key = lookup.registerKey(keyText);
    Map<String, Object> changes = BodyReader.changes(BodyReader.parse(body), BpSchema.ADDITIONAL_INFO, null,
        infobase.composition());
    AdditionalInfoRecord current = infobase.additionalInfo().get(key).orElseThrow(ODataError::entityNotFound);
    failIfInjected(current.property());
    CompositeValue value = (CompositeValue) changes.getOrDefault(OnecNames.VALUE,
        new CompositeValue(current.value(), current.valueType()));
    AdditionalInfoRecord updated = infobase.additionalInfo().update(key, value.value(), value.type())
        .orElseThrow(ODataError::entityNotFound);
    return renderer.entity(updated, Selection.ALL, format, 200);
  }

  /** DELETE of a record. */
  ODataResponse delete(String keyText) {
    if (!infobase.additionalInfo().remove(lookup.registerKey(keyText))) {
      throw ODataError.entityNotFound();
    }
    return ODataResponse.of(204, null, new byte[0]);
  }
}
