package io.github.receiptbridge.core;

import java.time.LocalDate;
import org.immutables.value.Value;

/** A period of payment dates, both ends inclusive, in the 1C server's calendar. */
@Value.Immutable
abstract class AbstractPeriod {
  /** First day. */
  @Value.Parameter
  public abstract LocalDate from();

  /** Last day, inclusive. */
  @Value.Parameter
  public abstract LocalDate to();

  /** The whole month of {@code day}. */
  public static Period monthOf(LocalDate day) {
    return Period.of(day.withDayOfMonth(1), day.withDayOfMonth(day.lengthOfMonth()));
  }

  @Value.Check
  void check() {
    if (to().isBefore(from())) {
      throw new IllegalArgumentException("The period ends (" + to() + ") before it starts (" + from() + ")");
    }
  }

  @Override
  public String toString() {
    return from() + ".." + to();
  }
}
