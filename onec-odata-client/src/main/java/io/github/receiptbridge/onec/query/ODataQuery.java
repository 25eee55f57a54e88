package io.github.receiptbridge.onec.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A read of one entity set: {@code $filter}, {@code $select}, {@code $orderby}, {@code $top}, {@code $skip}. The
 * client adds {@code $format=json} to every request. Immutable; each {@code withX} returns a copy.
 *
 * @since 0.1.0
 */
public final class ODataQuery {
  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}_]+");
  private static final Pattern SELECT_ITEM = Pattern.compile("\\*\\*?|[\\p{L}\\p{N}_]+(/[\\p{L}\\p{N}_]+)*(/\\*)?");
  private static final Pattern ORDER_ITEM = Pattern.compile("[\\p{L}\\p{N}_]+(/[\\p{L}\\p{N}_]+)*( (asc|desc))?");

  private final String entitySet;
  private final Optional<ODataFilter> filter;
  private final List<String> select;
  private final List<String> orderBy;
  private final OptionalInt top;
  private final OptionalInt skip;

  private ODataQuery(String entitySet, Optional<ODataFilter> filter, List<String> select, List<String> orderBy,
      OptionalInt top, OptionalInt skip) {
    this.entitySet = entitySet;
    this.filter = filter;
    this.select = select;
    this.orderBy = orderBy;
    this.top = top;
    this.skip = skip;
  }

  /**
   * A query of every entity of {@code entitySet}, for example {@code Catalog_Организации}.
   *
   * @param entitySet the entity-set name: letters, digits and {@code _} only
   * @return a query without options
   * @throws IllegalArgumentException when {@code entitySet} is not such a name
   */
  public static ODataQuery of(String entitySet) {
    if (!NAME.matcher(Objects.requireNonNull(entitySet, "entitySet")).matches()) {
      throw new IllegalArgumentException("Not an entity-set name: '" + entitySet + "'");
    }
    return new ODataQuery(entitySet, Optional.empty(), List.of(), List.of(), OptionalInt.empty(),
        OptionalInt.empty());
  }

  /**
   * With this {@code $filter}.
   *
   * @param newFilter the filter, which replaces any earlier one
   * @return a copy with the filter
   */
  public ODataQuery filter(ODataFilter newFilter) {
    return new ODataQuery(entitySet, Optional.of(newFilter), select, orderBy, top, skip);
  }

  /**
   * With this {@code $select}: property names, paths such as {@code КонтактнаяИнформация/АдресЭП}, or {@code **}.
   *
   * @param properties the items, in order; they replace any earlier ones, and none at all selects every property
   * @return a copy with the items
   * @throws IllegalArgumentException when an item is neither a name, a path nor {@code *} or {@code **}
   */
  public ODataQuery select(String... properties) {
    List<String> list = List.of(properties);
    list.forEach(item -> require(SELECT_ITEM, item, "$select item"));
    return new ODataQuery(entitySet, filter, list, orderBy, top, skip);
  }

  /**
   * With this {@code $orderby}: names with an optional {@code asc}/{@code desc}.
   *
   * @param properties the items, in order, such as {@code Date} or {@code Number desc}; they replace any earlier ones
   * @return a copy with the items
   * @throws IllegalArgumentException when an item is not a name or path with an optional {@code asc} or {@code desc}
   */
  public ODataQuery orderBy(String... properties) {
    List<String> list = List.of(properties);
    list.forEach(item -> require(ORDER_ITEM, item, "$orderby item"));
    return new ODataQuery(entitySet, filter, select, list, top, skip);
  }

  /**
   * With {@code $top}.
   *
   * @param count the most entities to return, 0 or more
   * @return a copy with the limit
   * @throws IllegalArgumentException when {@code count} is negative
   */
  public ODataQuery top(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("$top must not be negative");
    }
    return new ODataQuery(entitySet, filter, select, orderBy, OptionalInt.of(count), skip);
  }

  /**
   * With {@code $skip}.
   *
   * @param count how many entities to leave out first, 0 or more
   * @return a copy with the offset
   * @throws IllegalArgumentException when {@code count} is negative
   */
  public ODataQuery skip(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("$skip must not be negative");
    }
    return new ODataQuery(entitySet, filter, select, orderBy, top, OptionalInt.of(count));
  }

  private static void require(Pattern pattern, @Nullable String value, String what) {
    if (value == null || !pattern.matcher(value).matches()) {
      throw new IllegalArgumentException("Not a valid " + what + ": '" + value + "'");
    }
  }

  /**
   * The entity set.
   *
   * @return the entity-set name
   */
  public String entitySet() {
    return entitySet;
  }

  /**
   * The {@code $filter}, if any.
   *
   * @return the filter; empty when every entity is read
   */
  public Optional<ODataFilter> filter() {
    return filter;
  }

  /**
   * The {@code $select} items.
   *
   * @return the items, in order; empty when every property is read
   */
  public List<String> select() {
    return select;
  }

  /**
   * The {@code $orderby} items.
   *
   * @return the items, in order; empty when 1C's own order applies
   */
  public List<String> orderBy() {
    return orderBy;
  }

  /**
   * The {@code $top}, if any.
   *
   * @return the limit; empty when none
   */
  public OptionalInt top() {
    return top;
  }

  /**
   * The {@code $skip}, if any.
   *
   * @return the offset; empty when none
   */
  public OptionalInt skip() {
    return skip;
  }

  /**
   * The query options in URL order, decoded, for example {@code $format=json}, {@code $filter=Date ge
   * datetime'…'}. Encoding is the client's job.
   *
   * @return an unmodifiable map from option name to decoded value, {@code $format} first
   */
  public Map<String, String> options() {
    Map<String, String> options = new LinkedHashMap<>();
    options.put("$format", "json");
    filter.ifPresent(f -> options.put("$filter", f.render()));
    if (!select.isEmpty()) {
      options.put("$select", String.join(",", select));
    }
    if (!orderBy.isEmpty()) {
      options.put("$orderby", String.join(",", orderBy));
    }
    top.ifPresent(n -> options.put("$top", Integer.toString(n)));
    skip.ifPresent(n -> options.put("$skip", Integer.toString(n)));
    return Collections.unmodifiableMap(options);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(entitySet);
    char separator = '?';
    for (Map.Entry<String, String> option : options().entrySet()) {
      text.append(separator).append(option.getKey()).append('=').append(option.getValue());
      separator = '&';
    }
    return text.toString();
  }
}
