package io.github.receiptbridge.sandbox.internal.onec;

import io.github.receiptbridge.sandbox.internal.onec.model.Entity;
import io.github.receiptbridge.sandbox.internal.onec.model.OnecNames;
import io.github.receiptbridge.sandbox.internal.onec.query.Expansion;
import io.github.receiptbridge.sandbox.internal.onec.query.Selection;
import io.github.receiptbridge.sandbox.internal.onec.wire.AtomBodies;
import io.github.receiptbridge.sandbox.internal.onec.wire.EntityUrls;
import io.github.receiptbridge.sandbox.internal.onec.wire.JsonBodies;
import io.github.receiptbridge.sandbox.internal.onec.wire.Member;
import io.github.receiptbridge.sandbox.internal.onec.wire.ODataResponse;
import io.github.receiptbridge.sandbox.internal.onec.wire.Projector;
import io.github.receiptbridge.sandbox.internal.onec.wire.ResponseFormat;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Renders entities in the requested format: a collection envelope ({@code odata.metadata} ending
 * {@code #<Set>}), a single entity ({@code #<Set>/@Element}), or their Atom forms. Expansions apply to collections
 * only ({@code $expand} "is not supported when requesting single entities", and Atom leaves them out).
 */
final class Renderer {
  /** Content type of an Atom feed. */
  static final String ATOM_FEED = "application/atom+xml;type=feed;charset=utf-8";
  /** Content type of an Atom entry. */
  static final String ATOM_ENTRY = "application/atom+xml;type=entry;charset=utf-8";

  private final String serviceRoot;
  private final Projector projector;

  Renderer(String serviceRoot, Projector projector) {
    this.serviceRoot = serviceRoot;
    this.projector = projector;
  }

  /** The service root, ending in {@code /}. */
  String serviceRoot() {
    return serviceRoot;
  }

  /**
   * A collection.
   *
   * @param count {@code odata.count}, or {@code null}
   */
  ODataResponse collection(String set, List<Entity> entities, @Nullable Long count, Selection selection,
      Expansion expansion, ResponseFormat format) {
    if (!format.isJson()) {
      List<AtomBodies.Entry> entries = new ArrayList<>(entities.size());
      for (Entity entity : entities) {
        entries.add(new AtomBodies.Entry(entity.type().name(), EntityUrls.canonical(entity),
            projector.project(entity, selection, false)));
      }
      return ODataResponse.of(200, ATOM_FEED, AtomBodies.feed(serviceRoot, set, count, entries));
    }
    List<List<Member>> members = new ArrayList<>(entities.size());
    for (Entity entity : entities) {
      members.add(members(entity, selection, expansion, format));
    }
    String metadata = format.withMetadata() ? serviceRoot + "$metadata#" + set : null;
    return ODataResponse.json(200, format, JsonBodies.collection(metadata, count, members));
  }

  /** A single entity with {@code status}. */
  ODataResponse entity(Entity entity, Selection selection, ResponseFormat format, int status) {
    if (!format.isJson()) {
      return ODataResponse.of(status, ATOM_ENTRY, AtomBodies.entry(serviceRoot, new AtomBodies.Entry(
          entity.type().name(), EntityUrls.canonical(entity), projector.project(entity, selection, false))));
    }
    String metadata = format.withMetadata() ? serviceRoot + "$metadata#" + entity.type().name() + "/@Element"
        : null;
    return ODataResponse.json(status, format,
        JsonBodies.entity(metadata, members(entity, selection, Expansion.NONE, format)));
  }

  private List<Member> members(Entity entity, Selection selection, Expansion expansion, ResponseFormat format) {
    List<Member> members = projector.project(entity, selection, expansion, format.withMetadata());
    if (format != ResponseFormat.JSON_FULL) {
      return members;
    }
    List<Member> full = new ArrayList<>(members.size() + 3);
    full.add(Member.string("odata.type", OnecNames.qualified(entity.type().name())));
    full.add(Member.string("odata.id", serviceRoot + EntityUrls.canonical(entity)));
    full.add(Member.string("odata.editLink", EntityUrls.canonical(entity)));
    full.addAll(members);
    return full;
  }
}
