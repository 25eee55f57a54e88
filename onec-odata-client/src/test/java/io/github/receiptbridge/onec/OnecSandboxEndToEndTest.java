package io.github.receiptbridge.onec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.receiptbridge.onec.errors.OnecAuthenticationException;
import io.github.receiptbridge.onec.errors.OnecBusinessException;
import io.github.receiptbridge.onec.errors.OnecEntitySetNotPublishedException;
import io.github.receiptbridge.onec.internal.ODataNames;
import io.github.receiptbridge.onec.model.AdditionalInfoRecord;
import io.github.receiptbridge.onec.model.AdditionalProperty;
import io.github.receiptbridge.onec.model.AdditionalValue;
import io.github.receiptbridge.onec.model.BankReceipt;
import io.github.receiptbridge.onec.model.Organization;
import io.github.receiptbridge.onec.model.PayerContacts;
import io.github.receiptbridge.onec.model.PayerRef;
import io.github.receiptbridge.sandbox.OnecSandbox;
import io.github.receiptbridge.sandbox.OnecSandboxBuilder;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client against the 1C OData simulator: reads, writes and setup checks as a real infobase would answer. */
class OnecSandboxEndToEndTest {
  private static final String BANK_RECEIPTS = "Document_ПоступлениеНаРасчетныйСчет";
  private static final LocalDate MARCH_1 = LocalDate.of(2024, 3, 1);
  private static final LocalDate MARCH_31 = LocalDate.of(2024, 3, 31);

  private OnecSandbox sandbox;
  private OnecClient client;

  private void start(OnecSandboxBuilder builder) {
    sandbox = builder.start();
    client = clientFor(sandbox.password()).build();
  }

  private OnecClient.Builder clientFor(String password) {
    return OnecClient.builder().serviceRoot(sandbox.infobaseUrl()).user(sandbox.user()).password(password)
        .serverZone(ZoneId.of("Europe/Moscow")).retryBackoff(Duration.ofMillis(10), Duration.ofMillis(50));
  }

  @AfterEach
  void stop() {
    if (client != null) {
      client.close();
    }
    if (sandbox != null) {
      sandbox.close();
    }
  }

  @Test
  void listsTheBankReceiptsOfOnePeriodAndOrganizationAcrossSeveralPages() {
    start(OnecSandbox.builder());
    UUID ours = sandbox.data().addOrganization("УК Ромашка", "7701234567", "770101001");
    UUID other = sandbox.data().addOrganization("ТСЖ Лесное", "5003012345", "500301001");
    sandbox.data().generateBankReceipts(ours, MARCH_1, MARCH_31, 237, 1);
    sandbox.data().generateBankReceipts(ours, LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 30), 40, 2);
    sandbox.data().generateBankReceipts(other, MARCH_1, MARCH_31, 50, 3);
    int before = sandbox.requestCount();

    List<BankReceipt> receipts;
    try (OnecClient paged = clientFor(sandbox.password()).pageSize(50).build()) {
      receipts = paged.bankReceipts(ours, MARCH_1, MARCH_31).toList();
    }

    assertThat(receipts).hasSize(237);
    assertThat(receipts).allSatisfy(r -> {
      assertThat(r.organizationKey()).isEqualTo(ours);
      assertThat(r.date().toLocalDate()).isBetween(MARCH_1, MARCH_31);
    });
    assertThat(receipts).isSortedAccordingTo(
        Comparator.comparing(BankReceipt::date).thenComparing(BankReceipt::number));
    assertThat(receipts).extracting(BankReceipt::key).doesNotHaveDuplicates();
    assertThat(sandbox.requestCount() - before).as("five pages of 50").isEqualTo(5);
  }

  @Test
  void findsOrganizationsByInnAndNameAndReadsPayerContactsOncePerPayer() {
    start(OnecSandbox.builder().demo(YearMonth.of(2024, 3)));
    Organization uk = client.findOrganizations("7701234567").get(0);
    assertThat(client.findOrganizations("УК Ромашка")).containsExactly(uk);

    List<BankReceipt> receipts = client.bankReceipts(uk.key(), MARCH_1, MARCH_31).toList();
    List<PayerRef> payers = receipts.stream().flatMap(r -> r.payer().stream()).toList();
    int before = sandbox.requestCount();
    Map<PayerRef, PayerContacts> contacts = client.payerContacts(payers);

    assertThat(receipts).hasSizeGreaterThan(100);
    assertThat(contacts.keySet()).containsExactlyInAnyOrderElementsOf(payers.stream().distinct().toList());
    assertThat(contacts.values()).anySatisfy(c -> assertThat(c.email()).isPresent());
    assertThat(contacts.values()).anySatisfy(c -> assertThat(c.email()).isEmpty());
    assertThat(sandbox.requestCount() - before).as("chunked, not one request per payer")
        .isLessThan((int) (payers.stream().distinct().count() / 5 + 3));
  }

  @Test
  void writesAndReadsBackTheThreePropertiesOf500Documents() {
    start(OnecSandbox.builder());
    UUID org = sandbox.data().addOrganization("УК Ромашка", "7701234567", "770101001");
    List<UUID> documents = sandbox.data().generateBankReceipts(org, MARCH_1, MARCH_31, 500, 4);
    Map<String, AdditionalProperty> properties = client.additionalPropertiesByName(List.of(
        SampleRequirements.STATUS, SampleRequirements.RECEIPT_ID,
        SampleRequirements.CHECK_DATE));
    UUID status = properties.get(SampleRequirements.STATUS).key();
    UUID receiptId = properties.get(SampleRequirements.RECEIPT_ID).key();
    UUID checkDate = properties.get(SampleRequirements.CHECK_DATE).key();
    LocalDateTime checkedAt = LocalDateTime.of(2024, 4, 1, 9, 30, 15);
    int before = sandbox.requestCount();

    for (int i = 0; i < documents.size(); i++) {
      client.upsertAdditionalInfo(BANK_RECEIPTS, documents.get(i), receiptId,
          AdditionalValue.ofNumber(BigDecimal.valueOf(100_000 + i)));
      client.upsertAdditionalInfo(BANK_RECEIPTS, documents.get(i), status, AdditionalValue.ofString("accept"));
      client.upsertAdditionalInfo(BANK_RECEIPTS, documents.get(i), checkDate, AdditionalValue.ofDateTime(checkedAt));
    }
    assertThat(sandbox.requestCount() - before).as("one request per write: the answer is the re-read")
        .isEqualTo(1500);
    List<AdditionalInfoRecord> records =
        client.additionalInfo(BANK_RECEIPTS, documents, List.of(status, receiptId, checkDate));

    assertThat(records).hasSize(1500);
    Map<UUID, List<AdditionalInfoRecord>> byDocument =
        records.stream().collect(Collectors.groupingBy(AdditionalInfoRecord::objectKey));
    for (int i = 0; i < documents.size(); i++) {
      Map<UUID, AdditionalValue> values = byDocument.get(documents.get(i)).stream()
          .collect(Collectors.toMap(AdditionalInfoRecord::propertyKey, AdditionalInfoRecord::value));
      assertThat(values.get(receiptId).asNumber()).contains(BigDecimal.valueOf(100_000 + i));
      assertThat(values.get(status).text()).isEqualTo("accept");
      assertThat(values.get(checkDate).asDateTime()).contains(checkedAt);
    }
    assertThat(sandbox.data().additionalInfo(documents.get(7), SampleRequirements.RECEIPT_ID))
        .hasValueSatisfying(value -> assertThat(new BigDecimal(value)).isEqualByComparingTo("100007"));
  }

  @Test
  void aSecondWriteOfTheSameRecordUpdatesIt() {
    start(OnecSandbox.builder());
    UUID org = sandbox.data().addOrganization("УК Ромашка", "7701234567", "770101001");
    UUID document = sandbox.data().generateBankReceipts(org, MARCH_1, MARCH_31, 1, 5).get(0);
    UUID status = sandbox.data().propertyKey(SampleRequirements.STATUS).orElseThrow();

    client.upsertAdditionalInfo(BANK_RECEIPTS, document, status, AdditionalValue.ofString("accept"));
    AdditionalInfoRecord second =
        client.upsertAdditionalInfo(BANK_RECEIPTS, document, status, AdditionalValue.ofString("success"));

    assertThat(second.value().text()).isEqualTo("success");
    assertThat(sandbox.data().additionalInfo(document, SampleRequirements.STATUS)).contains("success");
    assertThat(sandbox.data().additionalInfoCount()).isEqualTo(1);
  }

  @Test
  void aFailedWriteIsReportedAndTheNextOneSucceeds() {
    start(OnecSandbox.builder());
    UUID org = sandbox.data().addOrganization("УК Ромашка", "7701234567", "770101001");
    UUID document = sandbox.data().generateBankReceipts(org, MARCH_1, MARCH_31, 1, 6).get(0);
    UUID status = sandbox.data().propertyKey(SampleRequirements.STATUS).orElseThrow();
    sandbox.behavior().failNextWrites(1);

    catchThrowableOfType(OnecBusinessException.class, () ->
        client.upsertAdditionalInfo(BANK_RECEIPTS, document, status, AdditionalValue.ofString("accept")));
    assertThat(sandbox.data().additionalInfo(document, SampleRequirements.STATUS)).isEmpty();

    client.upsertAdditionalInfo(BANK_RECEIPTS, document, status, AdditionalValue.ofString("accept"));
    assertThat(sandbox.data().additionalInfo(document, SampleRequirements.STATUS)).contains("accept");
  }

  @Test
  void missingPropertiesGiveTheSetupMessages() {
    start(OnecSandbox.builder().withoutReceiptProperties());
    SetupReport report = client.checkSetup(SampleRequirements.receiptProperties());

    assertThat(report.isOk()).isFalse();
    assertThat(report.missingEntitySets()).isEmpty();
    assertThat(report.missingProperties()).extracting(PropertyRequirement::name).containsExactly(
        "СчетМаш_СтатусЧека", "СчетМаш_НомерЧека", "СчетМаш_ДатаПроверкиСтатусаЧека");
    assertThat(report.describe()).contains("«СчетМаш_ДатаПроверкиСтатусаЧека» (Дата (дата и время)) is missing");
  }

  @Test
  void aCompleteSetupIsReportedAsSuch() {
    start(OnecSandbox.builder());
    SetupReport report = client.checkSetup(SampleRequirements.receiptProperties());
    assertThat(report.problems()).isEmpty();
    assertThat(report.foundProperties()).hasSize(3);
  }

  @Test
  void anUnpublishedEntitySetGivesTheSetupMessage() {
    start(OnecSandbox.builder());
    sandbox.unpublish(ODataNames.ADDITIONAL_INFO);

    assertThat(client.checkSetup(SampleRequirements.receiptProperties()).missingEntitySets())
        .containsExactly(ODataNames.ADDITIONAL_INFO);
    OnecEntitySetNotPublishedException e = catchThrowableOfType(OnecEntitySetNotPublishedException.class,
        () -> client.additionalInfo(BANK_RECEIPTS, List.of(UUID.randomUUID()), List.of(UUID.randomUUID())));
    assertThat(e.getMessage()).contains("УстановитьСоставСтандартногоИнтерфейсаOData");
  }

  @Test
  void aWrongPasswordIsATypedAuthenticationError() {
    start(OnecSandbox.builder());
    try (OnecClient wrong = clientFor("не тот пароль").build()) {
      OnecAuthenticationException e = catchThrowableOfType(OnecAuthenticationException.class, wrong::organizations);
      assertThat(e.httpStatus()).isEqualTo(401);
      assertThat(e.getMessage()).doesNotContain("не тот пароль");
    }
  }

  @Test
  void streams100000DocumentsInAJvmWith128MbOfHeap() throws Exception {
    start(OnecSandbox.builder());
    UUID org = sandbox.data().addOrganization("УК Ромашка", "7701234567", "770101001");
    sandbox.data().generateBankReceipts(org, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), 100_000, 7);
    String classpath = Optional.ofNullable(System.getProperty("surefire.test.class.path"))
        .orElse(System.getProperty("java.class.path"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process probe = new ProcessBuilder(java.toString(), "-Xmx128m", "-cp", classpath,
        StreamingProbe.class.getName(), sandbox.serviceRoot(), sandbox.user(), sandbox.password(), org.toString(),
        "2024-01-01", "2024-12-31")
        .redirectErrorStream(true)
        .start();
    List<String> output = new ArrayList<>();
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(probe.getInputStream(), StandardCharsets.UTF_8))) {
      lines.lines().forEach(output::add);
    }
    assertThat(probe.waitFor(180, TimeUnit.SECONDS)).isTrue();
    assertThat(probe.exitValue()).as(String.join("\n", output)).isZero();
    assertThat(output).anySatisfy(line -> assertThat(line).startsWith("count=100000 maxHeapMb="));
  }
}
