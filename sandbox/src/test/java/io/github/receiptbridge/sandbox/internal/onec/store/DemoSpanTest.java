package io.github.receiptbridge.sandbox.internal.onec.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.receiptbridge.sandbox.ContactRow;
import io.github.receiptbridge.sandbox.internal.onec.model.CompositeValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The demo data relative to a date: on every date the default period (the first day of the previous month through
 * that date) holds a whole month with every kind of awkward document. The dates are fixed, so the test says the same
 * on every day it runs.
 */
class DemoSpanTest {
  private enum Kind { UNPOSTED, MARKED_FOR_DELETION, ZERO_AMOUNT, BANK_INTEREST, SUPPLIER_REFUND, ORGANIZATION_PAYER,
    NO_CONTACT, LANDLINE_BEFORE_MOBILE }

  @Test
  void onTheFirstOfEveryMonthOfThreeYearsThePreviousMonthHoldsEveryAwkwardKindForBothOrganizations() {
    for (YearMonth month = YearMonth.of(2026, 1); !month.isAfter(YearMonth.of(2028, 12)); month = month.plusMonths(1)) {
      LocalDate first = month.atDay(1);
      Infobase infobase = seeded(DemoSpan.through(first));

      for (MapEntity organization : infobase.organizations().all()) {
        List<BankReceiptEntity> previous = documents(infobase, organization.key(), month.minusMonths(1).atDay(1),
            month.minusMonths(1).atEndOfMonth());
        assertThat(previous).as("%s on %s", organization.get("Description"), first).hasSizeBetween(140, 160);
        assertThat(kinds(infobase, previous)).as("%s on %s", organization.get("Description"), first)
            .containsExactlyInAnyOrderElementsOf(EnumSet.allOf(Kind.class));
      }
    }
  }

  @Test
  void thePreviousMonthIsTheSameAsThatMonthSeededAlone() {
    LocalDate today = LocalDate.of(2026, 12, 7);
    Infobase relative = seeded(DemoSpan.through(today));
    Infobase november = seeded(DemoSpan.month(YearMonth.of(2026, 11)));

    List<UUID> relativeNovember = relative.bankReceipts().keysInOrder().stream()
        .filter(key -> YearMonth.from(relative.bankReceipts().get(key).orElseThrow().date())
            .equals(YearMonth.of(2026, 11)))
        .toList();
    assertThat(relativeNovember).isEqualTo(november.bankReceipts().keysInOrder());
    assertThat(relative.organizations().all().stream().map(MapEntity::key).toList())
        .isEqualTo(november.organizations().all().stream().map(MapEntity::key).toList());
  }

  @Test
  void theCurrentMonthGrowsWithItsWorkingDaysAndNeverGoesPastToday() {
    int lastCount = -1;
    for (LocalDate today = LocalDate.of(2026, 12, 1); today.getMonthValue() == 12; today = today.plusDays(1)) {
      Infobase infobase = seeded(DemoSpan.through(today));
      LocalDate day = today;
      List<BankReceiptEntity> current = infobase.bankReceipts().keysInOrder().stream()
          .map(key -> infobase.bankReceipts().get(key).orElseThrow())
          .filter(document -> !document.date().toLocalDate().isBefore(LocalDate.of(2026, 12, 1)))
          .toList();

      assertThat(current).as("on %s", day).allSatisfy(document ->
          assertThat(document.date().toLocalDate()).isBeforeOrEqualTo(day));
      assertThat(current.size()).as("on %s", day).isGreaterThanOrEqualTo(lastCount);
      lastCount = current.size();
    }
    int wholeMonth = seeded(DemoSpan.month(YearMonth.of(2026, 12))).bankReceipts().size();
    assertThat(lastCount).as("on the 31st the month is whole").isEqualTo(wholeMonth);
  }

  @Test
  void theShareOfAMonthFollowsItsWorkingDays() {
    YearMonth december = YearMonth.of(2026, 12);  // 23 working days; Tuesday the 1st, Monday the 7th

    assertThat(DemoMonth.shareOf(152, december, december.atDay(1))).isEqualTo(7);   // 152 * 1 / 23
    assertThat(DemoMonth.shareOf(152, december, december.atDay(7))).isEqualTo(33);  // 152 * 5 / 23
    assertThat(DemoMonth.shareOf(152, december, december.atEndOfMonth())).isEqualTo(152);
    YearMonth may2027 = YearMonth.of(2027, 5);       // Saturday the 1st
    assertThat(DemoMonth.shareOf(152, may2027, may2027.atDay(2))).isZero();
  }

  @Test
  void aSpanThatEndsBeforeItStartsIsRefused() {
    assertThatThrownBy(() -> new DemoSpan(YearMonth.of(2026, 12), LocalDate.of(2026, 11, 30)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the demo data ends (2026-11-30) before its first month (2026-12)");
  }

  @Test
  void aSpanReadsAsItsMonthOrItsDays() {
    assertThat(DemoSpan.month(YearMonth.of(2026, 11))).hasToString("2026-11");
    assertThat(DemoSpan.through(LocalDate.of(2026, 12, 7))).hasToString("2026-11-01..2026-12-07");
    assertThat(DemoSpan.through(LocalDate.of(2027, 1, 1)).from()).isEqualTo(LocalDate.of(2026, 12, 1));
  }

  private static Infobase seeded(DemoSpan span) {
    Infobase infobase = new Infobase();
    InfobaseSeeder seeder = new InfobaseSeeder(infobase);
    seeder.seedProperties(true);
    DemoMonth.seed(infobase, seeder, span);
    return infobase;
  }

  private static List<BankReceiptEntity> documents(Infobase infobase, UUID organization, LocalDate from,
      LocalDate to) {
    return infobase.bankReceipts().keysInOrder().stream()
        .map(key -> infobase.bankReceipts().get(key).orElseThrow())
        .filter(document -> document.organization().equals(organization))
        .filter(document -> !document.date().toLocalDate().isBefore(from)
            && !document.date().toLocalDate().isAfter(to))
        .toList();
  }

  private static Set<Kind> kinds(Infobase infobase, List<BankReceiptEntity> documents) {
    Set<Kind> kinds = EnumSet.noneOf(Kind.class);
    for (BankReceiptEntity document : documents) {
      if (!(Boolean) document.get("Posted")) {
        kinds.add((Boolean) document.get("DeletionMark") ? Kind.MARKED_FOR_DELETION : Kind.UNPOSTED);
        continue;
      }
      String operation = (String) document.get("ВидОперации");
      if (operation.equals("ПрочееПоступление")) {
        kinds.add(Kind.BANK_INTEREST);
      } else if (operation.equals(BankReceiptEntity.SUPPLIER_REFUND)) {
        kinds.add(Kind.SUPPLIER_REFUND);
      } else if (document.amount().compareTo(BigDecimal.ZERO) == 0) {
        kinds.add(Kind.ZERO_AMOUNT);
      } else {
        kinds.addAll(payerKinds(infobase, (CompositeValue) document.get("Контрагент")));
      }
    }
    return kinds;
  }

  private static Set<Kind> payerKinds(Infobase infobase, CompositeValue payer) {
    MapEntity entity = infobase.counterparties().get(UUID.fromString(payer.value()))
        .or(() -> infobase.naturalPersons().get(UUID.fromString(payer.value()))).orElseThrow();
    if ("ЮридическоеЛицо".equals(entity.get("ЮридическоеФизическоеЛицо"))) {
      return EnumSet.of(Kind.ORGANIZATION_PAYER);
    }
    @SuppressWarnings("unchecked")
    List<MapEntity> rows = (List<MapEntity>) entity.get("КонтактнаяИнформация");
    List<String> phones = new ArrayList<>();
    boolean email = false;
    for (MapEntity row : rows) {
      email |= ContactRow.EMAIL.equals(row.get("Тип")) && String.valueOf(row.get("АдресЭП")).contains("@");
      if (ContactRow.PHONE.equals(row.get("Тип"))) {
        phones.add(String.valueOf(row.get("НомерТелефона")).replaceAll("\\D", ""));
      }
    }
    Map<Boolean, List<String>> mobile = phones.stream()
        .collect(Collectors.partitioningBy(digits -> digits.matches("[78]9\\d{9}")));
    if (!email && phones.size() > 1 && !mobile.get(false).isEmpty() && !mobile.get(true).isEmpty()
        && !phones.get(0).matches("[78]9\\d{9}")) {
      return EnumSet.of(Kind.LANDLINE_BEFORE_MOBILE);
    }
    return !email && mobile.get(true).isEmpty() ? EnumSet.of(Kind.NO_CONTACT) : EnumSet.noneOf(Kind.class);
  }
}
