package io.github.receiptbridge.schetmash.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.receiptbridge.schetmash.Fixtures;
import io.github.receiptbridge.schetmash.errors.SchetmashInvalidReceiptException;
import io.github.receiptbridge.schetmash.model.Correction;
import io.github.receiptbridge.schetmash.model.CorrectionCheck;
import io.github.receiptbridge.schetmash.model.CorrectionInfo;
import io.github.receiptbridge.schetmash.model.CorrectionRequest;
import io.github.receiptbridge.schetmash.model.CorrectionType;
import io.github.receiptbridge.schetmash.model.CorrectionVat;
import io.github.receiptbridge.schetmash.model.Item;
import io.github.receiptbridge.schetmash.model.Payment;
import io.github.receiptbridge.schetmash.model.PaymentType;
import io.github.receiptbridge.schetmash.model.Receipt;
import io.github.receiptbridge.schetmash.model.ReceiptRequest;
import io.github.receiptbridge.schetmash.model.Service;
import io.github.receiptbridge.schetmash.model.Tax;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The service's rules, order and texts (schetmash-api.md §7.2, §9.2), checked before anything is sent. */
class ReceiptValidatorTest {
  private static final ReceiptRequest VALID = Fixtures.utilityPayment("1c-1");
  private static final Item LINE = VALID.receipt().items().get(0);

  private static void assertRejected(ReceiptRequest request, String detail) {
    assertThatThrownBy(() -> ReceiptValidator.validate(request))
        .isInstanceOfSatisfying(SchetmashInvalidReceiptException.class, e -> {
          org.assertj.core.api.Assertions.assertThat(e.apiMessage()).startsWith("Некорректные данные в чеке, " + detail);
          org.assertj.core.api.Assertions.assertThat(e.isDetectedLocally()).isTrue();
          org.assertj.core.api.Assertions.assertThat(e.apiCode()).isEqualTo(9);
          org.assertj.core.api.Assertions.assertThat(e.getMessage()).as("no HTTP status for what was never sent")
              .contains("found by the client, before sending").doesNotContain("HTTP 0");
        });
  }

  private static ReceiptRequest withReceipt(UnaryOperator<Receipt> change) {
    return VALID.withReceipt(change.apply(VALID.receipt()));
  }

  private static ReceiptRequest withLine(Item line) {
    return withReceipt(r -> r.withItems(line));
  }

  @Test
  void acceptsAWellFormedReceipt() {
    assertThatCode(() -> ReceiptValidator.validate(VALID)).doesNotThrowAnyException();
  }

  @Test
  void rejectsAnEmptyExternalIdAsTheServiceDoes() {
    assertRejected(VALID.withExternalId(""), "не корректный json");
    assertRejected(VALID.withExternalId("0"), "не корректный json");
  }

  @Test
  void rejectsAnExternalIdTheServiceCouldNotStore() {
    assertRejected(VALID.withExternalId("x".repeat(257)), "`external_id` is 257 characters long");
    assertThatCode(() -> ReceiptValidator.validate(VALID.withExternalId("x".repeat(256))))
        .doesNotThrowAnyException();
  }

  @Test
  void rejectsACallbackUrlTheServiceCouldNotStore() {
    assertRejected(VALID.withService(Service.of("https://e.ru/" + "a".repeat(250))), "`service -> callback_url`");
  }

  @Test
  void checksItemsBeforeTotalBeforePayments() {
    assertRejected(withReceipt(r -> r.withItems(List.of()).withTotal(BigDecimal.ZERO).withPayments(List.of())),
        "Пустой массив `items`");
    assertRejected(withReceipt(r -> r.withTotal(BigDecimal.ZERO).withPayments(List.of())),
        "Значение `total` должно быть больше 0");
    assertRejected(withReceipt(r -> r.withTotal(new BigDecimal("-5"))), "Значение `total` должно быть больше 0");
    assertRejected(withReceipt(r -> r.withTotal(new BigDecimal("10.005"))), "Значение `total` не корректно");
    assertRejected(withReceipt(r -> r.withPayments(List.of()).withItems(LINE.withName(""))),
        "Пустой массив `payments`");
  }

  @Test
  void checksItemFieldsInTheServiceOrderWithItsLowerCaseText() {
    assertRejected(withLine(LINE.withName("").withPrice(BigDecimal.ZERO)),
        "не найден элемент массива receipt -> items -> name");
    assertRejected(withLine(LINE.withName("0")), "не найден элемент массива receipt -> items -> name");
    assertRejected(withLine(LINE.withPrice(BigDecimal.ZERO).withQuantity(BigDecimal.ZERO)),
        "не найден элемент массива receipt -> items -> price");
    assertRejected(withLine(LINE.withQuantity(new BigDecimal("0.000"))),
        "не найден элемент массива receipt -> items -> quantity");
  }

  @Test
  void rejectsMoneyAndQuantitiesTheCashRegisterWouldRound() {
    assertRejected(withLine(LINE.withPrice(new BigDecimal("19.999"))), "Не верный формат данных price - 19.999");
    assertRejected(withLine(LINE.withPrice(new BigDecimal("-1"))), "Не верный формат данных price - -1");
    assertRejected(withLine(LINE.withQuantity(new BigDecimal("1.0001"))), "Не верный формат данных quantity - 1.0001");
    assertRejected(withLine(LINE.withSum(new BigDecimal("1.001"))), "Не верный формат данных sum - 1.001");
    assertRejected(withLine(LINE.withTaxSum(new BigDecimal("0.001"))), "Не верный формат данных tax_sum - 0.001");
    assertRejected(withReceipt(r -> r.withPayments(Payment.of(PaymentType.ELECTRONIC, new BigDecimal("1.111")))),
        "не корректный тип данных оплаты 1.111");
  }

  @Test
  void acceptsTrailingZerosBeyondTwoDecimals() {
    assertThatCode(() -> ReceiptValidator.validate(withReceipt(r -> r.withTotal(new BigDecimal("1520.4000")))))
        .doesNotThrowAnyException();
  }

  @Test
  void defaultsTheLineSumToPriceTimesQuantityRoundedToKopecks() {
    Item line = Item.builder().name("ЖКУ").price(new BigDecimal("10.05")).quantity(new BigDecimal("1.333"))
        .tax(Tax.NONE).build();
    org.assertj.core.api.Assertions.assertThat(line.sum()).isEqualByComparingTo("13.40");
  }

  private static final CorrectionRequest CORRECTION = CorrectionRequest.builder()
      .externalId("1c-1-sell_correction")
      .correction(Correction.builder()
          .check(CorrectionCheck.builder().inn("7701234567").paymentAddress("г. Москва").build())
          .info(CorrectionInfo.builder().type(CorrectionType.BY_ORDER).date(LocalDate.of(2026, 1, 5))
              .number("1").description("d").build())
          .addPayments(Payment.of(PaymentType.ELECTRONIC, BigDecimal.TEN))
          .addVats(CorrectionVat.builder().type(Tax.NONE).sum(BigDecimal.TEN).build())
          .build())
      .build();

  private static void assertCorrectionRejected(UnaryOperator<Correction> change, String detail) {
    CorrectionRequest request = CORRECTION.withCorrection(change.apply(CORRECTION.correction()));
    assertThatThrownBy(() -> ReceiptValidator.validate(request))
        .isInstanceOf(SchetmashInvalidReceiptException.class)
        .hasMessageContaining("Некорректные данные в чеке, " + detail);
  }

  @Test
  void checksCorrectionsInTheServiceOrder() {
    assertThatCode(() -> ReceiptValidator.validate(CORRECTION)).doesNotThrowAnyException();
    assertCorrectionRejected(c -> c.withPayments(List.of()).withVats(List.of()),
        "Не найден атрибут `correction -> payments`");
    assertCorrectionRejected(c -> c.withVats(List.of()).withCheck(c.check().withInn("")),
        "Не найден атрибут `correction -> vats`");
    assertCorrectionRejected(c -> c.withCheck(c.check().withInn("").withPaymentAddress("")),
        "Не найден элемент массива correction -> check -> inn");
    assertCorrectionRejected(c -> c.withCheck(c.check().withPaymentAddress("")),
        "Не найден элемент массива correction -> check -> payment_address");
    assertCorrectionRejected(c -> c.withInfo(c.info().withType(CorrectionType.SELF_INITIATED)),
        "Не найден элемент массива correction -> info -> type");
    assertCorrectionRejected(c -> c.withInfo(c.info().withNumber("")),
        "Не найден элемент массива correction -> info -> number");
    assertCorrectionRejected(c -> c.withInfo(c.info().withDescription("")),
        "Не найден элемент массива correction -> info -> description");
    assertCorrectionRejected(c -> c.withPayments(Payment.of(PaymentType.ELECTRONIC, BigDecimal.ZERO)),
        "Не найден элемент массива correction -> payments -> sum");
    assertCorrectionRejected(c -> c.withVats(CorrectionVat.builder().type(Tax.NONE).sum(BigDecimal.ZERO).build()),
        "Не найден элемент массива correction -> vats -> sum");
  }
}
