package io.github.receiptbridge.sandbox.internal.schetmash;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.receiptbridge.sandbox.internal.schetmash.php.PhpNumber;
import io.github.receiptbridge.sandbox.internal.schetmash.php.PhpValues;
import java.util.List;
import org.jspecify.annotations.Nullable;
import static io.github.receiptbridge.sandbox.internal.schetmash.php.PhpValues.isEmpty;
import static io.github.receiptbridge.sandbox.internal.schetmash.php.PhpValues.lookup;

/**
 * {@code Correction::accept} for sell_correction and buy_correction: correction, check, info, payments and
 * vats must be non-empty; then check (inn, payment_address), info (type, date, number, description), each
 * payment (type, sum, and the running sum) and each vat (type, sum). {@code info.type} 0 is "empty" and so
 * rejected. The stored sum is the sum of the payment sums.
 */
final class CorrectionReceiptValidator {
  private static final List<String> CHECK_FIELDS = List.of("inn", "payment_address");
  private static final List<String> INFO_FIELDS = List.of("type", "date", "number", "description");
  private static final List<String> PAYMENT_FIELDS = List.of("type", "sum");
  private static final List<String> VAT_FIELDS = List.of("type", "sum");

  /** Validates a decoded body whose {@code external_id} is already known to be non-empty. */
  public Validation validate(JsonNode json) {
    JsonNode correction = lookup(json, "correction");
    if (isEmpty(correction)) {
      return Validation.rejected("Не найден атрибут `correction`");
    }
    for (String part : List.of("check", "info", "payments", "vats")) {
      if (isEmpty(lookup(correction, part))) {
        return Validation.rejected("Не найден атрибут `correction -> " + part + "`");
      }
    }
    String missing = firstEmpty(lookup(correction, "check"), CHECK_FIELDS);
    if (missing != null) {
      return Validation.rejected("Не найден элемент массива correction -> check -> " + missing);
    }
    missing = firstEmpty(lookup(correction, "info"), INFO_FIELDS);
    if (missing != null) {
      return Validation.rejected("Не найден элемент массива correction -> info -> " + missing);
    }
    PhpNumber sum = PhpNumber.ZERO;
    for (JsonNode payment : PhpValues.foreach(lookup(correction, "payments"))) {
      missing = firstEmpty(payment, PAYMENT_FIELDS);
      if (missing != null) {
        return Validation.rejected("Не найден элемент массива correction -> payments -> " + missing);
      }
      sum = sum.plus(PhpNumber.operand(lookup(payment, "sum")));
    }
    for (JsonNode vat : PhpValues.foreach(lookup(correction, "vats"))) {
      missing = firstEmpty(vat, VAT_FIELDS);
      if (missing != null) {
        return Validation.rejected("Не найден элемент массива correction -> vats -> " + missing);
      }
    }
    return Validation.accepted(sum.toPhpString());
  }

  private static @Nullable String firstEmpty(JsonNode container, List<String> fields) {
    for (String field : fields) {
      if (isEmpty(lookup(container, field))) {
        return field;
      }
    }
    return null;
  }
}
