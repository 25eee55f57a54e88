package io.github.receiptbridge.core.internal;

import java.util.Optional;
import java.util.OptionalLong;

/** Receipt ids, which the API holds as {@link OptionalLong}, where a stream or text needs them otherwise. */
final class Ids {
  private Ids() {}

  /** The id as an {@link Optional}, to map it. */
  static Optional<Long> boxed(OptionalLong id) {
    return id.isPresent() ? Optional.of(id.getAsLong()) : Optional.empty();
  }

  /** The id as text, or the empty string. */
  static String text(OptionalLong id) {
    return id.isPresent() ? String.valueOf(id.getAsLong()) : "";
  }
}
