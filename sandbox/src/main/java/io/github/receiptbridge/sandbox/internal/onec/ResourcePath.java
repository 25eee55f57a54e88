package io.github.receiptbridge.sandbox.internal.onec;

import io.github.receiptbridge.sandbox.internal.onec.model.ODataError;
import java.util.List;

/**
 * What a path below the service root addresses: the service document, {@code $metadata}, {@code $batch}, an
 * entity set, one entity by key, the {@code $count} of a set, or a bound action ({@code Post}, {@code Unpost}).
 *
 * @param kind     the kind of resource
 * @param set      the entity-set name; {@code null} for the service-level resources
 * @param key      the text inside the key parentheses, or {@code null}
 * @param action   the action name of {@link Kind#ACTION}, or {@code null}
 * @param segment  the first path segment as sent (for error texts)
 */
record ResourcePath(Kind kind, String set, String key, String action, String segment) {
  /** Kinds of resource. */
  public enum Kind { SERVICE_DOCUMENT, METADATA, BATCH, COLLECTION, ENTITY, COUNT, ACTION }

  /**
   * Reads the path segments that follow {@code odata/standard.odata/}.
   *
   * @throws ODataError 400 / 6 for segments the interface does not have
   */
  public static ResourcePath parse(List<String> segments) {
    if (segments.isEmpty() || segments.size() == 1 && segments.get(0).isEmpty()) {
      return new ResourcePath(Kind.SERVICE_DOCUMENT, null, null, null, "");
    }
    String first = segments.get(0);
    if (segments.size() == 1 && "$metadata".equals(first)) {
      return new ResourcePath(Kind.METADATA, null, null, null, first);
    }
    if (segments.size() == 1 && "$batch".equals(first)) {
      return new ResourcePath(Kind.BATCH, null, null, null, first);
    }
    int open = first.indexOf('(');
    String set = open < 0 ? first : first.substring(0, open);
    String key = null;
    if (open >= 0) {
      if (!first.endsWith(")")) {
        throw ODataError.pathSegmentNotFound(first);
      }
      key = first.substring(open + 1, first.length() - 1);
    }
    if (segments.size() == 1 || segments.size() == 2 && segments.get(1).isEmpty()) {
      return new ResourcePath(key == null ? Kind.COLLECTION : Kind.ENTITY, set, key, null, first);
    }
    String second = segments.get(1);
    if (segments.size() == 2 && key == null && "$count".equals(second)) {
      return new ResourcePath(Kind.COUNT, set, null, null, first);
    }
    if (segments.size() == 2 && key != null && ("Post".equals(second) || "Unpost".equals(second))) {
      return new ResourcePath(Kind.ACTION, set, key, second, first);
    }
    throw ODataError.pathSegmentNotFound(second);
  }
}
