package io.github.receiptbridge.sandbox.internal.onec.query;

import io.github.receiptbridge.sandbox.internal.onec.model.CompositeValue;
import io.github.receiptbridge.sandbox.internal.onec.model.EdmType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The {@code $filter} functions 1C implements (§3.1 of the notes), apart from the lambdas {@code any}/{@code all}.
 * String matching ignores case, as the 1C query language does. Any {@code null} argument gives {@code null}.
 * The functions 1C rejects ({@code length}, {@code indexof}, {@code tolower}, …) are not here, so they fail to
 * parse.
 */
enum FilterFunction {
  SUBSTRINGOF("substringof", ValueType.BOOLEAN, ValueType.STRING, ValueType.STRING) {
    @Override
    Object compute(Object[] a) {
      return lower(a[1]).contains(lower(a[0]));
    }
  },
  STARTSWITH("startswith", ValueType.BOOLEAN, ValueType.STRING, ValueType.STRING) {
    @Override
    Object compute(Object[] a) {
      return lower(a[0]).startsWith(lower(a[1]));
    }
  },
  ENDSWITH("endswith", ValueType.BOOLEAN, ValueType.STRING, ValueType.STRING) {
    @Override
    Object compute(Object[] a) {
      return lower(a[0]).endsWith(lower(a[1]));
    }
  },
  CONCAT("concat", ValueType.STRING, ValueType.STRING, ValueType.STRING) {
    @Override
    Object compute(Object[] a) {
      return (String) a[0] + a[1];
    }
  },
  SUBSTRING("substring", ValueType.STRING, ValueType.STRING, ValueType.NUMBER, ValueType.NUMBER) {
    @Override
    Object compute(Object[] a) {
      String text = (String) a[0];
      int start = Math.max(0, ((BigDecimal) a[1]).intValue() - 1);
      if (start >= text.length()) {
        return "";
      }
      int end = a.length > 2 ? Math.min(text.length(), start + Math.max(0, ((BigDecimal) a[2]).intValue()))
          : text.length();
      return text.substring(start, end);
    }

    @Override
    int minimumArguments() {
      return 2;
    }
  },
  LIKE("like", ValueType.BOOLEAN, ValueType.STRING, ValueType.STRING) {
    @Override
    Object compute(Object[] a) {
      return likePattern((String) a[1]).matcher((String) a[0]).matches();
    }
  },
  YEAR("year", LocalDateTime::getYear),
  MONTH("month", LocalDateTime::getMonthValue),
  DAY("day", LocalDateTime::getDayOfMonth),
  HOUR("hour", LocalDateTime::getHour),
  MINUTE("minute", LocalDateTime::getMinute),
  SECOND("second", LocalDateTime::getSecond),
  DAYOFWEEK("dayofweek", date -> date.getDayOfWeek().getValue()),
  DAYOFYEAR("dayofyear", LocalDateTime::getDayOfYear),
  QUARTER("quarter", date -> date.get(IsoFields.QUARTER_OF_YEAR)),
  DATEADD("dateadd", ValueType.DATE_TIME, ValueType.DATE_TIME, ValueType.STRING, ValueType.NUMBER) {
    @Override
    Object compute(Object[] a) {
      TemporalUnit unit = unit((String) a[1]);
      return unit == null ? null : ((LocalDateTime) a[0]).plus(((BigDecimal) a[2]).longValue(), unit);
    }
  },
  DATEDIFFERENCE("datedifference", ValueType.NUMBER, ValueType.DATE_TIME, ValueType.DATE_TIME, ValueType.STRING) {
    @Override
    Object compute(Object[] a) {
      TemporalUnit unit = unit((String) a[2]);
      return unit == null ? null : BigDecimal.valueOf(unit.between((LocalDateTime) a[0], (LocalDateTime) a[1]));
    }
  },
  ROUND("round", ValueType.NUMBER, ValueType.NUMBER) {
    @Override
    Object compute(Object[] a) {
      return ((BigDecimal) a[0]).setScale(0, RoundingMode.HALF_UP);
    }
  },
  /** {@code cast(x, 'Catalog_X')}: a typed reference; the second argument is the qualified type. */
  CAST_REFERENCE(null, ValueType.REFERENCE, ValueType.GUID, ValueType.STRING) {
    @Override
    @Nullable Object apply(Object[] a) {
      if (a[0] instanceof UUID) {
        return new Reference((UUID) a[0], (String) a[1]);
      }
      if (a[0] instanceof Reference) {
        return ((Reference) a[0]).type().equals(a[1]) ? a[0] : null;
      }
      if (a[0] instanceof CompositeValue && ((CompositeValue) a[0]).type().equals(a[1])) {
        try {
          return new Reference(UUID.fromString(((CompositeValue) a[0]).value()), (String) a[1]);
        } catch (IllegalArgumentException e) {
          return null;
        }
      }
      return null;
    }
  },
  /** {@code cast(x, 'String')}. */
  CAST_STRING(null, ValueType.STRING, ValueType.NULL) {
    @Override
    Object compute(Object[] a) {
      Object value = a[0] instanceof CompositeValue ? ((CompositeValue) a[0]).value() : a[0];
      return value instanceof BigDecimal ? ((BigDecimal) value).toPlainString() : value.toString();
    }
  },
  /** {@code cast(x, 'Number')}. */
  CAST_NUMBER(null, ValueType.NUMBER, ValueType.NULL) {
    @Override
    @Nullable Object compute(Object[] a) {
      Object value = a[0] instanceof CompositeValue ? ((CompositeValue) a[0]).value() : a[0];
      try {
        return value instanceof BigDecimal ? value : new BigDecimal(value.toString().trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
  },
  /** {@code cast(x, 'Date')}. */
  CAST_DATE(null, ValueType.DATE_TIME, ValueType.NULL) {
    @Override
    @Nullable Object compute(Object[] a) {
      Object value = a[0] instanceof CompositeValue ? ((CompositeValue) a[0]).value() : a[0];
      try {
        return value instanceof LocalDateTime ? value : LocalDateTime.parse(value.toString().trim());
      } catch (DateTimeParseException e) {
        return null;
      }
    }
  },
  /** {@code cast(x, 'Boolean')}. */
  CAST_BOOLEAN(null, ValueType.BOOLEAN, ValueType.NULL) {
    @Override
    Object compute(Object[] a) {
      Object value = a[0] instanceof CompositeValue ? ((CompositeValue) a[0]).value() : a[0];
      return value instanceof Boolean ? value : Boolean.valueOf("true".equalsIgnoreCase(value.toString().trim()));
    }
  },
  /** {@code isof(x, 'Catalog_X')}: the second argument is the qualified type. */
  ISOF(null, ValueType.BOOLEAN, ValueType.COMPOSITE, ValueType.STRING) {
    @Override
    Object apply(Object[] a) {
      if (a[0] instanceof CompositeValue) {
        return ((CompositeValue) a[0]).type().equals(a[1]);
      }
      return a[0] instanceof Reference && ((Reference) a[0]).type().equals(a[1]);
    }
  };

  private static final Map<String, Pattern> LIKE_PATTERNS = new ConcurrentHashMap<>();

  private final String wireName;
  private final ValueType result;
  private final List<ValueType> parameters;
  private final ToIntFunction<LocalDateTime> datePart;

  FilterFunction(String wireName, ValueType result, ValueType... parameters) {
    this.wireName = wireName;
    this.result = result;
    this.parameters = List.of(parameters);
    this.datePart = null;
  }

  /** A date-part function such as {@code year(Date)}: one date-time in, a whole number out. */
  FilterFunction(String wireName, ToIntFunction<LocalDateTime> datePart) {
    this.wireName = wireName;
    this.result = ValueType.NUMBER;
    this.parameters = List.of(ValueType.DATE_TIME);
    this.datePart = datePart;
  }

  /** The function a {@code $filter} calls by this name, or {@code null} ({@code cast}/{@code isof} excluded). */
  static @Nullable FilterFunction byName(String name) {
    for (FilterFunction function : values()) {
      if (name.equals(function.wireName)) {
        return function;
      }
    }
    return null;
  }

  ValueType result() {
    return result;
  }

  List<ValueType> parameters() {
    return parameters;
  }

  int minimumArguments() {
    return parameters.size();
  }

  /** Applies the function; arguments of composite type are first turned into their primitive values. */
  @Nullable Object apply(Object[] arguments) {
    Object[] values = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      values[i] = i < parameters.size() && parameters.get(i) != ValueType.NULL
          ? primitive(arguments[i], parameters.get(i)) : arguments[i];
      if (values[i] == null) {
        return null;
      }
    }
    return compute(values);
  }

  Object compute(Object[] arguments) {
    if (datePart == null) {
      throw new UnsupportedOperationException(name());
    }
    return BigDecimal.valueOf(datePart.applyAsInt((LocalDateTime) arguments[0]));
  }

  private static @Nullable Object primitive(Object value, ValueType wanted) {
    if (!(value instanceof CompositeValue)) {
      return value;
    }
    CompositeValue composite = (CompositeValue) value;
    try {
      switch (wanted) {
        case STRING:
          return EdmType.STRING.wireName().equals(composite.type()) ? composite.value() : null;
        case NUMBER:
          return EdmType.DOUBLE.wireName().equals(composite.type()) ? new BigDecimal(composite.value().trim())
              : null;
        case DATE_TIME:
          return EdmType.DATE_TIME.wireName().equals(composite.type())
              ? LocalDateTime.parse(composite.value().trim()) : null;
        default:
          return value;
      }
    } catch (NumberFormatException | DateTimeParseException e) {
      return null;
    }
  }

  private static String lower(Object text) {
    return ((String) text).toLowerCase(Locale.ROOT);
  }

  private static @Nullable TemporalUnit unit(String name) {
    switch (name.toLowerCase(Locale.ROOT)) {
      case "second": return ChronoUnit.SECONDS;
      case "minute": return ChronoUnit.MINUTES;
      case "hour": return ChronoUnit.HOURS;
      case "day": return ChronoUnit.DAYS;
      case "week": return ChronoUnit.WEEKS;
      case "month": return ChronoUnit.MONTHS;
      case "quarter": return IsoFields.QUARTER_YEARS;
      case "year": return ChronoUnit.YEARS;
      default: return null;
    }
  }

  /** The 1C {@code ПОДОБНО} pattern: {@code %} any text, {@code _} one character, {@code [..]}, {@code [^..]}. */
  private static Pattern likePattern(String like) {
    return LIKE_PATTERNS.computeIfAbsent(like, text -> {
      StringBuilder regex = new StringBuilder();
      int i = 0;
      while (i < text.length()) {
        char c = text.charAt(i);
        if (c == '%') {
          regex.append(".*");
        } else if (c == '_') {
          regex.append('.');
        } else if (c == '[' && text.indexOf(']', i) > i) {
          int close = text.indexOf(']', i);
          String set = text.substring(i + 1, close);
          boolean negated = set.startsWith("^");
          regex.append('[').append(negated ? "^" : "")
              .append(set.substring(negated ? 1 : 0).replace("\\", "\\\\").replace("[", "\\[")).append(']');
          i = close;
        } else {
          regex.append(Pattern.quote(String.valueOf(c)));
        }
        i++;
      }
      return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    });
  }
}
