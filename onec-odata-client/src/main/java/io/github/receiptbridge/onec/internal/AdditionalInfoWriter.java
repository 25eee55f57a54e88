package io.github.receiptbridge.onec.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.receiptbridge.onec.errors.OnecDuplicateKeyException;
import io.github.receiptbridge.onec.errors.OnecNotFoundException;
import io.github.receiptbridge.onec.errors.OnecException;
import io.github.receiptbridge.onec.errors.OnecWriteVerificationException;
import io.github.receiptbridge.onec.model.AdditionalInfoRecord;
import io.github.receiptbridge.onec.model.AdditionalValue;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import okhttp3.HttpUrl;

/**
 * Create-or-update of one additional-info record, then a re-read that proves 1C stored the value: POST the record;
 * on code 15 (it exists) PATCH its key URL; on a lost answer re-read and finish what is missing. Repeating the whole
 * operation is therefore safe.
 */
public final class AdditionalInfoWriter {
  /** What the caller expects of the record, which decides the request that goes first. */
  public enum Expectation {
    /** The property was never written for the object: POST first. */
    NEW_RECORD,
    /** The property was written before: PATCH first. */
    EXISTING_RECORD
  }

  private final ODataHttp http;
  private final HttpUrl serviceRoot;
  private final HttpUrl setUrl;
  private final ObjectMapper mapper;
  private final EntityReader reader;

  /** A writer over {@code http}. */
  public AdditionalInfoWriter(ODataHttp http, HttpUrl serviceRoot, ObjectMapper mapper, EntityReader reader) {
    this.http = http;
    this.serviceRoot = serviceRoot;
    this.setUrl = ODataUrls.entitySet(serviceRoot, ODataNames.ADDITIONAL_INFO); // built once: every POST goes here
    this.mapper = mapper;
    this.reader = reader;
  }

  /**
   * Writes {@code value} for ({@code objectKey}, {@code property}) and returns the record as 1C stored it. 1C answers
   * a POST or PATCH with the stored record, so that answer is the re-read; only an answer without it (or a lost one)
   * costs an extra GET.
   */
  public AdditionalInfoRecord upsert(String objectEntitySet, UUID objectKey, UUID property, AdditionalValue value) {
    return upsert(objectEntitySet, objectKey, property, value, Expectation.NEW_RECORD);
  }

  /**
   * As {@link #upsert(String, UUID, UUID, AdditionalValue)}; when the record probably exists already ({@link
   * Expectation#EXISTING_RECORD}), the PATCH goes first (and a 404 falls back to the POST), which saves the POST that
   * would only be refused with code 15. The record's key URL (long, with the Cyrillic type name) is built only when a
   * PATCH or a re-read needs it.
   */
  public AdditionalInfoRecord upsert(
      String objectEntitySet, UUID objectKey, UUID property, AdditionalValue value, Expectation expectation) {
    String objectType = ODataNames.qualified(objectEntitySet);
    Supplier<HttpUrl> recordUrl = () -> ODataUrls.additionalInfoRecord(serviceRoot, objectKey, objectType, property);
    Optional<AdditionalInfoRecord> stored;
    try {
      if (expectation == Expectation.EXISTING_RECORD) {
        try {
          stored = record(http.patch(recordUrl.get(), valueBody(value), ODataNames.ADDITIONAL_INFO));
        } catch (OnecNotFoundException absent) {
          stored = record(http.post(setUrl, createBody(objectKey, objectType, property, value),
              ODataNames.ADDITIONAL_INFO));
        }
      } else {
        stored = record(http.post(setUrl, createBody(objectKey, objectType, property, value),
            ODataNames.ADDITIONAL_INFO));
      }
    } catch (OnecDuplicateKeyException exists) {
      stored = record(http.patch(recordUrl.get(), valueBody(value), ODataNames.ADDITIONAL_INFO));
    } catch (OnecException failure) {
      if (!http.isUnknownOutcome(failure)) {
        throw failure;
      }
      Optional<AdditionalInfoRecord> found = read(recordUrl.get());
      if (found.isEmpty()) {
        stored = record(http.post(setUrl, createBody(objectKey, objectType, property, value),
            ODataNames.ADDITIONAL_INFO));
      } else if (!found.get().value().sameValueAs(value)) {
        stored = record(http.patch(recordUrl.get(), valueBody(value), ODataNames.ADDITIONAL_INFO));
      } else {
        stored = found;
      }
    }
    if (stored.isEmpty()) {
      stored = read(recordUrl.get());
    }
    AdditionalInfoRecord record = stored.orElseThrow(() -> new OnecWriteVerificationException(
        describe(objectKey, property), value.text(), "(no record)"));
    if (!record.objectKey().equals(objectKey) || !record.propertyKey().equals(property)
        || !record.value().sameValueAs(value)) {
      throw new OnecWriteVerificationException(
          describe(objectKey, property), value.text() + " " + value.rawType(),
          record.value().text() + " " + record.value().rawType());
    }
    return record;
  }

  /** The record in a write's answer, when 1C sent one. */
  private Optional<AdditionalInfoRecord> record(JsonNode answer) {
    if (answer == null || !answer.isObject() || !answer.has(ODataNames.VALUE) || !answer.has(ODataNames.OBJECT)) {
      return Optional.empty();
    }
    return Optional.of(reader.additionalInfoRecord(answer));
  }

  private Optional<AdditionalInfoRecord> read(HttpUrl recordUrl) {
    try {
      JsonNode node = http.get(recordUrl, ODataNames.ADDITIONAL_INFO);
      return Optional.of(reader.additionalInfoRecord(node));
    } catch (OnecNotFoundException e) {
      return Optional.empty();
    }
  }

  private ObjectNode createBody(UUID objectKey, String objectType, UUID property, AdditionalValue value) {
    ObjectNode body = mapper.createObjectNode();
    body.put(ODataNames.OBJECT, objectKey.toString());
    body.put(ODataNames.OBJECT_TYPE, objectType);
    body.put(ODataNames.PROPERTY_KEY, property.toString());
    body.setAll(valueBody(value));
    return body;
  }

  private ObjectNode valueBody(AdditionalValue value) {
    ObjectNode body = mapper.createObjectNode();
    body.put(ODataNames.VALUE, value.text());
    body.put(ODataNames.VALUE_TYPE, value.rawType());
    return body;
  }

  private static String describe(UUID objectKey, UUID property) {
    return "additional information " + property + " of " + objectKey;
  }
}
