package io.github.receiptbridge.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.PlannedAction;
import io.github.receiptbridge.core.ReceiptPolicy;
import io.github.receiptbridge.core.SavedState;
import io.github.receiptbridge.core.TaxRule;
import io.github.receiptbridge.schetmash.model.Item;
import io.github.receiptbridge.schetmash.model.PaymentMethod;
import io.github.receiptbridge.schetmash.model.PaymentObject;
import io.github.receiptbridge.schetmash.model.PaymentType;
import io.github.receiptbridge.schetmash.model.ReceiptRequest;
import io.github.receiptbridge.schetmash.model.Tax;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReceiptFactoryTest {
  static FillRow row(String amount, LocalDateTime date, String contact) {
    UUID key = UUID.fromString("3f2a9c1e-5b7d-11ee-8c3a-0050569f1a01");
    return FillRow.builder().documentKey(key).number("0000-000112").date(date).amount(new BigDecimal(amount))
        .paymentPurpose("Оплата ЖКУ за\nоктябрь 2026, л/с 10023").operationKind("ОплатаПокупателя").posted(true)
        .deletionMark(false).buyerContact(contact).savedState(SavedState.empty()).externalId(ExternalIds.sell(key))
        .dueBy(date.toLocalDate().plusDays(1)).overdue(false).action(PlannedAction.SEND).build();
  }

  @Test
  void oneLineWhosePriceSumTotalAndPaymentAreTheAmountToTheKopeck() {
    ReceiptRequest request = new ReceiptFactory(ReceiptPolicy.defaults())
        .sell(row("1520.40", LocalDateTime.of(2026, 11, 2, 10, 15), "resident@example.ru"), "1c-x");
    Item item = request.receipt().items().get(0);
    assertThat(request.externalId()).isEqualTo("1c-x");
    assertThat(request.timestamp()).contains(LocalDateTime.of(2026, 11, 2, 10, 15));
    assertThat(item.name()).isEqualTo("Оплата жилищно-коммунальных услуг");
    assertThat(item.price()).isEqualTo(new BigDecimal("1520.40"));
    assertThat(item.quantity()).isEqualTo(BigDecimal.ONE);
    assertThat(item.sum()).isEqualTo(new BigDecimal("1520.40"));
    assertThat(item.tax()).isEqualTo(Tax.NONE);
    assertThat(item.taxSum()).isEmpty();
    assertThat(item.paymentObject()).isEqualTo(PaymentObject.SERVICE);
    assertThat(item.paymentMethod()).isEqualTo(PaymentMethod.FULL_PAYMENT);
    assertThat(request.receipt().total()).isEqualTo(new BigDecimal("1520.40"));
    assertThat(request.receipt().payments()).singleElement().satisfies(p -> {
      assertThat(p.type()).isEqualTo(PaymentType.ELECTRONIC);
      assertThat(p.sum()).isEqualTo(new BigDecimal("1520.40"));
    });
    assertThat(request.receipt().buyer().email()).contains("resident@example.ru");
    assertThat(request.receipt().buyer().phone()).isEmpty();
  }

  @Test
  void aPhoneContactGoesToThePhoneField() {
    ReceiptRequest request = new ReceiptFactory(ReceiptPolicy.defaults())
        .sell(row("10", LocalDateTime.of(2026, 11, 2, 10, 15), "+79161234567"), "1c-x");
    assertThat(request.receipt().buyer().phone()).contains("+79161234567");
    assertThat(request.receipt().buyer().email()).isEmpty();
  }

  @Test
  void theStandardRateIsVat20Before2026AndVat22From2026WithTheTaxInside() {
    ReceiptFactory factory = new ReceiptFactory(ReceiptPolicy.builder().taxRule(TaxRule.STANDARD_RATE).build());
    Item before = factory.sell(row("120.00", LocalDateTime.of(2025, 12, 31, 23, 59), "a@b.ru"), "x")
        .receipt().items().get(0);
    Item after = factory.sell(row("122.00", LocalDateTime.of(2026, 1, 1, 0, 0), "a@b.ru"), "x")
        .receipt().items().get(0);
    assertThat(before.tax()).isEqualTo(Tax.VAT20);
    assertThat(before.taxSum()).contains(new BigDecimal("20.00"));
    assertThat(after.tax()).isEqualTo(Tax.VAT22);
    assertThat(after.taxSum()).contains(new BigDecimal("22.00"));
  }

  @Test
  void fillsTheNameTemplateAndCutsItTo128CharactersWithoutSplittingACharacter() {
    ReceiptPolicy policy = ReceiptPolicy.builder().itemNameTemplate("ЖКУ по документу {number} от {date}: {purpose}")
        .build();
    String name = new ReceiptFactory(policy).sell(row("10", LocalDateTime.of(2026, 11, 2, 10, 15), "a@b.ru"), "x")
        .receipt().items().get(0).name();
    assertThat(name).isEqualTo("ЖКУ по документу 0000-000112 от 02.11.2026: Оплата ЖКУ за октябрь 2026, л/с 10023");

    FillRow emoji = row("10", LocalDateTime.of(2026, 11, 2, 10, 15), "a@b.ru")
        .withPaymentPurpose("😀".repeat(200));
    String cut = new ReceiptFactory(ReceiptPolicy.builder().itemNameTemplate("{purpose}").build()).sell(emoji, "x")
        .receipt().items().get(0).name();
    assertThat(cut.codePointCount(0, cut.length())).isEqualTo(128);
    assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 1))).isFalse();
  }

  @Test
  void dueDatesFollowTheCalendar() {
    assertThat(row("1", LocalDateTime.of(2026, 11, 2, 0, 0), "a@b.ru").dueBy()).isEqualTo(LocalDate.of(2026, 11, 3));
  }
}
