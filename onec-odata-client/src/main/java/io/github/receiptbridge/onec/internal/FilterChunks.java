package io.github.receiptbridge.onec.internal;

import io.github.receiptbridge.onec.query.ODataFilter;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits many {@code or}-ed clauses into chunks whose encoded {@code $filter} stays under a length budget, so a
 * bulk read never hits a web server's URL limit (IIS allows 2048 characters of query by default).
 */
final class FilterChunks {
  private static final int OR_LENGTH = ODataUrls.encodedLength(" or ");

  private FilterChunks() {}

  /**
   * The clauses in order, grouped into chunks of at most {@code budget} encoded characters each (a single clause
   * longer than the budget gets a chunk of its own).
   */
  static List<List<ODataFilter>> split(List<ODataFilter> clauses, int budget) {
    List<List<ODataFilter>> chunks = new ArrayList<>();
    List<ODataFilter> current = new ArrayList<>();
    int length = 0;
    for (ODataFilter clause : clauses) {
      int clauseLength = encodedLength(clause); // counted, not encoded: the chunk's URL is the one encoding
      int added = current.isEmpty() ? clauseLength : OR_LENGTH + clauseLength;
      if (!current.isEmpty() && length + added > budget) {
        chunks.add(current);
        current = new ArrayList<>();
        added = clauseLength;
        length = 0;
      }
      current.add(clause);
      length += added;
    }
    if (!current.isEmpty()) {
      chunks.add(current);
    }
    return chunks;
  }

  /** The encoded length of {@code filter}. */
  static int encodedLength(ODataFilter filter) {
    return ODataUrls.encodedLength(filter.render());
  }
}
