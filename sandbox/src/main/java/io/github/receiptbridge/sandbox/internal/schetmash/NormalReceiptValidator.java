package io.github.receiptbridge.sandbox.internal.schetmash;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.receiptbridge.sandbox.internal.schetmash.php.IsFloatRule;
import io.github.receiptbridge.sandbox.internal.schetmash.php.PhpCrashException;
import io.github.receiptbridge.sandbox.internal.schetmash.php.PhpNumber;
import io.github.receiptbridge.sandbox.internal.schetmash.php.PhpValues;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import static io.github.receiptbridge.sandbox.internal.schetmash.php.PhpValues.isEmpty;
import static io.github.receiptbridge.sandbox.internal.schetmash.php.PhpValues.lookup;

/**
 * {@code Normal::accept} for sell, sell_refund, buy and buy_refund: the first failing rule wins, in the
 * server's order (total present, items non-empty, total &gt; 0, total IsFloat, payments non-empty; then per
 * item name, price, quantity, tax (non-empty, tax whitelisted), price IsFloat and the unused
 * {@code price * quantity}; then per payment sum IsFloat). No sum consistency check. Values PHP would choke
 * on raise {@link PhpCrashException}.
 */
final class NormalReceiptValidator {
  /** The 2019 server's whitelist. */
  public static final Set<String> TAXES_2019 =
      Set.of("none", "vat0", "vat10", "vat18", "vat20", "vat110", "vat118");
  /** The 2019 whitelist plus the 22 % rates valid from 2026-01-01. */
  public static final Set<String> TAXES_2026 =
      Set.of("none", "vat0", "vat10", "vat18", "vat20", "vat110", "vat118", "vat22", "vat122");

  private static final List<String> REQUIRED_ITEM_FIELDS = List.of("name", "price", "quantity", "tax");

  private final Set<String> taxes;

  /** @param taxes the accepted {@code tax} strings (exact, case-sensitive) */
  public NormalReceiptValidator(Set<String> taxes) {
    this.taxes = Set.copyOf(taxes);
  }

  /** Validates a decoded body whose {@code external_id} is already known to be non-empty. */
  public Validation validate(JsonNode json) {
    JsonNode receipt = lookup(json, "receipt");
    JsonNode total = lookup(receipt, "total");
    if (!PhpValues.isSet(total)) {
      return Validation.rejected("Не найден атрибут `receipt` -> `total`");
    }
    JsonNode items = lookup(receipt, "items");
    if (isEmpty(items)) {
      return Validation.rejected("Пустой массив `items`");
    }
    if (PhpValues.toFloat(total) <= 0) {
      return Validation.rejected("Значение `total` должно быть больше 0");
    }
    if (!IsFloatRule.isValid(total)) {
      return Validation.rejected("Значение `total` не корректно");
    }
    JsonNode payments = lookup(receipt, "payments");
    if (isEmpty(payments)) {
      return Validation.rejected("Пустой массив `payments`");
    }
    for (JsonNode item : PhpValues.foreach(items)) {
      String rejection = validateItem(item);
      if (rejection != null) {
        return Validation.rejected(rejection);
      }
    }
    for (JsonNode payment : PhpValues.foreach(payments)) {
      JsonNode sum = PhpValues.read(payment, "sum");
      if (!IsFloatRule.isValid(sum)) {
        return Validation.rejected("не корректный тип данных оплаты " + PhpValues.toPhpString(sum));
      }
    }
    return Validation.accepted(PhpValues.toPhpString(total));
  }

  private @Nullable String validateItem(JsonNode item) {
    for (String field : REQUIRED_ITEM_FIELDS) {
      JsonNode value = lookup(item, field);
      if (isEmpty(value)) {
        return "не найден элемент массива receipt -> items -> " + field;
      }
      if ("tax".equals(field) && !(value.isTextual() && taxes.contains(value.textValue()))) {
        return "Не верный формат данных tax - " + PhpValues.toPhpString(value);
      }
    }
    JsonNode price = lookup(item, "price");
    if (!IsFloatRule.isValid(price)) {
      return "Не верный формат данных price - " + PhpValues.toPhpString(price);
    }
    // The server computes price * quantity for a sum check it no longer applies; PHP still complains
    // about operands that are not numbers.
    PhpNumber.operand(price).times(PhpNumber.operand(lookup(item, "quantity")));
    return null;
  }
}
