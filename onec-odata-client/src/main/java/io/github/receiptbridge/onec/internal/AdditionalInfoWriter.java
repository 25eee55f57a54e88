package io.github.receiptbridge.onec.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.receiptbridge.onec.errors.OnecDuplicateKeyException;
import io.github.receiptbridge.onec.errors.OnecNotFoundException;
import io.github.receiptbridge.onec.errors.OnecTransportException;
import io.github.receiptbridge.onec.errors.OnecWriteVerificationException;
import io.github.receiptbridge.onec.model.AdditionalInfoRecord;
import io.github.receiptbridge.onec.model.AdditionalValue;
import java.util.Optional;
import java.util.UUID;
import okhttp3.HttpUrl;

/**
 * Create-or-update of one additional-info record, then a re-read that proves 1C stored the value: POST the record;
 * on code 15 (it exists) PATCH its key URL; on a lost answer re-read and finish what is missing. Repeating the whole
 * operation is therefore safe.
 */
public final class AdditionalInfoWriter {
  private final OdataHttp http;
  private final HttpUrl serviceRoot;
  private final ObjectMapper mapper;
  private final EntityReader reader;

  /** A writer over {@code http}. */
  public AdditionalInfoWriter(OdataHttp http, HttpUrl serviceRoot, ObjectMapper mapper, EntityReader reader) {
    this.http = http;
    this.serviceRoot = serviceRoot;
    this.mapper = mapper;
    this.reader = reader;
  }

  /** Writes {@code value} for ({@code objectKey}, {@code property}) and returns the record as re-read. */
  public AdditionalInfoRecord upsert(String objectEntitySet, UUID objectKey, UUID property, AdditionalValue value) {
    String objectType = OdataNames.qualified(objectEntitySet);
    HttpUrl recordUrl = OdataUrls.additionalInfoRecord(serviceRoot, objectKey, objectType, property);
    try {
      http.post(OdataUrls.entitySet(serviceRoot, OdataNames.ADDITIONAL_INFO),
          createBody(objectKey, objectType, property, value), OdataNames.ADDITIONAL_INFO);
    } catch (OnecDuplicateKeyException exists) {
      http.patch(recordUrl, valueBody(value), OdataNames.ADDITIONAL_INFO);
    } catch (OnecTransportException lost) {
      Optional<AdditionalInfoRecord> stored = read(recordUrl);
      if (stored.isEmpty()) {
        http.post(OdataUrls.entitySet(serviceRoot, OdataNames.ADDITIONAL_INFO),
            createBody(objectKey, objectType, property, value), OdataNames.ADDITIONAL_INFO);
      } else if (!stored.get().value().sameValueAs(value)) {
        http.patch(recordUrl, valueBody(value), OdataNames.ADDITIONAL_INFO);
      }
    }
    AdditionalInfoRecord stored = read(recordUrl).orElseThrow(() -> new OnecWriteVerificationException(
        describe(objectKey, property), value.text(), "(no record)"));
    if (!stored.value().sameValueAs(value)) {
      throw new OnecWriteVerificationException(
          describe(objectKey, property), value.text() + " " + value.rawType(),
          stored.value().text() + " " + stored.value().rawType());
    }
    return stored;
  }

  private Optional<AdditionalInfoRecord> read(HttpUrl recordUrl) {
    try {
      JsonNode node = http.get(recordUrl, OdataNames.ADDITIONAL_INFO);
      return Optional.of(reader.additionalInfoRecord(node));
    } catch (OnecNotFoundException e) {
      return Optional.empty();
    }
  }

  private ObjectNode createBody(UUID objectKey, String objectType, UUID property, AdditionalValue value) {
    ObjectNode body = mapper.createObjectNode();
    body.put(OdataNames.OBJECT, objectKey.toString());
    body.put(OdataNames.OBJECT_TYPE, objectType);
    body.put(OdataNames.PROPERTY_KEY, property.toString());
    body.setAll(valueBody(value));
    return body;
  }

  private ObjectNode valueBody(AdditionalValue value) {
    ObjectNode body = mapper.createObjectNode();
    body.put(OdataNames.VALUE, value.text());
    body.put(OdataNames.VALUE_TYPE, value.rawType());
    return body;
  }

  private static String describe(UUID objectKey, UUID property) {
    return "additional information " + property + " of " + objectKey;
  }
}
