package io.github.receiptbridge.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.PayerKind;
import io.github.receiptbridge.core.PaymentKind;
import io.github.receiptbridge.core.PlannedAction;
import io.github.receiptbridge.core.ReceiptDraft;
import io.github.receiptbridge.core.ReceiptPolicy;
import io.github.receiptbridge.core.SavedState;
import io.github.receiptbridge.core.TaxRule;
import io.github.receiptbridge.core.VatRate;
import io.github.receiptbridge.core.internal.schetmash.SchetmashModel;
import io.github.receiptbridge.schetmash.internal.ObjectMappers;
import io.github.receiptbridge.schetmash.model.Item;
import io.github.receiptbridge.schetmash.model.PaymentMethod;
import io.github.receiptbridge.schetmash.model.PaymentObject;
import io.github.receiptbridge.schetmash.model.PaymentType;
import io.github.receiptbridge.schetmash.model.ReceiptRequest;
import io.github.receiptbridge.schetmash.model.Tax;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The receipt of a document: the factory's draft, and the Счетмаш request the adapter makes of it ({@link
 * SchetmashModel}), whose bytes are what the service fiscalizes.
 */
class ReceiptFactoryTest {
  static FillRow row(String amount, LocalDateTime date, String contact) {
    UUID key = UUID.fromString("3f2a9c1e-5b7d-11ee-8c3a-0050569f1a01");
    return FillRow.builder().documentKey(key).organizationKey(key).number("0000-000112").date(date)
        .amount(new BigDecimal(amount)).paymentPurpose("Оплата ЖКУ за\nоктябрь 2026, л/с 10023")
        .operationKind("ОплатаПокупателя").paymentKind(PaymentKind.CUSTOMER_PAYMENT).posted(true)
        .deletionMark(false).buyerContact(contact).savedState(SavedState.empty()).externalId(ExternalIds.sell(key))
        .dueBy(date.toLocalDate().plusDays(1)).overdue(false).action(PlannedAction.SEND).build();
  }

  /** The Счетмаш request of {@code row}'s receipt by {@code factory}. */
  private static ReceiptRequest request(ReceiptFactory factory, FillRow row, String externalId) {
    return SchetmashModel.request(factory.sell(row, externalId));
  }

  @Test
  void theDraftCarriesTheAmountThePolicysEnumsAndTheContact() {
    ReceiptDraft draft = new ReceiptFactory(ReceiptPolicy.defaults())
        .sell(row("1520.4", LocalDateTime.of(2026, 11, 2, 10, 15), "resident@example.ru"), "1c-x");
    assertThat(draft.externalId()).isEqualTo("1c-x");
    assertThat(draft.timestamp()).isEqualTo(LocalDateTime.of(2026, 11, 2, 10, 15));
    assertThat(draft.amount()).isEqualTo(new BigDecimal("1520.40"));
    assertThat(draft.vatRate()).isEqualTo(VatRate.NONE);
    assertThat(draft.paymentObject()).isEqualTo(io.github.receiptbridge.core.PaymentObject.SERVICE);
    assertThat(draft.paymentMethod()).isEqualTo(io.github.receiptbridge.core.PaymentMethod.FULL_PAYMENT);
    assertThat(draft.paymentForm()).isEqualTo(io.github.receiptbridge.core.PaymentForm.ELECTRONIC);
    assertThat(draft.buyerEmail()).contains("resident@example.ru");
    assertThat(draft.buyerPhone()).isEmpty();
    assertThat(draft.callbackUrl()).isEmpty();
  }

  @Test
  void oneLineWhosePriceSumTotalAndPaymentAreTheAmountToTheKopeck() {
    ReceiptRequest request = request(new ReceiptFactory(ReceiptPolicy.defaults()),
        row("1520.40", LocalDateTime.of(2026, 11, 2, 10, 15), "resident@example.ru"), "1c-x");
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
    ReceiptRequest request = request(new ReceiptFactory(ReceiptPolicy.defaults()),
        row("10", LocalDateTime.of(2026, 11, 2, 10, 15), "+79161234567"), "1c-x");
    assertThat(request.receipt().buyer().phone()).contains("+79161234567");
    assertThat(request.receipt().buyer().email()).isEmpty();
  }

  @Test
  void theStandardRateIsVat20Before2026AndVat22From2026WithTheTaxInside() {
    ReceiptFactory factory = new ReceiptFactory(ReceiptPolicy.builder().taxRule(TaxRule.STANDARD_RATE).build());
    Item before = request(factory, row("120.00", LocalDateTime.of(2025, 12, 31, 23, 59), "a@b.ru"), "x")
        .receipt().items().get(0);
    Item after = request(factory, row("122.00", LocalDateTime.of(2026, 1, 1, 0, 0), "a@b.ru"), "x")
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
    String name = request(new ReceiptFactory(policy), row("10", LocalDateTime.of(2026, 11, 2, 10, 15), "a@b.ru"),
        "x").receipt().items().get(0).name();
    assertThat(name).isEqualTo("ЖКУ по документу 0000-000112 от 02.11.2026: Оплата ЖКУ за октябрь 2026, л/с 10023");

    FillRow emoji = row("10", LocalDateTime.of(2026, 11, 2, 10, 15), "a@b.ru")
        .withPaymentPurpose("😀".repeat(200));
    String cut = request(new ReceiptFactory(ReceiptPolicy.builder().itemNameTemplate("{purpose}").build()), emoji,
        "x").receipt().items().get(0).name();
    assertThat(cut.codePointCount(0, cut.length())).isEqualTo(128);
    assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 1))).isFalse();
  }

  @Test
  void dueDatesFollowTheCalendar() {
    assertThat(row("1", LocalDateTime.of(2026, 11, 2, 0, 0), "a@b.ru").dueBy()).isEqualTo(LocalDate.of(2026, 11, 3));
  }

  private static final ReceiptFactory PURPOSE_ONLY =
      new ReceiptFactory(ReceiptPolicy.builder().itemNameTemplate("{purpose}").build());

  private static String nameFor(String purpose) {
    return request(PURPOSE_ONLY, row("10", LocalDateTime.of(2026, 11, 2, 10, 15), "a@b.ru")
        .withPaymentPurpose(purpose), "x").receipt().items().get(0).name();
  }

  @Test
  void cutsA300CharacterPurposeToTheLongestStartThatFits() {
    String purpose = ("Оплата «ЖКУ» за \"октябрь\" 2026, л/с 'A-10023' \\ 😀 ").repeat(10).substring(0, 300);
    String name = nameFor(purpose);
    int codePoints = name.codePointCount(0, name.length());
    assertThat(codePoints).isLessThanOrEqualTo(ReceiptPolicy.MAX_ITEM_NAME);
    assertThat(purpose).startsWith(name);
    String rest = purpose.substring(name.length()).stripLeading();
    int skipped = purpose.length() - name.length() - rest.length();
    assertThat(codePoints + skipped + 1).as("the next character would not have fitted")
        .isGreaterThan(ReceiptPolicy.MAX_ITEM_NAME);
  }

  @Test
  void neverSplitsAnEmojiAFlagOrAJoinedFamilyWhenCutting() {
    String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67"; // 5 code points, one emoji
    String flag = "\uD83C\uDDF7\uD83C\uDDFA"; // 2 code points, one flag
    assertThat(nameFor("А".repeat(126) + family + "Б")).isEqualTo("А".repeat(126));
    assertThat(nameFor("А".repeat(123) + family + "Б")).isEqualTo("А".repeat(123) + family);
    assertThat(nameFor("А".repeat(127) + flag + "Б")).isEqualTo("А".repeat(127));
    assertThat(nameFor("А".repeat(126) + flag + "Б")).isEqualTo("А".repeat(126) + flag);
    assertThat(nameFor("А".repeat(127) + "😀" + "Б")).isEqualTo("А".repeat(127) + "😀");
    assertThat(nameFor("😀".repeat(200))).isEqualTo("😀".repeat(ReceiptPolicy.MAX_ITEM_NAME));
    assertThat(nameFor("А".repeat(120) + "        " + "Б".repeat(20))).isEqualTo("А".repeat(120) + " " + "Б".repeat(7));
    assertThat(nameFor("А".repeat(127) + " Б")).as("no space left at the end").isEqualTo("А".repeat(127));
  }

  @Test
  void sendsQuotesBackslashesAndEmojiAsValidJsonThatReadsBackTheSame() throws Exception {
    String purpose = "Оплата \"ЖКУ\" 'кв. 5' «Иванов» \\n \\ </script> 😀 👍🏽 {\"a\":1}";
    ReceiptRequest request = request(PURPOSE_ONLY, row("1520.40", LocalDateTime.of(2026, 11, 2, 10, 15), "a@b.ru")
        .withPaymentPurpose(purpose), "1c-x");
    assertThat(request.receipt().items().get(0).name()).isEqualTo(purpose);
    String wire = new String(ObjectMappers.create().writeValueAsBytes(request), StandardCharsets.UTF_8);
    JsonNode read = new ObjectMapper().readTree(wire);
    assertThat(read.at("/receipt/items/0/name").asText()).isEqualTo(purpose);
    assertThat(wire).contains("\"total\":1520.40");
  }

  @Test
  void controlCharactersAndBrokenSurrogatesNeverReachTheReceipt() throws Exception {
    String name = nameFor("ЖКУ\u0000за\tоктябрь\r\n\u2028л/с \uD83D 10023\u0007");
    assertThat(name).isEqualTo("ЖКУ за октябрь л/с 10023");
    assertThat(nameFor("\uDE00 ЖКУ \uD83D")).isEqualTo("ЖКУ");
  }

  @Test
  void placeholdersAreFilledOnceAndTheirValuesAreTakenLiterally() {
    FillRow row = row("10", LocalDateTime.of(2026, 11, 2, 10, 15), "a@b.ru").withNumber("{purpose} $1 \\")
        .withPaymentPurpose("{number} $2");
    String name = request(new ReceiptFactory(ReceiptPolicy.builder().itemNameTemplate("№{number}: {purpose} ({date})")
        .build()), row, "x").receipt().items().get(0).name();
    assertThat(name).isEqualTo("№{purpose} $1 \\: {number} $2 (02.11.2026)");
  }

  @Test
  void theAmountIsWrittenWithTwoDecimalsAndNeverRounded() throws Exception {
    for (String amount : new String[] {"100", "100.000", "0.01", "99999999.99", "9999999999.99"}) {
      ReceiptRequest request = request(new ReceiptFactory(ReceiptPolicy.defaults()),
        row(amount, LocalDateTime.of(2026, 11, 2, 10, 15), "a@b.ru"), "x");
      BigDecimal expected = new BigDecimal(amount);
      Item item = request.receipt().items().get(0);
      assertThat(item.price()).as(amount).isEqualByComparingTo(expected).extracting(BigDecimal::scale).isEqualTo(2);
      assertThat(item.sum()).as(amount).isEqualByComparingTo(expected);
      assertThat(request.receipt().total()).as(amount).isEqualByComparingTo(expected);
      assertThat(request.receipt().payments().get(0).sum()).as(amount).isEqualByComparingTo(expected);
      String wire = new String(ObjectMappers.create().writeValueAsBytes(request), StandardCharsets.UTF_8);
      String plain = expected.setScale(2).toPlainString();
      assertThat(wire).as(amount).contains("\"price\":" + plain, "\"sum\":" + plain, "\"total\":" + plain);
    }
    assertThatThrownBy(() -> request(new ReceiptFactory(ReceiptPolicy.defaults()),
        row("0.001", LocalDateTime.of(2026, 11, 2, 10, 15), "a@b.ru"), "x"))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void theContactGoesToTheEmailFieldWhenItIsAnAddressWhateverItStartsWith() {
    ReceiptRequest request = request(new ReceiptFactory(ReceiptPolicy.defaults()),
        row("10", LocalDateTime.of(2026, 11, 2, 10, 15), "+receipts@example.ru"), "x");
    assertThat(request.receipt().buyer().email()).contains("+receipts@example.ru");
    assertThat(request.receipt().buyer().phone()).isEmpty();
  }

  /** {@code row} with a payer of {@code kind} named {@code name}, with {@code inn} when not null. */
  private static FillRow payer(FillRow row, PayerKind kind, String name, String inn) {
    FillRow named = row.withPayerKind(kind).withPayerName(name);
    return inn == null ? named : named.withPayerInn(inn);
  }

  private static FillRow november(String contact) {
    return row("1520.40", LocalDateTime.of(2026, 11, 2, 10, 15), contact);
  }

  @Test
  void aCompanysReceiptCarriesTheBuyersNameAndInn() {
    ReceiptDraft draft = new ReceiptFactory(ReceiptPolicy.defaults()).sell(
        payer(november("buh@romashka.ru"), PayerKind.ORGANIZATION, "ООО «Ромашка»", "7704123453"), "1c-x");
    assertThat(draft.buyerName()).contains("ООО «Ромашка»");
    assertThat(draft.buyerInn()).contains("7704123453");
    assertThat(draft.buyerEmail()).contains("buh@romashka.ru");
  }

  @Test
  void aSoleTradersReceiptCarriesTheNameAndThe12DigitInnThoughTheLedgerCallsItAPerson() {
    ReceiptDraft draft = new ReceiptFactory(ReceiptPolicy.defaults()).sell(
        payer(november("ip@example.ru"), PayerKind.PERSON, "ИП Петров Пётр Петрович", "500100732259"), "1c-x");
    assertThat(draft.buyerName()).contains("ИП Петров Пётр Петрович");
    assertThat(draft.buyerInn()).contains("500100732259");
  }

  @Test
  void aPersonWithoutAnInnGetsNeitherNameNorInnSoAResidentsNameIsNeverSent() {
    ReceiptFactory factory = new ReceiptFactory(ReceiptPolicy.defaults());
    ReceiptDraft person = factory.sell(payer(november("r@example.ru"), PayerKind.PERSON, "Иванов Иван", null), "1c-x");
    ReceiptDraft unknown = factory.sell(november("r@example.ru").withPayerName("Иванов Иван"), "1c-x");
    assertThat(person.buyerName()).isEmpty();
    assertThat(person.buyerInn()).isEmpty();
    assertThat(unknown.buyerName()).isEmpty();
    assertThat(unknown.buyerInn()).isEmpty();
  }

  @Test
  void anInnThatIsNot10Or12DigitsIsLeftOutAndAPersonWithOnlySuchAnInnGetsNoName() {
    ReceiptFactory factory = new ReceiptFactory(ReceiptPolicy.defaults());
    for (String bad : new String[] {"77041234", "77041234531", "7704-123453", "ИНН 7704123453", "", "7704123453 0"}) {
      ReceiptDraft company = factory.sell(
          payer(november("buh@romashka.ru"), PayerKind.ORGANIZATION, "ООО «Ромашка»", bad), "1c-x");
      ReceiptDraft person = factory.sell(payer(november("r@example.ru"), PayerKind.PERSON, "Иванов Иван", bad), "1c-x");
      assertThat(company.buyerName()).as(bad).contains("ООО «Ромашка»");
      assertThat(company.buyerInn()).as(bad).isEmpty();
      assertThat(person.buyerName()).as(bad).isEmpty();
      assertThat(person.buyerInn()).as(bad).isEmpty();
    }
    assertThat(Inns.normalize(" 7704123453 ")).contains("7704123453");
  }

  @Test
  void theBuyersNameIsOneLineOfAtMost256Characters() {
    ReceiptDraft draft = new ReceiptFactory(ReceiptPolicy.defaults()).sell(payer(november("buh@romashka.ru"),
        PayerKind.ORGANIZATION, "ООО\n«" + "Ромашка".repeat(50) + "»", "7704123453"), "1c-x");
    assertThat(draft.buyerName()).hasValueSatisfying(name -> {
      assertThat(name).startsWith("ООО «Ромашка").doesNotContain("\n");
      assertThat(name.codePointCount(0, name.length())).isEqualTo(ReceiptDraft.MAX_BUYER_NAME);
    });
  }

  @Test
  void theBuyersNameAndInnAreReceiptAttributesNameAndInnOnTheWireAsTheContractSays() throws Exception {
    ReceiptRequest request = request(new ReceiptFactory(ReceiptPolicy.defaults()),
        payer(november("buh@romashka.ru"), PayerKind.ORGANIZATION, "ООО «Ромашка»", "7704123453"), "1c-x");
    String wire = new String(ObjectMappers.create().writeValueAsBytes(request), StandardCharsets.UTF_8);
    JsonNode attributes = new ObjectMapper().readTree(wire).at("/receipt/attributes");
    assertThat(attributes.get("name").isTextual()).isTrue();
    assertThat(attributes.get("name").asText()).isEqualTo("ООО «Ромашка»");
    assertThat(attributes.get("inn").isTextual()).as("the INN is a string, leading zeros kept").isTrue();
    assertThat(attributes.get("inn").asText()).isEqualTo("7704123453");
    assertThat(attributes.get("email").asText()).isEqualTo("buh@romashka.ru");
  }

  @Test
  void aResidentsRequestHasNoNameOrInnAttribute() throws Exception {
    ReceiptRequest request = request(new ReceiptFactory(ReceiptPolicy.defaults()),
        payer(november("r@example.ru"), PayerKind.PERSON, "Иванов Иван", null), "1c-x");
    String wire = new String(ObjectMappers.create().writeValueAsBytes(request), StandardCharsets.UTF_8);
    JsonNode attributes = new ObjectMapper().readTree(wire).at("/receipt/attributes");
    assertThat(attributes.has("name")).isFalse();
    assertThat(attributes.has("inn")).isFalse();
    assertThat(wire).doesNotContain("Иванов");
  }
}
