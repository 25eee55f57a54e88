package io.github.receiptbridge.app.common;

import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/** Receipt ids, which the SDK holds as {@link OptionalLong}, as a page, a table or an export cell needs them. */
public final class ReceiptIds {
  private ReceiptIds() {}

  /**
   * The id as text.
   *
   * @param id     the id
   * @param absent the text when there is none
   * @return the decimal id, or {@code absent}
   */
  public static String text(OptionalLong id, String absent) {
    return id.isPresent() ? String.valueOf(id.getAsLong()) : absent;
  }

  /**
   * The id for a cell that is empty without one.
   *
   * @param id the id
   * @return the id, or null
   */
  public static @Nullable Long orNull(OptionalLong id) {
    return id.isPresent() ? id.getAsLong() : null;
  }

  /**
   * The id as an {@link Optional}, to map it.
   *
   * @param id the id
   * @return the same id, boxed
   */
  public static Optional<Long> boxed(OptionalLong id) {
    return id.isPresent() ? Optional.of(id.getAsLong()) : Optional.empty();
  }
}
