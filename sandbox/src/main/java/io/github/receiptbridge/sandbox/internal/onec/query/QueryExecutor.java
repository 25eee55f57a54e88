package io.github.receiptbridge.sandbox.internal.onec.query;

import io.github.receiptbridge.sandbox.internal.onec.model.Entity;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Runs a read against a source: filter, order, {@code $skip} before {@code $top} (whatever their order in the
 * URL), no server-driven paging. Sources in natural order are never re-sorted; when the index decides the filter,
 * a page is a sub-list and costs nothing however deep it is.
 */
public final class QueryExecutor {
  private QueryExecutor() {
  }

  /**
   * One page of answers.
   *
   * @param entities the page
   * @param count    all matches, or -1 when not counted
   */
  public record Page(List<Entity> entities, long count) {
  }

  /**
   * Runs the read.
   *
   * @param filter    parsed filter, or {@code null}
   * @param top       page size, or {@code null} for everything
   * @param countAll  whether {@link Page#count()} is needed ({@code $inlinecount}, {@code $count})
   */
  public static Page run(EntitySource source, @Nullable FilterExpr filter, OrderBy orderBy, @Nullable Integer top,
      int skip,
      boolean countAll) {
    EntitySource.Candidates candidates = source.candidates(filter);
    List<? extends Entity> entities = candidates.entities();
    int limit = top == null ? Integer.MAX_VALUE : top;
    boolean natural = orderBy.isEmpty() || orderBy.isPrefixOf(source.naturalOrder());
    if (natural && candidates.exact()) {
      int from = Math.min(skip, entities.size());
      int until = (int) Math.min(entities.size(), (long) from + limit);
      return new Page(new ArrayList<>(entities.subList(from, until)), entities.size());
    }
    if (natural) {
      List<Entity> page = new ArrayList<>();
      long matches = 0;
      for (Entity entity : entities) {
        if (filter == null || filter.test(entity)) {
          if (matches >= skip && page.size() < limit) {
            page.add(entity);
          }
          matches++;
          if (!countAll && page.size() >= limit) {
            break;
          }
        }
      }
      return new Page(page, countAll ? matches : -1);
    }
    List<Entity> matching = new ArrayList<>();
    for (Entity entity : entities) {
      if (filter == null || filter.test(entity)) {
        matching.add(entity);
      }
    }
    matching.sort(orderBy.comparator());
    int from = Math.min(skip, matching.size());
    int until = (int) Math.min(matching.size(), (long) from + limit);
    return new Page(new ArrayList<>(matching.subList(from, until)), matching.size());
  }
}
