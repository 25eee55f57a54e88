package io.github.receiptbridge.onec.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.receiptbridge.onec.query.ODataQuery;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Streams a query page by page with {@code $top}/{@code $skip}: one page in memory at a time, the next page fetched
 * only when the stream reaches it. The query must carry a stable {@code $orderby}; 1C has no server-driven paging.
 */
public final class PagedReader<T> extends Spliterators.AbstractSpliterator<T> {
  private final ODataHttp http;
  private final ODataQuery query;
  private final int pageSize;
  private final Function<JsonNode, T> reader;
  private final Deque<JsonNode> page = new ArrayDeque<>();
  private int skip;
  private boolean lastPageSeen;

  private PagedReader(ODataHttp http, ODataQuery query, int pageSize, Function<JsonNode, T> reader) {
    super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
    this.http = http;
    this.query = query;
    this.pageSize = pageSize;
    this.reader = reader;
  }

  /**
   * A lazy stream of every entity of {@code query}, read in pages of {@code pageSize}.
   *
   * @throws IllegalArgumentException when the query has no {@code $orderby}: paging without a stable order can skip
   *     or repeat entities
   */
  public static <T> Stream<T> stream(ODataHttp http, ODataQuery query, int pageSize, Function<JsonNode, T> reader) {
    if (query.orderBy().isEmpty()) {
      throw new IllegalArgumentException("Paging needs a stable $orderby; add orderBy(...) to " + query);
    }
    return StreamSupport.stream(new PagedReader<>(http, query, pageSize, reader), false);
  }

  @Override
  public boolean tryAdvance(Consumer<? super T> action) {
    if (page.isEmpty() && !lastPageSeen) {
      fetchNextPage();
    }
    JsonNode next = page.pollFirst();
    if (next == null) {
      return false;
    }
    action.accept(reader.apply(next));
    return true;
  }

  private void fetchNextPage() {
    int count = 0;
    for (JsonNode entity : http.getValues(query.top(pageSize).skip(skip))) {
      page.addLast(entity);
      count++;
    }
    skip += count;
    lastPageSeen = count < pageSize;
  }
}
