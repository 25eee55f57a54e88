package io.github.receiptbridge.reliability;

import io.github.receiptbridge.app.cli.output.EnglishReasons;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.receiptbridge.core.Action;
import io.github.receiptbridge.core.DocumentOutcome;
import io.github.receiptbridge.core.OrganizationPayers;
import io.github.receiptbridge.core.ReceiptPolicy;
import io.github.receiptbridge.core.ReceiptRegistrar;
import io.github.receiptbridge.app.common.ExitCodes;
import io.github.receiptbridge.app.ReceiptBridgeCli;
import io.github.receiptbridge.app.common.config.ConfigKey;
import io.github.receiptbridge.sandbox.BankReceiptSeed;
import io.github.receiptbridge.sandbox.CounterpartyForm;
import io.github.receiptbridge.sandbox.SchetmashSandboxReceipt;
import io.github.receiptbridge.core.ReceiptStatus;
import io.github.receiptbridge.testkit.AwkwardContacts;
import io.github.receiptbridge.testkit.InProcessCli;
import io.github.receiptbridge.testkit.TestJournals;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input: documents with impossible or extreme amounts, long and hostile payment purposes and names, every phone
 * format of Russian data, missing contacts, and bad configuration of the app. Each document must end either as a
 * receipt in Счетмаш whose total, line and payment are exactly the amount 1C holds and whose contact is the
 * normalized phone or e-mail, or as SKIPPED with a reason and nothing written to 1C; no exception may escape. Each
 * bad configuration value must end with exit code 2, one {@code error:} line naming the key or option, no stack trace
 * and nothing sent.
 */
@ExtendWith(ReliabilityTable.class)
class BadInputTest {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  private static final Pattern GRAPHEME = Pattern.compile("\\X");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final LocalDateTime FIRST = LocalDateTime.of(2026, 10, 5, 9, 0);
  private static final String FALLBACK = "receipts@uk-romashka.example.ru";

  /**
   * One seeded document and what it must end as.
   *
   * @param input   the bad input, as the trial's table row names it
   * @param key     the document
   * @param contact the receipt's contact, or null when the document must be skipped
   * @param reason  a part of the skip reason, or null when a receipt must be sent
   */
  private record Case(String input, UUID key, String contact, String reason) {
    boolean sent() {
      return contact != null;
    }
  }

  /** What the checks of one run found. */
  private record Verdict(int sent, int skipped, int duplicates, int lost) {}

  /** A payment of its own: each has its own payment order, so none is taken for a copy of another. */
  private static BankReceiptSeed.Builder seed(Services services, int index) {
    return BankReceiptSeed.builder().organization(services.organization).date(FIRST.plusMinutes(index))
        .amount(new BigDecimal("1520.40")).purpose("Оплата ЖКУ за сентябрь 2026, л/с " + (10000 + index))
        .paymentOrder(String.valueOf(500 + index), FIRST.toLocalDate());
  }

  private static UUID person(Services services, String email, String phone) {
    return services.onec.data().addNaturalPerson("Иванов Иван Иванович", email, phone);
  }

  /**
   * Runs the workflow once and checks every case: a sent one has exactly one receipt of exactly its 1C amount to its
   * contact, written back to 1C; a skipped one has a reason, no receipt and nothing in 1C.
   */
  private static Verdict runAndCheck(Services services, ReceiptRegistrar registrar, List<Case> cases) {
    Services.Pass pass = services.runOnce(registrar);
    assertThat(pass.stopped()).as("the run must not stop").isNull();
    assertThat(pass.complete()).as(pass.describe()).isTrue();
    Map<UUID, Audit.Document> documents = services.audit().onecDocuments();
    Map<String, List<SchetmashSandboxReceipt>> receipts = services.schetmash.receipts().stream()
        .collect(Collectors.groupingBy(SchetmashSandboxReceipt::externalId));
    Map<Long, BigDecimal> stored = services.audit().serviceReceipts().stream()
        .collect(Collectors.toMap(Audit.ServiceReceipt::id, Audit.ServiceReceipt::total));
    int sent = 0;
    int skipped = 0;
    for (Case c : cases) {
      List<DocumentOutcome> records = pass.report().outcomes().stream()
          .filter(o -> o.documentKey().equals(c.key())).toList();
      assertThat(records).as(c.input() + ": one record in the report").hasSize(1);
      DocumentOutcome outcome = records.get(0);
      List<SchetmashSandboxReceipt> held = receipts.getOrDefault("1c-" + c.key(), List.of());
      if (c.sent()) {
        assertThat(outcome.action()).as(c.input() + ": " + outcome).isEqualTo(Action.SENT);
        assertThat(outcome.status()).as(c.input() + ": fiscalized").contains(ReceiptStatus.SUCCESS);
        assertThat(held).as(c.input()).hasSize(1);
        BigDecimal amount = documents.get(c.key()).amount();
        JsonNode body = readJson(held.get(0).requestBody());
        assertExactly(c.input(), amount, body);
        assertThat(stored.get(held.get(0).id())).as(c.input() + ": the total Счетмаш stored")
            .isEqualByComparingTo(amount);
        JsonNode buyer = body.at("/receipt/attributes");
        String contact = buyer.has("email") ? buyer.get("email").asText() : buyer.path("phone").asText();
        assertThat(contact).as(c.input() + ": the receipt's contact").isEqualTo(c.contact());
        assertThat(services.onec.data().additionalInfo(c.key(), Audit.RECEIPT_ID)).as(c.input())
            .hasValueSatisfying(id -> assertThat(new BigDecimal(id)).isEqualByComparingTo(
                BigDecimal.valueOf(held.get(0).id())));
        sent++;
      } else {
        assertThat(outcome.action()).as(c.input() + ": " + outcome).isEqualTo(Action.SKIPPED);
        assertThat(outcome.reason()).as(c.input()).hasValueSatisfying(reason ->
            assertThat(EnglishReasons.text(reason)).contains(c.reason()));
        assertThat(held).as(c.input() + ": a skipped document has no receipt").isEmpty();
        assertThat(services.onec.data().additionalInfo(c.key())).as(c.input() + ": nothing written to 1C")
            .isEmpty();
        skipped++;
      }
    }
    Audit.Result audit = services.audit().check(cases.stream().filter(Case::sent)
        .map(c -> c.key().toString()).toList(), true);
    assertThat(audit.clean()).as(audit.problems().toString()).isTrue();
    return new Verdict(sent, skipped, audit.duplicates(), audit.lostOrWrong());
  }

  /** The receipt's total, line price × quantity, line sum and payment are all exactly {@code amount}. */
  private static void assertExactly(String input, BigDecimal amount, JsonNode body) {
    JsonNode receipt = body.get("receipt");
    assertThat(receipt.get("items")).as(input).hasSize(1);
    assertThat(receipt.get("payments")).as(input).hasSize(1);
    JsonNode item = receipt.get("items").get(0);
    assertThat(receipt.get("total").decimalValue()).as(input + ": total").isEqualByComparingTo(amount);
    assertThat(item.get("price").decimalValue().multiply(item.get("quantity").decimalValue()))
        .as(input + ": price × quantity").isEqualByComparingTo(amount);
    assertThat(item.get("sum").decimalValue()).as(input + ": line sum").isEqualByComparingTo(amount);
    assertThat(receipt.get("payments").get(0).get("sum").decimalValue()).as(input + ": payment")
        .isEqualByComparingTo(amount);
    for (JsonNode money : List.of(receipt.get("total"), item.get("price"), receipt.get("payments").get(0)
        .get("sum"))) {
      assertThat(money.decimalValue().stripTrailingZeros().scale()).as(input + ": whole kopecks")
          .isLessThanOrEqualTo(2);
    }
  }

  private static JsonNode readJson(String body) {
    try {
      return JSON.readTree(body);
    } catch (java.io.IOException e) {
      throw new AssertionError("the receipt is not valid JSON: " + body, e);
    }
  }

  @Test
  void everyAmountIsRegisteredToTheKopeckOrSkippedWithAReason() throws Exception {
    try (Services services = new Services(0, 1)) {
      UUID payer = person(services, "payer@example.ru", null);
      Map<String, String> amounts = new LinkedHashMap<>(); // amount → reason fragment, null when it must be sent
      amounts.put("0", "not above zero");
      amounts.put("-5", "not above zero");
      amounts.put("-0.01", "not above zero");
      amounts.put("0.001", "not above zero"); // 1C keeps kopecks (Number 15,2): the document holds 0.00
      amounts.put("0.01", null);
      amounts.put("1520.4", null);
      amounts.put("99999999.99", null);
      amounts.put("9999999999.99", null);
      amounts.put("10000000000.00", "largest receipt total");
      amounts.put("123456789012.34", "largest receipt total");
      List<Case> cases = new ArrayList<>();
      int index = 0;
      for (Map.Entry<String, String> amount : amounts.entrySet()) {
        UUID key = services.onec.data().addBankReceipt(seed(services, index++).naturalPerson(payer)
            .amount(new BigDecimal(amount.getKey())).build());
        cases.add(new Case("amount " + amount.getKey(), key, amount.getValue() == null ? "payer@example.ru" : null,
            amount.getValue()));
      }
      Map<UUID, Audit.Document> documents = services.audit().onecDocuments();
      assertThat(documents.get(cases.get(3).key()).amount()).as("1C keeps kopecks only")
          .isEqualByComparingTo("0.00");

      Verdict verdict = runAndCheck(services, services.registrar(ReceiptPolicy.defaults()), cases);

      assertThat(verdict.sent()).isEqualTo(4);
      ReliabilityTable.record(new Trial("Bad input", "Amounts 0, -5, -0.01, 0.001 (1C keeps 0.00), 0.01, 1520.4, "
          + "99,999,999.99, 9,999,999,999.99 (the largest Счетмаш stores), 10,000,000,000.00 and 123,456,789,012.34",
          amounts.size(), verdict.sent() + " registered with exactly the 1C amount as total, line and payment; "
              + verdict.skipped() + " skipped with a reason (not above zero, above the largest total)",
          verdict.duplicates(), verdict.lost()));
    }
  }

  @Test
  void longAndHostilePurposesAndNamesGiveAnItemNameThatFitsAndValidJson() throws Exception {
    String template = "Оплата по документу {number} от {date}: {purpose}";
    String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
    Map<String, String> purposes = new LinkedHashMap<>();
    purposes.put("300 characters", ("Оплата жилищно-коммунальных услуг за сентябрь 2026 года по лицевому счёту "
        + "10023, квартира 5, без НДС. ").repeat(4).substring(0, 300));
    purposes.put("300 emoji", "😀".repeat(300));
    purposes.put("ZWJ families across the 128th character", (family + " ").repeat(60));
    purposes.put("flags across the 128th character", "🇷🇺".repeat(100));
    purposes.put("quotes and backslashes", "Оплата \"ЖКУ\" 'кв. 5' «Иванов» \\ \\n \\u0000 </script> {\"a\":1} "
        + "${x} %s' OR '1'='1");
    purposes.put("line breaks, tabs and control characters", "ЖКУ\nза\tсентябрь\r\n2026\u0007 л/с\u2028 10023");
    purposes.put("a broken surrogate pair", "ЖКУ \uD83D за сентябрь \uDE00 2026");
    try (Services services = new Services(0, 2)) {
      UUID company = services.onec.data().addCounterparty("ООО \"Ромашка\" «Лучшая» 'УК' \\ 😀 </script>",
          "7712345678", "buh+receipts@romashka.example.ru", null);
      List<Case> cases = new ArrayList<>();
      int index = 0;
      for (Map.Entry<String, String> purpose : purposes.entrySet()) {
        UUID key = services.onec.data().addBankReceipt(seed(services, index++).counterparty(company)
            .purpose(purpose.getValue()).build());
        cases.add(new Case("purpose: " + purpose.getKey(), key, "buh+receipts@romashka.example.ru", null));
      }
      UUID quotedNumber = services.onec.data().addBankReceipt(seed(services, index++).counterparty(company)
          .number("Б/Н \"7\" «😀» \\").purpose("ЖКУ").build());
      cases.add(new Case("number with quotes, backslash and emoji", quotedNumber, "buh+receipts@romashka.example.ru",
          null));

      Verdict verdict = runAndCheck(services,
          services.registrar(ReceiptPolicy.builder().itemNameTemplate(template)
              .organizationPayers(OrganizationPayers.SEND).build()), cases); // the names, not the payer kind, on trial

      Map<UUID, Audit.Document> documents = services.audit().onecDocuments();
      int cut = 0;
      for (Case c : cases) {
        String name = readJson(services.schetmash.receiptsByExternalId(services.schetmash.shopId(), "1c-" + c.key())
            .get(0).requestBody()).at("/receipt/items/0/name").asText();
        String full = singleLine(expand(template, documents.get(c.key())));
        cut += assertFitsAndIsCutOnACharacterBoundary(c.input(), name, full) ? 1 : 0;
      }
      assertThat(cut).as("the long purposes were cut").isGreaterThanOrEqualTo(4);

      Verdict blank = blankNames();
      ReliabilityTable.record(new Trial("Bad input", "Payment purposes of 300 characters (1C keeps 210), 300 emoji, "
          + "ZWJ families and flags across the 128th character, quotes/backslashes/`</script>`, control characters, "
          + "a broken surrogate pair; payer name and number with quotes and emoji; blank item names",
          cases.size() + blank.sent() + blank.skipped(), verdict.sent() + " registered, " + cut + " names cut to "
              + "≤128 characters on a character boundary, all valid JSON read back unchanged; " + blank.skipped()
              + " blank names skipped with the service's reason", verdict.duplicates() + blank.duplicates(),
          verdict.lost() + blank.lost()));
    }
  }

  /** An item name template of only {@code {purpose}}, with purposes that leave nothing to print. */
  private Verdict blankNames() throws Exception {
    try (Services services = new Services(0, 3)) {
      UUID payer = person(services, "payer@example.ru", null);
      List<Case> cases = new ArrayList<>();
      int index = 0;
      for (String purpose : new String[] {"", " \n\t ", "0"}) {
        UUID key = services.onec.data().addBankReceipt(seed(services, index++).naturalPerson(payer).purpose(purpose)
            .build());
        cases.add(new Case("blank name '" + purpose + "'", key, null, "receipt -> items -> name"));
      }
      return runAndCheck(services, services.registrar(ReceiptPolicy.builder().itemNameTemplate("{purpose}")
          .build()), cases);
    }
  }

  private static String expand(String template, Audit.Document document) {
    return template.replace("{date}", DAY.format(document.date())).replace("{number}", "\u0001NUMBER\u0001")
        .replace("{purpose}", document.purpose()).replace("\u0001NUMBER\u0001", document.number());
  }

  /** The text as one printable line: no control characters, no half surrogate pairs, single spaces. */
  private static String singleLine(String text) {
    StringBuilder whole = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1));
      if (paired) {
        whole.append(c).append(text.charAt(++i));
      } else if (!Character.isSurrogate(c)) {
        whole.append(Character.isISOControl(c) || Character.isWhitespace(c) || c == '\u2028' ? ' ' : c);
      }
    }
    return whole.toString().replaceAll(" +", " ").strip();
  }

  /**
   * The name is the whole single-line expansion when it fits, else its longest start of whole characters (an emoji
   * with its joiners, a flag) of at most 128 code points.
   *
   * @return whether the name was cut
   */
  private static boolean assertFitsAndIsCutOnACharacterBoundary(String input, String name, String full) {
    int max = ReceiptPolicy.MAX_ITEM_NAME;
    assertThat(name.codePointCount(0, name.length())).as(input).isLessThanOrEqualTo(max);
    assertThat(name.chars().noneMatch(c -> Character.isISOControl(c))).as(input).isTrue();
    if (full.codePointCount(0, full.length()) <= max) {
      assertThat(name).as(input).isEqualTo(full);
      return false;
    }
    assertThat(full).as(input).startsWith(name);
    List<Integer> boundaries = new ArrayList<>();
    Matcher grapheme = GRAPHEME.matcher(full);
    while (grapheme.find()) {
      boundaries.add(grapheme.end());
    }
    assertThat(boundaries).as(input + ": the cut is between two characters as a reader sees them")
        .contains(name.length());
    int next = boundaries.stream().filter(end -> end > name.length()).findFirst().orElseThrow();
    String withNext = full.substring(0, next).strip();
    assertThat(withNext.codePointCount(0, withNext.length()) > max
        || withNext.length() == name.length()).as(input + ": the next character would not have fitted").isTrue();
    return true;
  }

  @Test
  void everyPhoneAndEmailFormatIsNormalizedOrTreatedAsNoContact() throws Exception {
    Map<String, String> phones = new LinkedHashMap<>(AwkwardContacts.MOBILES); // as 1C holds it → the receipt's
    AwkwardContacts.NOT_MOBILES.forEach(entry -> phones.put(entry, null)); // phone, null for none
    Map<String, String[]> emails = new LinkedHashMap<>(); // e-mail, phone → the receipt's contact
    emails.put("e-mail", new String[] {"ivanov@example.ru", "8 912 345 67 89", "ivanov@example.ru"});
    emails.put("e-mail with spaces and capitals", new String[] {"  Petrov@Example.RU ", null, "Petrov@Example.RU"});
    emails.put("name and e-mail in brackets", new String[] {"Сидоров <sidorov@example.ru>", null,
        "sidorov@example.ru"});
    emails.put("two e-mails", new String[] {"a@example.ru; b@example.ru", null, "a@example.ru"});
    emails.put("apostrophe in e-mail", new String[] {"o'brien@example.ru", null, "o'brien@example.ru"});
    emails.put("broken e-mail, good phone", new String[] {"ivanov@", "8 912 345 67 92", "+79123456792"});
    emails.put("broken e-mail, landline", new String[] {"ivanov@mail", "8 (495) 123-45-67", null});
    emails.put("e-mail of 70 characters", new String[] {"a".repeat(59) + "@example.ru", null, null});
    try (Services services = new Services(0, 4)) {
      List<Case> cases = new ArrayList<>();
      int index = 0;
      for (Map.Entry<String, String> phone : phones.entrySet()) {
        UUID key = services.onec.data().addBankReceipt(seed(services, index++)
            .naturalPerson(person(services, null, phone.getKey())).build());
        cases.add(new Case("phone '" + phone.getKey() + "'", key, phone.getValue(),
            phone.getValue() == null ? "no buyer e-mail or phone" : null));
      }
      for (Map.Entry<String, String[]> email : emails.entrySet()) {
        String[] value = email.getValue();
        UUID key = services.onec.data().addBankReceipt(seed(services, index++)
            .naturalPerson(person(services, value[0], value[1])).build());
        cases.add(new Case(email.getKey(), key, value[2], value[2] == null ? "no buyer e-mail or phone" : null));
      }

      Verdict verdict = runAndCheck(services, services.registrar(ReceiptPolicy.defaults()), cases);

      ReliabilityTable.record(new Trial("Bad input", "Phones as 1C holds them (" + phones.size() + ": `+7 (912) …`, "
          + "`8 912 …`, `89…`, `9…`, `7 912 …`, `8(912)…`, with text and extension, two numbers, non-breaking "
          + "spaces, landline, toll-free, short, long, a letter, foreign, words) and e-mails (" + emails.size()
          + ": spaces, brackets, two, apostrophe, broken, over 64 characters)", cases.size(), verdict.sent()
          + " sent to the normalized `+79…` phone or the e-mail; " + verdict.skipped() + " without a usable "
          + "contact skipped as «no buyer e-mail or phone» with what was wrong", verdict.duplicates(), verdict.lost()));
    }
  }

  @Test
  void missingContactsAreSkippedUntilAFallbackEmailIsConfigured() throws Exception {
    try (Services services = new Services(0, 5)) {
      Map<String, UUID> documents = new LinkedHashMap<>();
      Map<String, String> why = new LinkedHashMap<>(); // what the skip reason must say
      documents.put("no payer", services.onec.data().addBankReceipt(seed(services, 0).noPayer().build()));
      why.put("no payer", "the document has no payer");
      documents.put("payer without contacts", services.onec.data().addBankReceipt(seed(services, 1)
          .naturalPerson(person(services, null, null)).build()));
      why.put("payer without contacts", "the payer has no e-mail or phone in 1C");
      documents.put("company without contacts", services.onec.data().addBankReceipt(seed(services, 2)
          .counterparty(services.onec.data().addCounterparty("ООО «Без связи»", "7712345679",
              CounterpartyForm.LEGAL_ENTITY, List.of())).build()));
      why.put("company without contacts", "the payer has no e-mail or phone in 1C");
      documents.put("e-mail 'not-an-email' only", services.onec.data().addBankReceipt(seed(services, 3)
          .naturalPerson(person(services, "not-an-email", null)).build()));
      why.put("e-mail 'not-an-email' only", "e-mail in 1C is not a valid address");
      documents.put("landline only", services.onec.data().addBankReceipt(seed(services, 4)
          .naturalPerson(person(services, null, "8 (495) 123-45-67")).build()));
      why.put("landline only", "phone in 1C is a landline");
      documents.put("blank e-mail and phone", services.onec.data().addBankReceipt(seed(services, 5)
          .naturalPerson(person(services, " ", " ")).build()));
      why.put("blank e-mail and phone", "the payer has no e-mail or phone in 1C");

      List<Case> skipped = new ArrayList<>();
      documents.forEach((input, key) -> skipped.add(new Case(input, key, null, why.get(input))));
      // a company payer is sent in this trial, so that its missing contact, not its legal form, is what is checked
      Verdict first = runAndCheck(services, services.registrar(ReceiptPolicy.builder()
          .organizationPayers(OrganizationPayers.SEND).build()), skipped);

      List<Case> sent = new ArrayList<>();
      documents.forEach((input, key) -> sent.add(new Case(input + ", then a fallback e-mail", key, FALLBACK, null)));
      Verdict second = runAndCheck(services, services.registrar(ReceiptPolicy.builder().fallbackEmail(FALLBACK)
          .organizationPayers(OrganizationPayers.SEND).build()), sent);

      assertThat(first.skipped()).isEqualTo(documents.size());
      assertThat(second.sent()).isEqualTo(documents.size());
      ReliabilityTable.record(new Trial("Bad input", "Missing contacts (no payer, payer or company without "
          + "contacts, only an invalid e-mail, only a landline, blanks), run without and then with "
          + "RECEIPT_FALLBACK_EMAIL", documents.size() * 2, first.skipped() + " skipped as «no buyer e-mail or phone» "
              + "saying why, nothing written; then all " + second.sent() + " sent once to the fallback e-mail",
          first.duplicates() + second.duplicates(), first.lost() + second.lost()));
    }
  }

  /** What one in-process run of the app did. */
  /**
   * One bad configuration value.
   *
   * @param key     the environment key or option that is wrong
   * @param value   its value ({@code null} for an option whose arguments are in {@code args})
   * @param args    the arguments replacing the period and options of the good command line, if any
   */
  private record BadValue(String key, String value, List<String> args) {
    static BadValue env(String key, String value) {
      return new BadValue(key, value, List.of());
    }

    static BadValue option(String option, String... args) {
      return new BadValue(option, null, List.of(args));
    }

    String describe() {
      return value == null ? String.join(" ", args) : key + "=" + value;
    }
  }

  /** The bad value as the table shows it after its key or option. */
  private static String shown(BadValue value) {
    if (value.value() != null) {
      return value.value().isEmpty() ? "(empty)" : value.value();
    }
    String args = String.join(" ", value.args());
    return args.startsWith(value.key() + " ") ? args.substring(value.key().length() + 1) : args;
  }

  /** The configuration key or command-line option an error line names first, if any. */
  private static Optional<String> firstNamed(String line) {
    List<String> names = new ArrayList<>(Arrays.stream(ConfigKey.values()).map(ConfigKey::name).toList());
    names.addAll(List.of("--concurrency", "--from", "--to", "--wait", "--report", "--organization", "--config"));
    return names.stream().filter(line::contains)
        .min(Comparator.comparingInt((String name) -> line.indexOf(name)).thenComparing(String::length,
            Comparator.reverseOrder()));
  }

  @Test
  void badConfigurationValuesEndWithAUsageErrorNamingTheKeyAndSendNothing() throws Exception {
    List<BadValue> bad = List.of(
        BadValue.env("SCHETMASH_SHOP_ID", "abc"),
        BadValue.env("SCHETMASH_SHOP_ID", "-5"),
        BadValue.env("SCHETMASH_SHOP_ID", "0"),
        BadValue.env("SCHETMASH_SHOP_ID", ""),
        BadValue.env("SCHETMASH_SHOP_ID", "99999999999999999999"),
        BadValue.env("SCHETMASH_URL", "not a url"),
        BadValue.env("SCHETMASH_URL", "ftp://x"),
        BadValue.env("SCHETMASH_URL", "http://exa mple.ru/lk/api/v1/"),
        BadValue.env("ONEC_ODATA_URL", "://"),
        BadValue.env("ONEC_ODATA_URL", "http://[::1/acc"),
        BadValue.env("ONEC_TIMEZONE", "Mars/Olympus"),
        BadValue.env("ONEC_TIMEZONE", "+25:00"),
        BadValue.env("RECEIPT_TAX", "vat99"),
        BadValue.env("RECEIPT_FALLBACK_EMAIL", "not-an-email"),
        BadValue.env("RECEIPT_FALLBACK_EMAIL", "a@b.ru, c@d.ru"),
        BadValue.env("SCHETMASH_ALLOW_INSECURE_HTTP", "yes"),
        BadValue.option("--concurrency", "--concurrency", "0"),
        BadValue.option("--concurrency", "--concurrency", "-3"),
        BadValue.option("--concurrency", "--concurrency", "abc"),
        BadValue.option("--from", "--from", "2026-13-01"),
        BadValue.option("--to", "--from", "2026-10-31", "--to", "2026-10-01"),
        BadValue.option("--wait", "--wait", "soon"),
        BadValue.option("--report", "--report", "/nonexistent/dir/r.json"));
    try (Services services = new Services(0, 6)) {
      UUID payer = person(services, "payer@example.ru", null);
      for (int index = 0; index < 5; index++) {
        services.onec.data().addBankReceipt(seed(services, index).naturalPerson(payer).build());
      }
      Map<String, String> good = new HashMap<>();
      good.put("SCHETMASH_URL", services.schetmash.baseUrl());
      good.put("SCHETMASH_LOGIN", services.schetmash.login());
      good.put("SCHETMASH_PASSWORD", services.schetmash.password());
      good.put("SCHETMASH_SHOP_ID", String.valueOf(services.schetmash.shopId()));
      good.put("ONEC_ODATA_URL", services.onec.serviceRoot());
      good.put("ONEC_USER", services.onec.user());
      good.put("ONEC_PASSWORD", services.onec.password());
      good.put("ONEC_TIMEZONE", Services.ZONE.getId());
      List<String> command = List.of("run", "--organization", Services.INN, "--wait", "5s");
      List<String> period = List.of("--from", "2026-10-01", "--to", "2026-10-31");

      for (BadValue value : bad) {
        Map<String, String> environment = new HashMap<>(good);
        List<String> args = new ArrayList<>(command);
        if (value.value() != null) {
          environment.put(value.key(), value.value());
        }
        args.addAll(value.args().contains("--from") ? value.args() : period);
        if (!value.args().contains("--from")) {
          args.addAll(value.args());
        }
        InProcessCli.Result result = InProcessCli.run(ReceiptBridgeCli::execute,
            TestJournals.withJournal(environment),
            args.toArray(String[]::new));

        String what = value.describe() + " → " + result.err();
        assertThat(result.exitCode()).as(what).isEqualTo(ExitCodes.USAGE);
        assertThat(result.errorLines()).as(what).singleElement().satisfies(line -> {
          assertThat(firstNamed(line)).as(what + ": the key or option named first").contains(value.key());
          String subject = line.indexOf(':', 7) > 0 ? line.substring(0, line.indexOf(':', 7)) : line;
          assertThat(Arrays.stream(ConfigKey.values()).map(ConfigKey::name)
              .filter(key -> !key.equals(value.key()) && subject.contains(key)))
              .as(what + ": no other key is blamed").isEmpty();
        });
        assertThat(result.hasStackTrace()).as(what).isFalse();
        assertThat(services.schetmash.receipts()).as(what + ": nothing sent").isEmpty();
        assertThat(services.onec.data().additionalInfoCount()).as(what + ": nothing written to 1C").isZero();
      }

      List<String> args = new ArrayList<>(command);
      args.addAll(period);
      InProcessCli.Result control = InProcessCli.run(ReceiptBridgeCli::execute,
          TestJournals.withJournal(good),
          args.toArray(String[]::new));
      assertThat(control.exitCode()).as("the good configuration works: " + control.err())
          .isEqualTo(ExitCodes.SUCCESS);
      assertThat(services.schetmash.receipts()).as("the good configuration sends").hasSize(5);
      Audit.Result audit = services.audit().check(services.onec.data().bankReceiptKeys().stream()
          .map(UUID::toString).toList(), true);
      assertThat(audit.clean()).as(audit.problems().toString()).isTrue();

      Map<String, List<String>> byKey = bad.stream().collect(Collectors.groupingBy(BadValue::key, LinkedHashMap::new,
          Collectors.mapping(value -> "`" + shown(value) + "`", Collectors.toList())));
      ReliabilityTable.record(new Trial("Bad input", "Bad configuration of the app against live simulators: "
          + byKey.entrySet().stream().map(entry -> entry.getKey() + " " + String.join(", ", entry.getValue()))
              .collect(Collectors.joining("; ")),
          bad.size(), "each: exit code 2, one `error:` line naming the key or option, no stack trace, nothing "
              + "sent or written; the good configuration then registered all 5", audit.duplicates(),
          audit.lostOrWrong()));
    }
  }
}
