package io.github.receiptbridge.onec.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.receiptbridge.onec.model.AdditionalInfoRecord;
import io.github.receiptbridge.onec.model.AdditionalProperty;
import io.github.receiptbridge.onec.model.PayerContacts;
import io.github.receiptbridge.onec.model.PayerKind;
import io.github.receiptbridge.onec.model.PayerRef;
import io.github.receiptbridge.onec.query.ODataFilter;
import io.github.receiptbridge.onec.query.ODataLiteral;
import io.github.receiptbridge.onec.query.ODataQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Reads of many objects at once: one request per chunk of keys, each chunk an {@code or} of clauses whose encoded
 * {@code $filter} stays under the length budget. 1C has no {@code $batch}, so this is how a period's payers and saved
 * states are read without one request per document.
 */
public final class BulkReader {
  private final ODataHttp http;
  private final EntityReader reader;
  private final int maxFilterLength;

  /** A reader over {@code http} with chunks of at most {@code maxFilterLength} encoded filter characters. */
  public BulkReader(ODataHttp http, EntityReader reader, int maxFilterLength) {
    this.http = http;
    this.reader = reader;
    this.maxFilterLength = maxFilterLength;
  }

  /**
   * Contacts and legal form of each distinct counterparty or natural person; other payer kinds and missing payers are
   * left out.
   */
  public Map<PayerRef, PayerContacts> payerContacts(Collection<PayerRef> payers) {
    Map<PayerKind, Map<UUID, PayerRef>> byKind = new LinkedHashMap<>();
    for (PayerRef payer : new LinkedHashSet<>(payers)) {
      if (payer.kind() != PayerKind.OTHER) {
        byKind.computeIfAbsent(payer.kind(), k -> new LinkedHashMap<>()).put(payer.key(), payer);
      }
    }
    Map<PayerRef, PayerContacts> contacts = new LinkedHashMap<>();
    byKind.forEach((kind, refs) -> {
      List<ODataFilter> clauses = refs.keySet().stream()
          .map(key -> ODataFilter.eq(ODataNames.REF_KEY, ODataLiteral.guid(key)))
          .toList();
      for (List<ODataFilter> chunk : FilterChunks.split(clauses, maxFilterLength)) {
        List<String> columns = new ArrayList<>(List.of(ODataNames.REF_KEY, ODataNames.DESCRIPTION, ODataNames.INN,
            contactColumn(ODataNames.CONTACT_KIND), contactColumn(ODataNames.CONTACT_EMAIL),
            contactColumn(ODataNames.CONTACT_PHONE), contactColumn(ODataNames.CONTACT_PRESENTATION)));
        if (kind == PayerKind.COUNTERPARTY) {
          columns.add(ODataNames.LEGAL_FORM);
        }
        ODataQuery query = ODataQuery.of(kind.entitySet())
            .filter(ODataFilter.anyOf(chunk))
            .select(columns.toArray(String[]::new));
        for (JsonNode node : http.getValues(query)) {
          PayerRef payer = refs.get(UUID.fromString(node.path(ODataNames.REF_KEY).asText()));
          if (payer != null) {
            contacts.put(payer, reader.payerContacts(payer, node));
          }
        }
      }
    });
    return contacts;
  }

  private static String contactColumn(String column) {
    return ODataNames.CONTACTS + "/" + column;
  }

  /**
   * Properties by developer name; a property with an empty {@code Имя} is matched by caption or description. Of two
   * candidates, one not marked for deletion wins.
   */
  public Map<String, AdditionalProperty> propertiesByName(Collection<String> names) {
    Set<String> wanted = new LinkedHashSet<>(names);
    List<ODataFilter> clauses = new ArrayList<>();
    for (String name : wanted) {
      clauses.add(ODataFilter.eq(ODataNames.PROPERTY_NAME, ODataLiteral.string(name)));
      clauses.add(ODataFilter.eq(ODataNames.PROPERTY_TITLE, ODataLiteral.string(name)));
      clauses.add(ODataFilter.eq(ODataNames.DESCRIPTION, ODataLiteral.string(name)));
    }
    Map<String, AdditionalProperty> byName = new LinkedHashMap<>();
    Map<String, AdditionalProperty> byCaption = new LinkedHashMap<>();
    for (List<ODataFilter> chunk : FilterChunks.split(clauses, maxFilterLength)) {
      ODataQuery query = ODataQuery.of(ODataNames.PROPERTIES)
          .filter(ODataFilter.anyOf(chunk))
          .select(ODataNames.REF_KEY, ODataNames.DESCRIPTION, ODataNames.PROPERTY_NAME, ODataNames.PROPERTY_TITLE,
              ODataNames.PROPERTY_IS_INFO, ODataNames.DELETION_MARK);
      for (JsonNode node : http.getValues(query)) {
        AdditionalProperty property = reader.additionalProperty(node);
        if (wanted.contains(property.name())) {
          byName.merge(property.name(), property, BulkReader::preferLive);
        } else if (property.name().isEmpty()) {
          Stream.of(property.title(), property.description()).filter(wanted::contains).findFirst()
              .ifPresent(caption -> byCaption.merge(caption, property, BulkReader::preferLive));
        }
      }
    }
    byCaption.forEach(byName::putIfAbsent);
    return byName;
  }

  private static AdditionalProperty preferLive(AdditionalProperty first, AdditionalProperty second) {
    return first.deletionMark() && !second.deletionMark() ? second : first;
  }

  /**
   * Additional-info records of many objects, restricted to some properties. Objects are matched with {@code Объект
   * eq cast(guid'…','<set>')}, because a bare GUID silently matches nothing on a composite field.
   */
  public List<AdditionalInfoRecord> additionalInfo(
      String objectEntitySet, Collection<UUID> objectKeys, Collection<UUID> properties) {
    if (objectKeys.isEmpty() || properties.isEmpty()) {
      return List.of();
    }
    ODataFilter propertyFilter = ODataFilter.anyOf(properties.stream().distinct()
        .map(key -> ODataFilter.eq(ODataNames.PROPERTY_KEY, ODataLiteral.guid(key))).toList());
    List<ODataFilter> objectClauses = objectKeys.stream().distinct()
        .map(key -> ODataFilter.eq(ODataNames.OBJECT, ODataLiteral.cast(key, objectEntitySet)))
        .toList();
    int budget = Math.max(200, maxFilterLength - FilterChunks.encodedLength(propertyFilter) - 20);
    List<AdditionalInfoRecord> records = new ArrayList<>();
    for (List<ODataFilter> chunk : FilterChunks.split(objectClauses, budget)) {
      ODataQuery query = ODataQuery.of(ODataNames.ADDITIONAL_INFO)
          .filter(ODataFilter.anyOf(chunk).and(propertyFilter));
      http.getValues(query).forEach(node -> records.add(reader.additionalInfoRecord(node)));
    }
    return records;
  }
}
