package io.github.receiptbridge.app.common;

import io.github.receiptbridge.core.Reason;
import io.github.receiptbridge.core.ReasonCode;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The arguments of one {@link Reason}, read the way its {@link ReasonCode} documents them, for the tables that put
 * reasons into words (the command line's English, the console's Russian). A part that is absent reads as empty.
 *
 * @param values the reason's arguments
 */
public record ReasonArguments(List<String> values) {
  /** The arguments of {@code reason}. */
  public static ReasonArguments of(Reason reason) {
    return new ReasonArguments(reason.arguments());
  }

  /** The argument at {@code index}, empty when absent. */
  public String get(int index) {
    return index < values.size() ? values.get(index) : "";
  }

  /** The argument at {@code index}, or {@code absent} when it is empty. */
  public String orElse(int index, String absent) {
    return get(index).isEmpty() ? absent : get(index);
  }

  /** The whole number at {@code index}; 0 when absent. */
  public int count(int index) {
    return get(index).isEmpty() ? 0 : Integer.parseInt(get(index));
  }

  /** Whether the amount at {@code index} is above the amount at {@code limit}; false when either is absent. */
  public boolean isAbove(int index, int limit) {
    return !get(index).isEmpty() && !get(limit).isEmpty()
        && new BigDecimal(get(index)).compareTo(new BigDecimal(get(limit))) > 0;
  }

  /**
   * For {@link ReasonCode#NOT_REISSUED}: the reason the policy now leaves the document out for, when the arguments
   * carry one (its code third, its own arguments after it).
   */
  public Optional<Reason> excludingReason() {
    if (values.size() < 3) {
      return Optional.empty();
    }
    String code = values.get(2);
    return Arrays.stream(ReasonCode.values()).filter(candidate -> candidate.code().equals(code)).findFirst()
        .map(candidate -> Reason.of(candidate, values.subList(3, values.size())));
  }
}
