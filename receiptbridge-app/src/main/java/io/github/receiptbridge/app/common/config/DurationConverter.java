package io.github.receiptbridge.app.common.config;

import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Lets picocli read {@link Duration} options with {@link DurationParser}. */
public final class DurationConverter implements ITypeConverter<Duration> {
  /** Converts {@code value}, or fails with a message that says how to write a duration. */
  @Override
  public Duration convert(String value) {
    try {
      return DurationParser.parse(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
