package io.github.receiptbridge.schetmash.internal;

import io.github.receiptbridge.schetmash.errors.SchetmashInvalidReceiptException;
import io.github.receiptbridge.schetmash.model.Correction;
import io.github.receiptbridge.schetmash.model.CorrectionRequest;
import io.github.receiptbridge.schetmash.model.CorrectionType;
import io.github.receiptbridge.schetmash.model.CorrectionVat;
import io.github.receiptbridge.schetmash.model.Item;
import io.github.receiptbridge.schetmash.model.Payment;
import io.github.receiptbridge.schetmash.model.Receipt;
import io.github.receiptbridge.schetmash.model.ReceiptRequest;
import io.github.receiptbridge.schetmash.model.Service;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Checks a receipt before it is sent, with the service's own rules, in the service's order and with its texts
 * ({@code schetmash-api.md} §7 and §9), so a bad receipt fails without a network call. A few rules are the SDK's
 * own, where the service would store something wrong or answer HTTP 500: money with more than 2 decimals, a
 * quantity with more than 3, a negative price or quantity, {@code external_id} or callback URL over 256 characters.
 */
public final class ReceiptValidator {
  /** The prefix of every code-9 message. */
  public static final String PREFIX = "Некорректные данные в чеке, ";

  private static final int MAX_KEY_LENGTH = 256;
  private static final int MONEY_SCALE = 2;
  private static final int QUANTITY_SCALE = 3;

  private ReceiptValidator() {}

  /**
   * Validates a normal receipt.
   *
   * @throws SchetmashInvalidReceiptException with the service's text for the first broken rule
   */
  public static void validate(ReceiptRequest request) {
    checkEnvelope(request.externalId(), request.service());
    Receipt receipt = request.receipt();
    if (receipt.items().isEmpty()) {
      throw fail("Пустой массив `items`");
    }
    if (receipt.total().signum() <= 0) {
      throw fail("Значение `total` должно быть больше 0");
    }
    if (scale(receipt.total()) > MONEY_SCALE) {
      throw fail("Значение `total` не корректно (" + plain(receipt.total()) + ": at most 2 decimal places)");
    }
    if (receipt.payments().isEmpty()) {
      throw fail("Пустой массив `payments`");
    }
    for (Item item : receipt.items()) {
      checkItem(item);
    }
    for (Payment payment : receipt.payments()) {
      if (scale(payment.sum()) > MONEY_SCALE) {
        throw fail("не корректный тип данных оплаты " + plain(payment.sum()) + " (at most 2 decimal places)");
      }
    }
  }

  private static void checkItem(Item item) {
    if (item.name().isBlank() || "0".equals(item.name())) {
      throw missingItemField("name");
    }
    if (item.price().signum() == 0) {
      throw missingItemField("price");
    }
    if (item.quantity().signum() == 0) {
      throw missingItemField("quantity");
    }
    if (item.price().signum() < 0 || scale(item.price()) > MONEY_SCALE) {
      throw badFormat("price", item.price(), "a positive amount with at most 2 decimal places");
    }
    if (item.quantity().signum() < 0 || scale(item.quantity()) > QUANTITY_SCALE) {
      throw badFormat("quantity", item.quantity(), "a positive number with at most 3 decimal places");
    }
    if (scale(item.sum()) > MONEY_SCALE) {
      throw badFormat("sum", item.sum(), "at most 2 decimal places");
    }
    if (item.taxSum().isPresent() && scale(item.taxSum().get()) > MONEY_SCALE) {
      throw badFormat("tax_sum", item.taxSum().get(), "at most 2 decimal places");
    }
  }

  /**
   * Validates a correction receipt.
   *
   * @throws SchetmashInvalidReceiptException with the service's text for the first broken rule
   */
  public static void validate(CorrectionRequest request) {
    checkEnvelope(request.externalId(), request.service());
    Correction correction = request.correction();
    if (correction.payments().isEmpty()) {
      throw fail("Не найден атрибут `correction -> payments`");
    }
    if (correction.vats().isEmpty()) {
      throw fail("Не найден атрибут `correction -> vats`");
    }
    requireText(correction.check().inn(), "correction -> check -> inn");
    requireText(correction.check().paymentAddress(), "correction -> check -> payment_address");
    if (correction.info().type() == CorrectionType.SELF_INITIATED) {
      throw missing("correction -> info -> type");
    }
    requireText(correction.info().number(), "correction -> info -> number");
    requireText(correction.info().description(), "correction -> info -> description");
    for (Payment payment : correction.payments()) {
      requireAmount(payment.sum(), "correction -> payments -> sum");
    }
    for (CorrectionVat vat : correction.vats()) {
      requireAmount(vat.sum(), "correction -> vats -> sum");
    }
  }

  private static void checkEnvelope(String externalId, Optional<Service> service) {
    if (externalId.isEmpty() || "0".equals(externalId)) {
      throw fail("не корректный json (external_id is empty; use a stable id of the paid document)");
    }
    if (externalId.length() > MAX_KEY_LENGTH) {
      throw fail("`external_id` is " + externalId.length() + " characters long; at most 256 are stored");
    }
    if (service.isPresent() && service.get().callbackUrl().length() > MAX_KEY_LENGTH) {
      throw fail("`service -> callback_url` is longer than 256 characters");
    }
  }

  private static void requireText(String value, String path) {
    if (value.isEmpty() || "0".equals(value)) {
      throw missing(path);
    }
  }

  private static void requireAmount(BigDecimal value, String path) {
    if (value.signum() == 0) {
      throw missing(path);
    }
    if (scale(value) > MONEY_SCALE) {
      throw fail("Не верный формат данных " + path + " - " + plain(value) + " (at most 2 decimal places)");
    }
  }

  private static int scale(BigDecimal value) {
    return value.stripTrailingZeros().scale();
  }

  private static String plain(BigDecimal value) {
    return value.toPlainString();
  }

  private static SchetmashInvalidReceiptException missingItemField(String field) {
    return fail("не найден элемент массива receipt -> items -> " + field); // lower case, as the service writes it
  }

  private static SchetmashInvalidReceiptException missing(String path) {
    return fail("Не найден элемент массива " + path);
  }

  private static SchetmashInvalidReceiptException badFormat(String field, BigDecimal value, String expected) {
    return fail("Не верный формат данных " + field + " - " + plain(value) + " (expected " + expected + ")");
  }

  private static SchetmashInvalidReceiptException fail(String detail) {
    return SchetmashInvalidReceiptException.local(PREFIX + detail);
  }
}
