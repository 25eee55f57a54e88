package io.github.receiptbridge.sandbox.internal.onec;

import io.github.receiptbridge.sandbox.internal.onec.model.Entity;
import io.github.receiptbridge.sandbox.internal.onec.model.EntityTypeDef;
import io.github.receiptbridge.sandbox.internal.onec.query.EntitySource;
import io.github.receiptbridge.sandbox.internal.onec.query.Expansion;
import io.github.receiptbridge.sandbox.internal.onec.query.FilterExpr;
import io.github.receiptbridge.sandbox.internal.onec.query.FilterParser;
import io.github.receiptbridge.sandbox.internal.onec.query.Navigator;
import io.github.receiptbridge.sandbox.internal.onec.query.OrderBy;
import io.github.receiptbridge.sandbox.internal.onec.query.QueryExecutor;
import io.github.receiptbridge.sandbox.internal.onec.query.QueryOptions;
import io.github.receiptbridge.sandbox.internal.onec.query.Selection;
import io.github.receiptbridge.sandbox.internal.onec.store.Composition;
import io.github.receiptbridge.sandbox.internal.onec.wire.AtomBodies;
import io.github.receiptbridge.sandbox.internal.onec.wire.JsonBodies;
import io.github.receiptbridge.sandbox.internal.onec.wire.MetadataDocument;
import io.github.receiptbridge.sandbox.internal.onec.wire.ODataResponse;
import io.github.receiptbridge.sandbox.internal.onec.wire.ResponseFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** GETs: the service document, {@code $metadata}, collections, single entities and {@code $count}. */
final class ReadHandler {
  private final Map<String, EntitySource> sources;
  private final EntityLookup lookup;
  private final Renderer renderer;
  private final Navigator navigator;
  private final Composition composition;
  private final boolean countBom;

  ReadHandler(Map<String, EntitySource> sources, EntityLookup lookup, Renderer renderer, Navigator navigator,
      Composition composition, boolean countBom) {
    this.sources = sources;
    this.lookup = lookup;
    this.renderer = renderer;
    this.navigator = navigator;
    this.composition = composition;
    this.countBom = countBom;
  }

  /** The list of published sets. */
  ODataResponse serviceDocument(ResponseFormat format) {
    List<String> names = composition.published().stream().map(EntityTypeDef::name).collect(Collectors.toList());
    if (!format.isJson()) {
      return ODataResponse.of(200, "application/atomsvc+xml;charset=utf-8",
          AtomBodies.serviceDocument(renderer.serviceRoot(), names));
    }
    String metadata = format.withMetadata() ? renderer.serviceRoot() + "$metadata" : null;
    return ODataResponse.json(200, format, JsonBodies.serviceDocument(metadata, names));
  }

  /** The EDMX of the published sets (always XML). */
  ODataResponse metadata() {
    return ODataResponse.of(200, ODataResponse.XML,
        MetadataDocument.write(composition.published(), composition::isPublished));
  }

  /** A page of a collection. */
  ODataResponse collection(EntityTypeDef type, QueryOptions options, ResponseFormat format) {
    Selection selection = Selection.parse(options.select(), type);
    OrderBy orderBy = OrderBy.parse(options.orderBy(), type, navigator);
    Expansion expansion = Expansion.parse(options.expand(), type, selection, navigator);
    FilterExpr filter = options.filter() == null ? null : FilterParser.parse(options.filter(), type, navigator);
    QueryExecutor.Page page = QueryExecutor.run(sources.get(type.name()), filter, orderBy, options.top(),
        options.skip(), options.inlineCount());
    return renderer.collection(type.name(), page.entities(), options.inlineCount() ? page.count() : null,
        selection, expansion, format);
  }

  /** One entity by key. */
  ODataResponse entity(EntityTypeDef type, String keyText, QueryOptions options, ResponseFormat format) {
    Selection selection = Selection.parse(options.select(), type);
    Entity entity = lookup.find(type, keyText);
    return renderer.entity(entity, selection, format, 200);
  }

  /** {@code <Set>/$count}: a plain number, after a UTF-8 BOM when configured (as 1C sends it). */
  ODataResponse count(EntityTypeDef type, QueryOptions options) {
    FilterExpr filter = options.filter() == null ? null : FilterParser.parse(options.filter(), type, navigator);
    long count = QueryExecutor.run(sources.get(type.name()), filter, OrderBy.NONE, null, 0, true).count();
    return ODataResponse.text(200, (countBom ? "\uFEFF" : "") + count);
  }
}
