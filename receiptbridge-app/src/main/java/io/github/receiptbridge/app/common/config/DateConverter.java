package io.github.receiptbridge.app.common.config;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Lets picocli read {@code YYYY-MM-DD} dates, with a message that shows the expected form. */
public final class DateConverter implements ITypeConverter<LocalDate> {
  /** Converts {@code value}, or fails saying how to write a date. */
  @Override
  public LocalDate convert(String value) {
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new TypeConversionException(
          "'" + value + "' is not a date: write it as YYYY-MM-DD, for example 2026-11-01");
    }
  }
}
