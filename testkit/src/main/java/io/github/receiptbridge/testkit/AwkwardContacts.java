package io.github.receiptbridge.testkit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The phone entries 1C really holds in a payer's contact information, as people type them, in one table for the
 * tests of every layer (the phone parser, the workflow, the command-line app). A receipt may carry only a Russian
 * mobile number as {@code +7XXXXXXXXXX} (54-ФЗ, tag 1008); everything else means "no phone".
 *
 * @since 0.1.0
 */
public final class AwkwardContacts {
  private AwkwardContacts() {}

  /** Mobile numbers in the formats found in 1C, each with the number a receipt carries, in a stable order. */
  public static final Map<String, String> MOBILES = mobiles();

  /** Entries that are not a usable mobile number: landlines, toll-free and foreign numbers, typos, words, blanks. */
  public static final List<String> NOT_MOBILES = List.of("", "   ", "телефон не указан", "нет телефона",
      "123-45-67", "+7 912 345 67", "8 912 345 67 8", "8 912 345 67 899", "8916123456789", "0123456789",
      "8916l234567", "8 912 345 67 89 8 900 111 22 33", "+380 44 123 4567", "+81 3 1234 5678", "+8 912 345 67 89",
      "8 (495) 123-45-67", "8-495-123-45-67 доб. 123", "+7 (812) 123-45-67", "8 800 555 35 35", "8 800 555-35-35",
      "7 701 123 45 67");

  private static Map<String, String> mobiles() {
    Map<String, String> mobiles = new LinkedHashMap<>();
    String ivanov = "+79123456789";
    for (String raw : List.of("+7 (912) 345-67-89", "8 912 345 67 89", "89123456789", "9123456789",
        "+7-912-345-67-89", "7 912 3456789", "8(912)3456789", "+79123456789", "тел. 8-912-345-67-89 доб. 12",
        "+7 (912) 345-67-89 ext 5", "89123456789, 89001112233", "89123456789; 89001112233",
        "8 (495) 123-45-67, 8 912 345 67 89", "8 (495) 123-45-67 доб. 5, 8 912 345 67 89", "8 912 345 67 89 ДОБ 12",
        "Добрынин, моб. 8 912 345 67 89", "8 912 345–67–89", "8 (912) 345 - 67 - 89 (Иван)",
        "+7\u00A0912\u00A0345\u00A067\u00A089 (моб.)", "+7\u00A0912\u00A0345\u202F67\u202F89")) {
      mobiles.put(raw, ivanov);
    }
    mobiles.put("8 (916) 123-45-67", "+79161234567");
    mobiles.put("  8 916 123 45 67  ", "+79161234567");
    return Collections.unmodifiableMap(mobiles);
  }
}
