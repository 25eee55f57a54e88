package io.github.receiptbridge.app.cli;

import io.github.receiptbridge.app.common.config.DateConverter;
import io.github.receiptbridge.core.DateRange;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The period and organization of {@code audit}: as {@link PeriodOptions}, but by default the last 13 months
 * ({@link DateRange#lastThirteenMonthsThrough}), so a receipt stays audited for a year after its month.
 */
final class AuditPeriodOptions {
  @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
      description = "First payment day (default: the first day of the month 12 months before the month of --to).")
  private @Nullable LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
      description = "Last payment day, inclusive (default: today in ONEC_TIMEZONE). Without --from and --to the "
          + "audit covers the last 13 months: from the first day of the month 12 months ago through today (other "
          + "commands default to the previous month through today).")
  private @Nullable LocalDate to;

  @Option(names = "--organization", paramLabel = "<INN | name | key>",
      description = "The organization in 1C (default on the sandbox: 7701234567; required otherwise).")
  private @Nullable String organization;

  /** These options as the {@link PeriodOptions} the session reads, with the audit's default period. */
  PeriodOptions periodOptions() {
    return PeriodOptions.of(from, to, organization, DateRange::lastThirteenMonthsThrough);
  }
}
