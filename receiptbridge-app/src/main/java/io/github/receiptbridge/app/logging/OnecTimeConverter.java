package io.github.receiptbridge.app.logging;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The pattern word {@code %onecTime} of the log's configuration: the time of the line in 1C's zone ({@link LogZone}),
 * as {@code 2026-11-29 12:00:00.000 +03:00} by default, or in the {@link DateTimeFormatter} pattern given as its
 * option, {@code %onecTime{dd.MM.yyyy HH:mm:ss}}. Unlike {@code %d}, whose zone is fixed when the file is read, it
 * follows the zone the configuration sets after start.
 */
public final class OnecTimeConverter extends ClassicConverter {
  /** The format without an option. */
  static final String DEFAULT_PATTERN = "yyyy-MM-dd HH:mm:ss.SSS xxx";

  private DateTimeFormatter format = DateTimeFormatter.ofPattern(DEFAULT_PATTERN);

  /** For logback, which makes one per pattern. */
  public OnecTimeConverter() {}

  @Override
  public void start() {
    @Nullable List<String> options = getOptionList();
    if (options != null && !options.isEmpty() && !options.get(0).isBlank()) {
      try {
        format = DateTimeFormatter.ofPattern(options.get(0));
      } catch (IllegalArgumentException e) {
        addError("%onecTime{" + options.get(0) + "} is not a date-time pattern; using " + DEFAULT_PATTERN, e);
      }
    }
    super.start();
  }

  @Override
  public String convert(ILoggingEvent event) {
    return format.format(event.getInstant().atZone(LogZone.current()));
  }
}
