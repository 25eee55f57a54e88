package io.github.receiptbridge.sandbox.internal.schetmash.model;

import java.util.Optional;

/** The six operation path segments, their internal numbers and FFD calculation signs (tag 1054). */
public enum Operation {
  /** Приход. */
  SELL("sell", 1, 1),
  /** Возврат прихода. */
  SELL_REFUND("sell_refund", 2, 2),
  /** Расход. */
  BUY("buy", 3, 3),
  /** Возврат расхода. */
  BUY_REFUND("buy_refund", 4, 4),
  /** Коррекция прихода. */
  SELL_CORRECTION("sell_correction", 5, 1),
  /** Коррекция расхода. */
  BUY_CORRECTION("buy_correction", 6, 3);

  private final String wireName;
  private final int internalNumber;
  private final int calculationSign;

  Operation(String wireName, int internalNumber, int calculationSign) {
    this.wireName = wireName;
    this.internalNumber = internalNumber;
    this.calculationSign = calculationSign;
  }

  /** Exact, case-sensitive lookup of a path segment. */
  public static Optional<Operation> fromWireName(String segment) {
    for (Operation operation : values()) {
      if (operation.wireName.equals(segment)) {
        return Optional.of(operation);
      }
    }
    return Optional.empty();
  }

  /** The path segment, e.g. {@code sell_refund}. */
  public String wireName() {
    return wireName;
  }

  /** {@code Processing.operation}, 1 to 6. */
  public int internalNumber() {
    return internalNumber;
  }

  /** Tag 1054 sent to the cash register (1 or 3 for corrections). */
  public int calculationSign() {
    return calculationSign;
  }

  /** True for the two correction operations, which use the correction validator. */
  public boolean isCorrection() {
    return this == SELL_CORRECTION || this == BUY_CORRECTION;
  }
}
