package io.github.receiptbridge.app.serve.web;

import io.github.receiptbridge.app.serve.FillSort;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A column header of the «Заполнить» table: its title, and for a sortable column the link that sorts by it (ascending,
 * or descending when it is sorted ascending already) and which way it is sorted now.
 *
 * @param title the column's title
 * @param cssClass its CSS class: {@code secondary} for a column that collapses on narrow screens, else empty
 * @param sortLink the link that sorts by it, for a sortable column
 * @param arrow «▲» or «▼» when the table is sorted by it now, else empty
 */
record TableHeader(String title, String cssClass, Optional<String> sortLink, String arrow) {
  /** A column the table does not sort by. */
  static TableHeader plain(String title, String cssClass) {
    return new TableHeader(title, cssClass, Optional.empty(), "");
  }

  /**
   * The header of {@code column} for a table now sorted {@code current}, whose other parameters are {@code kept}.
   */
  static TableHeader sortable(String title, FillSort.Column column, Optional<FillSort> current,
      Map<String, String> kept) {
    boolean sortedHere = current.filter(order -> order.column() == column).isPresent();
    boolean ascendingNow = sortedHere && !current.get().descending();
    Map<String, String> parameters = new LinkedHashMap<>(kept);
    parameters.put("sort", TableInput.name(column));
    parameters.put("dir", ascendingNow ? TableInput.DESCENDING : TableInput.ASCENDING);
    String arrow = sortedHere ? (ascendingNow ? "▲" : "▼") : "";
    return new TableHeader(title, "", Optional.of(Links.to("/", parameters) + "#table"), arrow);
  }
}
