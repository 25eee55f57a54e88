package io.github.receiptbridge.sandbox.internal.onec.query;

import io.github.receiptbridge.sandbox.internal.onec.model.ODataError;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The system query options of one request, as text, plus the parsed paging options. Options the simulator does
 * not know (such as {@code allowedOnly}) are ignored, as 1C ignores options it does not use.
 *
 * @param filter      {@code $filter}, or {@code null}
 * @param select      {@code $select}, or {@code null}
 * @param orderBy     {@code $orderby}, or {@code null}
 * @param expand      {@code $expand}, or {@code null}
 * @param format      {@code $format}, or {@code null}
 * @param top         {@code $top}, or {@code null} for everything
 * @param skip        {@code $skip}, 0 when absent
 * @param inlineCount {@code $inlinecount=allpages}
 */
public record QueryOptions(@Nullable String filter, @Nullable String select, @Nullable String orderBy,
    @Nullable String expand, @Nullable String format, @Nullable Integer top,
    int skip, boolean inlineCount) {

  /** No options at all. */
  public static final QueryOptions NONE = new QueryOptions(null, null, null, null, null, null, 0, false);

  /**
   * Reads the options from decoded query parameters.
   *
   * @throws ODataError 400 / 14 for a malformed {@code $top}, {@code $skip} or {@code $inlinecount}
   */
  public static QueryOptions parse(List<String[]> parameters) {
    String filter = null;
    String select = null;
    String orderBy = null;
    String expand = null;
    String format = null;
    Integer top = null;
    int skip = 0;
    boolean inlineCount = false;
    for (String[] parameter : parameters) {
      String value = parameter[1];
      switch (parameter[0]) {
        case "$filter": filter = value; break;
        case "$select": select = value; break;
        case "$orderby": orderBy = value; break;
        case "$expand": expand = value; break;
        case "$format": format = value; break;
        case "$top": top = nonNegative("$top", value); break;
        case "$skip": skip = nonNegative("$skip", value); break;
        case "$inlinecount":
          if (!"allpages".equals(value) && !"none".equals(value)) {
            throw ODataError.queryOption("$inlinecount", value);
          }
          inlineCount = "allpages".equals(value);
          break;
        default:
          break;
      }
    }
    return new QueryOptions(filter, select, orderBy, expand, format, top, skip, inlineCount);
  }

  private static int nonNegative(String option, String value) {
    String trimmed = value.trim();
    if (!trimmed.matches("\\d{1,9}")) {
      throw ODataError.queryOption(option, value);
    }
    return Integer.parseInt(trimmed);
  }
}
