package io.github.receiptbridge.app.cli;

import io.github.receiptbridge.core.DateRange;
import io.github.receiptbridge.app.common.config.ConfigurationException;
import io.github.receiptbridge.app.common.config.DateConverter;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** Which documents a command works on: the period and the organization. */
final class PeriodOptions {
  @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
      description = "First payment day (default: the first day of the month before --to).")
  private @Nullable LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
      description = "Last payment day, inclusive (default: today in ONEC_TIMEZONE). Without --from and --to the "
          + "period runs from the first day of the previous month through today, so the statement of a month's "
          + "last day, loaded on the 1st, is never missed.")
  private @Nullable LocalDate to;

  @Option(names = "--organization", paramLabel = "<INN | name | key>",
      description = "The organization in 1C (default on the sandbox: 7701234567; required otherwise).")
  private @Nullable String organization;

  /** The period when no {@code --from} is given, from {@code --to} (or today). */
  private Function<LocalDate, DateRange> defaultPeriod = DateRange::fromPreviousMonthThrough;

  /**
   * Options given otherwise than by picocli (the audit's own, {@link AuditPeriodOptions}).
   *
   * @param defaultPeriod the period from the last day when {@code --from} is not given
   */
  static PeriodOptions of(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String organization,
      Function<LocalDate, DateRange> defaultPeriod) {
    PeriodOptions options = new PeriodOptions();
    options.from = from;
    options.to = to;
    options.organization = organization;
    options.defaultPeriod = defaultPeriod;
    return options;
  }

  /**
   * Checks what can be checked before connecting: the order of {@code --from} and {@code --to} when both are given.
   *
   * @throws ConfigurationException when the period ends before it starts
   */
  public void validate() {
    if (from != null && to != null && to.isBefore(from)) {
      throw new ConfigurationException("--to " + to + " is before --from " + from);
    }
  }

  /**
   * The period: the given days; by default from the first day of the month before {@code --to} (or today) through
   * {@code --to} (or today); for {@code audit}, from the first day of the month 12 months before.
   *
   * @param today today in the 1C server's calendar
   * @throws ConfigurationException when the period ends before it starts
   */
  public DateRange period(LocalDate today) {
    LocalDate last = to != null ? to : today;
    LocalDate first = from != null ? from : defaultPeriod.apply(last).from();
    if (last.isBefore(first)) {
      throw new ConfigurationException("--to " + last + " is before --from " + first);
    }
    return DateRange.of(first, last);
  }

  /** The {@code --organization} value, if given. */
  public Optional<String> organization() {
    return Optional.ofNullable(organization).map(String::trim).filter(value -> !value.isEmpty());
  }
}
