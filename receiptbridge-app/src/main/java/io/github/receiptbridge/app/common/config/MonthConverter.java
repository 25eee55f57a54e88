package io.github.receiptbridge.app.common.config;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Lets picocli read {@code YYYY-MM} months, with a message that shows the expected form. */
public final class MonthConverter implements ITypeConverter<YearMonth> {
  /** Converts {@code value}, or fails saying how to write a month. */
  @Override
  public YearMonth convert(String value) {
    try {
      return YearMonth.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("'" + value + "' is not a month: write it as YYYY-MM, for example 2026-11");
    }
  }
}
