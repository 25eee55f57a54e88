package io.github.receiptbridge.sandbox.internal.schetmash;

import org.jspecify.annotations.Nullable;

/**
 * The verdict of a receipt validator: rejected with a detail text (appended to "Некорректные данные в
 * чеке, ") or accepted with the string PDO would bind for the {@code sum} column.
 *
 * @param rejection detail text when rejected, else {@code null}
 * @param boundSum  the sum as PHP would bind it when accepted, else {@code null}
 */
record Validation(@Nullable String rejection, @Nullable String boundSum) {
  /** A rejection with the given detail. */
  public static Validation rejected(String detail) {
    return new Validation(detail, null);
  }

  /** An acceptance storing the given sum. */
  public static Validation accepted(String boundSum) {
    return new Validation(null, boundSum);
  }

  /** True when the receipt failed validation. */
  public boolean isRejected() {
    return rejection != null;
  }
}
