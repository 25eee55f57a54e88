package io.github.receiptbridge.onec;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.onec.model.AdditionalInfoRecord;
import io.github.receiptbridge.onec.model.AdditionalProperty;
import io.github.receiptbridge.onec.model.AdditionalValue;
import io.github.receiptbridge.onec.model.BankReceipt;
import io.github.receiptbridge.onec.model.BankWithdrawal;
import io.github.receiptbridge.onec.model.Organization;
import io.github.receiptbridge.sandbox.BankReceiptSeed;
import io.github.receiptbridge.sandbox.BankWithdrawalSeed;
import io.github.receiptbridge.sandbox.OnecSandbox;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The client reads «Списание с расчетного счета» from the 1C simulator and writes its additional information. */
class OnecBankWithdrawalEndToEndTest {
  private static final String WITHDRAWALS = "Document_СписаниеСРасчетногоСчета";

  private static OnecClient clientFor(OnecSandbox sandbox) {
    return OnecClient.builder().serviceRoot(sandbox.infobaseUrl()).user(sandbox.user()).password(sandbox.password())
        .serverZone(ZoneId.of("Europe/Moscow")).retryBackoff(Duration.ofMillis(10), Duration.ofMillis(50))
        .pageSize(2).build();
  }

  @Test
  void readsSeededRefundsAcrossPagesWithThePaymentsTheyName() {
    try (OnecSandbox sandbox = OnecSandbox.builder().start(); OnecClient client = clientFor(sandbox)) {
      UUID org = sandbox.data().addOrganization("УК Ромашка", "7701234567", "770101001");
      UUID resident = sandbox.data().addNaturalPerson("Петрова Анна Сергеевна", "petrova@example.ru", null);
      UUID payment = sandbox.data().addBankReceipt(BankReceiptSeed.builder().organization(org)
          .date(LocalDateTime.of(2024, 3, 4, 12, 0)).amount(new BigDecimal("3000.00")).naturalPerson(resident)
          .build());
      UUID full = sandbox.data().addBankWithdrawal(BankWithdrawalSeed.builder().organization(org)
          .date(LocalDateTime.of(2024, 3, 6, 10, 0)).amount(new BigDecimal("3000.00"))
          .operationKind(BankWithdrawalSeed.REFUND_TO_PAYER).naturalPerson(resident).basisBankReceipt(payment)
          .settlementBankReceipt(payment).build());
      UUID partial = sandbox.data().addBankWithdrawal(BankWithdrawalSeed.builder().organization(org)
          .date(LocalDateTime.of(2024, 3, 7, 10, 0)).amount(new BigDecimal("1000.50"))
          .operationKind(BankWithdrawalSeed.REFUND_TO_PAYER).naturalPerson(resident).settlementBankReceipt(payment)
          .build());
      UUID bare = sandbox.data().addBankWithdrawal(BankWithdrawalSeed.builder().organization(org)
          .date(LocalDateTime.of(2024, 3, 8, 10, 0)).amount(new BigDecimal("500"))
          .operationKind(BankWithdrawalSeed.REFUND_TO_PAYER).naturalPerson(resident).posted(false).build());
      sandbox.data().addBankWithdrawal(BankWithdrawalSeed.builder().organization(org)
          .date(LocalDateTime.of(2024, 3, 9, 10, 0)).amount(new BigDecimal("99999.99")).build());

      List<BankWithdrawal> refunds = client.bankWithdrawals(org, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31),
          BankWithdrawal.REFUND_TO_PAYER).toList();

      assertThat(refunds).extracting(BankWithdrawal::key).containsExactly(full, partial, bare);
      assertThat(refunds.get(0).referencedBankReceipts()).containsExactly(payment);
      assertThat(refunds.get(0).basisDocument().orElseThrow().isBankReceipt()).isTrue();
      assertThat(refunds.get(1).basisDocument()).isEmpty();
      assertThat(refunds.get(1).referencedBankReceipts()).containsExactly(payment);
      assertThat(refunds.get(1).amount()).isEqualByComparingTo("1000.50");
      assertThat(refunds.get(2).referencedBankReceipts()).isEmpty();
      assertThat(refunds.get(2).posted()).isFalse();
      assertThat(refunds).allSatisfy(refund -> assertThat(refund.recipient().orElseThrow().key()).isEqualTo(resident));
      assertThat(client.bankWithdrawals(org, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31)).count())
          .as("every operation kind").isEqualTo(4);
      assertThat(client.countBankWithdrawals(org, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31),
          BankWithdrawal.REFUND_TO_PAYER)).isEqualTo(3);
    }
  }

  @Test
  void theDemoMonthsRefundsNameEarlierPaymentsOfTheSamePayer() {
    try (OnecSandbox sandbox = OnecSandbox.builder().demo(YearMonth.of(2026, 11)).start();
        OnecClient client = clientFor(sandbox)) {
      Organization org = client.findOrganizations("7701234567").get(0);
      LocalDate from = LocalDate.of(2026, 11, 1);
      LocalDate to = LocalDate.of(2026, 11, 30);
      Map<UUID, BankReceipt> payments = client.bankReceipts(org.key(), from, to)
          .collect(Collectors.toMap(BankReceipt::key, receipt -> receipt));

      List<BankWithdrawal> all = client.bankWithdrawals(org.key(), from, to).toList();

      assertThat(all).filteredOn(BankWithdrawal::isRefundToPayer).hasSize(3).allSatisfy(refund -> {
        for (UUID named : refund.referencedBankReceipts()) {
          BankReceipt payment = payments.get(named);
          assertThat(payment.payer()).isEqualTo(refund.recipient());
          assertThat(payment.amount()).isGreaterThanOrEqualTo(refund.amount());
          assertThat(payment.date()).isBeforeOrEqualTo(refund.date());
        }
      });
      assertThat(all).filteredOn(w -> w.operationKind().equals(BankWithdrawal.SUPPLIER_PAYMENT)).hasSize(1);
      assertThat(all).filteredOn(w -> w.referencedBankReceipts().isEmpty() && w.isRefundToPayer()).hasSize(1);
    }
  }

  @Test
  void writesAndReadsBackTheAdditionalInformationOfARefund() {
    try (OnecSandbox sandbox = OnecSandbox.builder().start(); OnecClient client = clientFor(sandbox)) {
      UUID org = sandbox.data().addOrganization("УК Ромашка", "7701234567", "770101001");
      UUID refund = sandbox.data().addBankWithdrawal(BankWithdrawalSeed.builder().organization(org)
          .operationKind(BankWithdrawalSeed.REFUND_TO_PAYER).build());
      AdditionalProperty receiptId = client.additionalPropertiesByName(List.of("СчетМаш_НомерЧека"))
          .get("СчетМаш_НомерЧека");

      client.upsertAdditionalInfo(WITHDRAWALS, refund, receiptId.key(), AdditionalValue.ofString("R-17"));
      client.upsertAdditionalInfo(WITHDRAWALS, refund, receiptId.key(), AdditionalValue.ofString("R-18"));

      List<AdditionalInfoRecord> records = client.additionalInfo(WITHDRAWALS, List.of(refund),
          List.of(receiptId.key()));
      assertThat(records).singleElement().satisfies(record -> {
        assertThat(record.objectType()).isEqualTo("StandardODATA." + WITHDRAWALS);
        assertThat(record.value()).isEqualTo(AdditionalValue.ofString("R-18"));
      });
      assertThat(sandbox.data().additionalInfo(refund, "СчетМаш_НомерЧека")).contains("R-18");
    }
  }
}
