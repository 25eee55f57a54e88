package io.github.receiptbridge.sandbox.internal.onec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.receiptbridge.sandbox.internal.onec.model.BpSchema;
import io.github.receiptbridge.sandbox.internal.onec.model.Defaults;
import io.github.receiptbridge.sandbox.internal.onec.model.Entity;
import io.github.receiptbridge.sandbox.internal.onec.model.EntityTypeDef;
import io.github.receiptbridge.sandbox.internal.onec.model.ODataError;
import io.github.receiptbridge.sandbox.internal.onec.model.OnecNames;
import io.github.receiptbridge.sandbox.internal.onec.model.PropertyDef;
import io.github.receiptbridge.sandbox.internal.onec.query.Selection;
import io.github.receiptbridge.sandbox.internal.onec.store.BankReceiptEntity;
import io.github.receiptbridge.sandbox.internal.onec.store.CatalogTable;
import io.github.receiptbridge.sandbox.internal.onec.store.Infobase;
import io.github.receiptbridge.sandbox.internal.onec.store.InfobaseSeeder;
import io.github.receiptbridge.sandbox.internal.onec.store.MapEntity;
import io.github.receiptbridge.sandbox.internal.onec.wire.EntityUrls;
import io.github.receiptbridge.sandbox.internal.onec.wire.ODataResponse;
import io.github.receiptbridge.sandbox.internal.onec.wire.ResponseFormat;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * POST, PATCH (also MERGE), PUT and DELETE of catalog items, chart items and documents. A creation answers 201
 * with {@code Location} and the full entity ({@code DataVersion} {@code AAAAAAAAAAA=}, an automatic
 * {@code Code}/{@code Number}, no fill checking); an update answers 200 with the full entity and bumps
 * {@code DataVersion} even when nothing changed (PUT replaces every property, those not sent becoming empty); a
 * deletion is physical and answers 204. {@code Posted} is read-only: only the Post/Unpost actions change it.
 */
final class ObjectWriteHandler {
  private final Infobase infobase;
  private final InfobaseSeeder seeder;
  private final Renderer renderer;

  ObjectWriteHandler(Infobase infobase, InfobaseSeeder seeder, Renderer renderer) {
    this.infobase = infobase;
    this.seeder = seeder;
    this.renderer = renderer;
  }

  /** POST to a set. */
  ODataResponse create(EntityTypeDef type, byte[] body, ResponseFormat format) {
    if (type.kind() == EntityTypeDef.Kind.TABULAR_SECTION) {
      throw ODataError.tabularRowsNotCreatable();
    }
    ObjectNode json = BodyReader.parse(body);
    UUID key = requestedKey(json);
    Map<String, Object> changes = BodyReader.changes(json, type, key, infobase.composition());
    Entity created;
    if (type == BpSchema.BANK_RECEIPTS) {
      created = createDocument(key, changes);
    } else {
      created = createItem(infobase.catalog(type.name()), key, changes);
    }
    return renderer.entity(created, Selection.ALL, format, 201)
        .withHeader("Location", renderer.serviceRoot() + EntityUrls.canonical(created));
  }

  /**
   * PATCH or MERGE (only the properties sent change) or PUT ({@code replace}: the others become empty) of one
   * object.
   */
  ODataResponse update(EntityTypeDef type, String keyText, byte[] body, boolean replace, ResponseFormat format) {
    if (type.kind() == EntityTypeDef.Kind.TABULAR_SECTION) {
      throw ODataError.methodNotAllowed(replace ? "PUT" : "PATCH");
    }
    UUID key = KeyPredicate.referenceKey(keyText);
    ObjectNode json = BodyReader.parse(body);
    Map<String, Object> changes = BodyReader.changes(json, type, key, infobase.composition());
    Entity updated;
    if (type.kind() == EntityTypeDef.Kind.DOCUMENT) {
      changes.remove(OnecNames.POSTED);
    }
    if (type == BpSchema.BANK_RECEIPTS) {
      updated = infobase.bankReceipts().update(key, document -> replace ? replaced(document, changes)
          : document.with(changes)).orElseThrow(ODataError::entityNotFound);
    } else {
      updated = infobase.catalog(type.name()).update(key, item -> replace ? replaced(item, changes)
          : item.with(changes)).orElseThrow(ODataError::entityNotFound);
    }
    return renderer.entity(updated, Selection.ALL, format, 200);
  }

  private static MapEntity replaced(MapEntity item, Map<String, Object> changes) {
    Map<String, Object> values = new HashMap<>(changes);
    values.put(OnecNames.REF_KEY, item.key());
    return MapEntity.of(item.type(), values, item.version() + 1);
  }

  private BankReceiptEntity replaced(BankReceiptEntity document, Map<String, Object> changes) {
    BankReceiptEntity.Draft old = document.toDraft();
    BankReceiptEntity.Draft draft = new BankReceiptEntity.Draft();
    draft.key = old.key;
    draft.version = old.version + 1;
    draft.posted = old.posted;
    draft.date = old.date;
    draft.organization = Defaults.EMPTY_REF;
    changes.forEach(draft::apply);
    seeder.fill(draft);
    return draft.build();
  }

  /** DELETE of one object: physical removal. */
  ODataResponse delete(EntityTypeDef type, String keyText) {
    if (type.kind() == EntityTypeDef.Kind.TABULAR_SECTION) {
      throw ODataError.methodNotAllowed("DELETE");
    }
    UUID key = KeyPredicate.referenceKey(keyText);
    boolean removed = type == BpSchema.BANK_RECEIPTS ? infobase.bankReceipts().remove(key)
        : infobase.catalog(type.name()).remove(key);
    if (!removed) {
      throw ODataError.entityNotFound();
    }
    return ODataResponse.of(204, null, new byte[0]);
  }

  private UUID requestedKey(ObjectNode json) {
    JsonNode given = json.get(OnecNames.REF_KEY);
    if (given != null && given.isTextual()) {
      UUID key = ValueReader.guid(given.asText());
      if (!Defaults.EMPTY_REF.equals(key) && infobase.entitySetOf(key).isEmpty()) {
        return key;
      }
    }
    return infobase.keys().next();
  }

  private Entity createDocument(UUID key, Map<String, Object> changes) {
    BankReceiptEntity.Draft draft = new BankReceiptEntity.Draft();
    draft.key = key;
    draft.date = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
    draft.organization = Defaults.EMPTY_REF;
    changes.forEach(draft::apply);
    draft.posted = false;
    draft.version = 0;
    seeder.fill(draft);
    BankReceiptEntity document = draft.build();
    infobase.bankReceipts().addAll(List.of(document));
    return document;
  }

  private static Entity createItem(CatalogTable table, UUID key, Map<String, Object> changes) {
    Map<String, Object> values = new HashMap<>(changes);
    values.put(OnecNames.REF_KEY, key);
    PropertyDef code = table.type().property(OnecNames.CODE);
    if (code != null && String.valueOf(values.getOrDefault(OnecNames.CODE, "")).isBlank()) {
      values.put(OnecNames.CODE, table.nextCode(code.maxLength()));
    }
    MapEntity item = MapEntity.of(table.type(), values, 0);
    table.add(item);
    return item;
  }
}
