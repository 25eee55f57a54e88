package io.github.receiptbridge.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.core.Action;
import io.github.receiptbridge.core.DocumentOutcome;
import io.github.receiptbridge.core.RunReport;
import io.github.receiptbridge.onec.OnecClient;
import io.github.receiptbridge.onec.model.Organization;
import io.github.receiptbridge.sandbox.SchetmashSandboxReceipt;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Security: an organization name is data, never part of the 1C filter's syntax. Organizations whose names carry
 * {@code '}, {@code )}, {@code  or } and friends are found exactly, a name that matches nothing finds nothing, and a
 * run for one of them touches only its own documents.
 */
@ExtendWith(ReliabilityTable.class)
class FilterInjectionTest {
  private static final List<String> HOSTILE_NAMES = List.of(
      "Рога и копыта' or 1 eq 1 or Description eq '",
      "ТСЖ (Лесное)) or (true",
      "O'Brien & Co",
      "УК ' or '' eq '",
      "А' and ИНН eq '7701234567",
      "%27 or 1 eq 1",
      "ЖСК #5 & $top=1 ?",
      "'",
      "''",
      "ТСЖ \"Кавычки\" or ",
      "УК\\' or true or \\'",
      "Жильё 🏠' or substringof('',Description) or '");

  @Test
  void organizationNamesCannotBreakOutOfTheFilter() throws Exception {
    try (Services services = new Services(0, 0)) {
      Map<String, UUID> organizations = new LinkedHashMap<>();
      int inn = 1000000000;
      for (String name : HOSTILE_NAMES) {
        organizations.put(name, services.onec.data().addOrganization(name, String.valueOf(inn++), "770101001"));
      }
      UUID victim = organizations.get(HOSTILE_NAMES.get(0));
      services.onec.data().generateBankReceipts(services.organization, Services.PERIOD.from(),
          Services.PERIOD.to(), 10, 1);
      List<UUID> victimDocuments = services.onec.data().generateBankReceipts(victim, Services.PERIOD.from(),
          Services.PERIOD.to(), 10, 2);

      try (OnecClient client = services.onecClient().build()) {
        for (Map.Entry<String, UUID> organization : organizations.entrySet()) {
          assertThat(client.findOrganizations(organization.getKey())).as(organization.getKey())
              .extracting(Organization::key).containsExactly(organization.getValue());
          assertThat(client.findOrganizations(organization.getKey() + " (нет такой)")).as("no match").isEmpty();
        }
      }

      RunReport report = services.registrar().register(Services.PERIOD, HOSTILE_NAMES.get(0));
      assertThat(report.outcomes()).extracting(DocumentOutcome::documentKey)
          .containsExactlyInAnyOrderElementsOf(victimDocuments);
      assertThat(report.count(Action.SENT)).isPositive();
      assertThat(services.schetmash.receipts()).extracting(SchetmashSandboxReceipt::externalId)
          .allSatisfy(externalId -> assertThat(victimDocuments.stream().map(key -> "1c-" + key)).contains(externalId))
          .hasSize(report.count(Action.SENT));
      ReliabilityTable.record(new Trial("Security", "Organization names with `'`, `)`, ` or `, `%27`, `$top`, "
          + "quotes, backslashes and emoji looked up in 1C and used for a run", HOSTILE_NAMES.size() * 2 + 1,
          "each found exactly itself, a non-matching variant found nothing, the run touched only the 10 documents "
              + "of its organization", 0, 0));
    }
  }
}
