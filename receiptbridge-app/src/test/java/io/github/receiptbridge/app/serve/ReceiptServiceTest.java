package io.github.receiptbridge.app.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.receiptbridge.core.DateRange;
import io.github.receiptbridge.core.PlannedAction;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The service on both simulators with a hand-moved clock: schedule, overlap, failures, health, metrics, fill. */
class ReceiptServiceTest {
  private static final LocalDateTime START = LocalDateTime.of(2026, 11, 20, 5, 50);

  private ServiceFixture fixture;
  private ReceiptService service;

  @BeforeEach
  void start() {
    fixture = new ServiceFixture(START);
    service = fixture.service;
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void servesBothDemoOrganizationsEachInItsOwnShopNamedAs1cNamesThem() {
    List<OrganizationView> organizations = service.organizations();

    assertThat(organizations).extracting(OrganizationView::key).containsExactly("uk", "tsj");
    assertThat(organizations).extracting(OrganizationView::inn).containsExactly("7701234567", "5003012345");
    assertThat(organizations.get(0).name()).contains("Ромашка");
    assertThat(organizations.get(0).shopId()).isNotEqualTo(organizations.get(1).shopId());
    assertThat(service.defaultPeriod()).isEqualTo(DateRange.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 20)));
  }

  @Test
  void theFirstTickRegistersEveryOrganizationInItsOwnShopAndTheNextComesAfterEvery() throws Exception {
    List<PassRecord> first = fixture.tickAt(START);
    fixture.awaitIdle();

    assertThat(first).extracting(PassRecord::kind)
        .containsExactly(PassKind.REGISTER_AND_STATUS, PassKind.REGISTER_AND_STATUS);
    assertThat(first).extracting(PassRecord::organizationKey).containsExactly("uk", "tsj");
    List<PassRecord> done = first.stream().map(pass -> service.pass(pass.id()).orElseThrow()).toList();
    assertThat(done).allSatisfy(pass -> {
      assertThat(pass.state()).isEqualTo(PassState.FINISHED);
      assertThat(pass.trigger()).isEqualTo("schedule");
      assertThat(pass.report()).isPresent();
      assertThat(pass.summary()).contains("отправлено");
    });
    long shopOfUk = service.organizations().get(0).shopId();
    long shopOfTsj = service.organizations().get(1).shopId();
    assertThat(fixture.sandboxes.schetmash().receipts()).extracting(receipt -> receipt.shopId())
        .containsOnly(shopOfUk, shopOfTsj).contains(shopOfUk, shopOfTsj);
    assertThat(fixture.tickAt(START.plusMinutes(9))).isEmpty();
    assertThat(fixture.tickAt(START.plusMinutes(15))).filteredOn(pass -> pass.kind() == PassKind.REGISTER_AND_STATUS)
        .hasSize(2);
    fixture.awaitIdle();
  }

  @Test
  void aScheduledPassDueWhileAManualOneRunsIsSkippedWithTheReasonAndAManualStartWhileBusyIsRefused()
      throws Exception {
    fixture.sandboxes.schetmash().behavior().latency(Duration.ofMillis(30));
    PassRecord manual = service.start(manual("uk", PassKind.REGISTER, "session-1"));

    List<PassRecord> ticked = fixture.tickAt(START);
    assertThatThrownBy(() -> service.start(manual("uk", PassKind.STATUS, "session-2")))
        .isInstanceOf(PassBusyException.class).hasMessageContaining("Приход");
    fixture.awaitIdle();

    PassRecord skipped = ticked.stream().filter(pass -> pass.organizationKey().equals("uk")).findFirst().orElseThrow();
    assertThat(skipped.state()).isEqualTo(PassState.SKIPPED);
    assertThat(skipped.summary()).contains("пропущен").contains("«Приход»").contains("проход " + manual.id());
    PassRecord other = ticked.stream().filter(pass -> pass.organizationKey().equals("tsj")).findFirst().orElseThrow();
    assertThat(service.pass(other.id()).orElseThrow().state()).isEqualTo(PassState.FINISHED); // in parallel
    assertThat(service.pass(manual.id()).orElseThrow().state()).isEqualTo(PassState.FINISHED);
    assertThat(service.history(10)).extracting(PassRecord::id).contains(manual.id(), skipped.id(), other.id());
  }

  @Test
  void aFailingPassIsRecordedMakesTheServiceUnhealthyAndIsRetriedAtTheNextTick() throws Exception {
    String password = fixture.sandboxes.onec().password();
    fixture.sandboxes.onec().changePassword("changed-by-the-admin");

    PassRecord failed = fixture.tickAt(START).get(0);
    fixture.awaitIdle();

    PassRecord recorded = service.pass(failed.id()).orElseThrow();
    assertThat(recorded.state()).isEqualTo(PassState.FAILED);
    assertThat(recorded.failure()).hasValueSatisfying(failure -> assertThat(failure.detail()).contains("1C refused")
        .doesNotContain(password).doesNotContain("changed-by-the-admin"));
    Health unhealthy = service.health();
    assertThat(unhealthy.healthy()).isFalse();
    assertThat(unhealthy.organizations().get(0).failing()).isTrue();
    assertThat(unhealthy.organizations().get(0).onecAnswered()).contains(true);
    assertThat(unhealthy.organizations().get(0).lastPass()).map(PassRecord::id).contains(failed.id());

    fixture.sandboxes.onec().changePassword(password);
    List<PassRecord> retried = fixture.tickAt(START.plus(ServiceFixture.EVERY));
    fixture.awaitIdle();

    assertThat(service.pass(retried.get(0).id()).orElseThrow().state()).isEqualTo(PassState.FINISHED);
    Health healthy = service.health();
    assertThat(healthy.healthy()).isTrue();
    assertThat(healthy.organizations()).allSatisfy(organization -> {
      assertThat(organization.onecAnswered()).contains(true);
      assertThat(organization.schetmashAnswered()).contains(true);
    });
  }

  @Test
  void theAuditRunsOnceADayAtItsTimeAndWaitsForARunningPass() throws Exception {
    assertThat(fixture.tickAt(START)).extracting(PassRecord::kind).containsOnly(PassKind.REGISTER_AND_STATUS);
    fixture.awaitIdle();
    assertThat(fixture.tickAt(LocalDateTime.of(2026, 11, 20, 6, 0))).extracting(PassRecord::kind)
        .containsExactly(PassKind.AUDIT, PassKind.AUDIT);
    fixture.awaitIdle();
    assertThat(fixture.tickAt(LocalDateTime.of(2026, 11, 20, 6, 1))).isEmpty();

    List<PassRecord> nextDay = fixture.tickAt(LocalDateTime.of(2026, 11, 21, 6, 0));
    assertThat(nextDay).extracting(PassRecord::kind).containsExactly(PassKind.REGISTER_AND_STATUS, PassKind.AUDIT,
        PassKind.REGISTER_AND_STATUS, PassKind.AUDIT);
    assertThat(nextDay).filteredOn(pass -> pass.kind() == PassKind.AUDIT).extracting(PassRecord::state)
        .containsOnly(PassState.SKIPPED);
    fixture.awaitIdle();
    List<PassRecord> audits = fixture.tickAt(LocalDateTime.of(2026, 11, 21, 6, 0, 1));
    fixture.awaitIdle();

    assertThat(audits).extracting(PassRecord::kind).containsExactly(PassKind.AUDIT, PassKind.AUDIT);
    assertThat(audits).allSatisfy(pass -> assertThat(service.pass(pass.id()).orElseThrow().state())
        .isEqualTo(PassState.FINISHED));
    assertThat(fixture.tickAt(LocalDateTime.of(2026, 11, 21, 6, 0, 2))).isEmpty();
  }

  @Test
  void fillPagesAndFiltersTheRowsAndReadsAgainAfterAPass() throws Exception {
    DateRange period = service.defaultPeriod();
    FillPage first = service.fill("uk", period, new FillQuery(1, 50, Optional.empty(), Optional.empty()));
    assertThat(first.rows()).hasSize(50);
    assertThat(first.pages()).isEqualTo((first.total() + 49) / 50);
    FillPage toSend = service.fill("uk", period, new FillQuery(1, 1000, Optional.empty(),
        Optional.of(PlannedAction.SEND)));
    assertThat(toSend.rows()).allSatisfy(row -> assertThat(row.action()).isEqualTo(PlannedAction.SEND));
    assertThat(toSend.matching()).isPositive().isLessThan(first.total());
    assertThat(fixture.sandboxes.onec().requestCount()).isPositive();
    int requestsAfterFirstRead = fixture.sandboxes.onec().requestCount();
    service.fill("uk", period, FillQuery.firstPage());
    assertThat(fixture.sandboxes.onec().requestCount()).isEqualTo(requestsAfterFirstRead); // cached

    service.start(new PassRequest("uk", PassKind.REGISTER, period, List.of(), "session-1"));
    fixture.awaitIdle();
    FillPage sent = service.fill("uk", period, new FillQuery(1, 1000, Optional.of("accept"), Optional.empty()));

    assertThat(sent.matching()).isEqualTo(toSend.matching());
    assertThat(service.fill("uk", period, new FillQuery(1, 1000, Optional.empty(), Optional.of(PlannedAction.SEND)))
        .matching()).isZero();
    assertThatThrownBy(() -> service.fill("nope", period, FillQuery.firstPage()))
        .isInstanceOf(UnknownOrganizationException.class);
  }

  @Test
  void theMetricsCountReceiptsSkipsPassesHttpLatencyPerServiceAndJvmMemory() throws Exception {
    fixture.tickAt(START);
    fixture.awaitIdle();

    String metrics = service.scrapeMetrics();

    assertThat(metrics).containsPattern("receiptbridge_receipts_sent_total\\{organization=\"uk\"} [1-9]")
        .containsPattern("receiptbridge_documents_skipped\\{organization=\"uk\",reason=\"MARKED_FOR_DELETION\"} [1-9]")
        .contains("receiptbridge_documents_pending{organization=\"tsj\"}")
        .contains("receiptbridge_documents_overdue{organization=\"uk\"}")
        .contains("receiptbridge_documents_mismatches{organization=\"uk\"} 0")
        .containsPattern("receiptbridge_pass_duration_seconds_count\\{kind=\"register_and_status\","
            + "organization=\"uk\",outcome=\"finished\"} 1")
        .containsPattern("receiptbridge_http_requests_seconds_count\\{outcome=\"2xx\",service=\"onec\"} [1-9]")
        .containsPattern("receiptbridge_http_requests_seconds_count\\{outcome=\"2xx\",service=\"schetmash\"} [1-9]")
        .contains("jvm_memory_used_bytes{area=\"heap\"");
  }

  @Test
  void aPassOfAnOrganizationThatIsNotConfiguredIsRefused() {
    assertThatThrownBy(() -> service.start(manual("nope", PassKind.AUDIT, "s")))
        .isInstanceOf(UnknownOrganizationException.class);
  }

  @Test
  void aStoppedServiceStartsNothingAndItsRunningPassEndsWithItsStartedDocumentsWritten() throws Exception {
    fixture.sandboxes.schetmash().behavior().latency(Duration.ofMillis(20));
    PassRecord running = service.start(manual("uk", PassKind.REGISTER, "s"));

    assertThat(service.stop(Duration.ofSeconds(60))).isTrue();

    PassRecord ended = service.pass(running.id()).orElseThrow();
    assertThat(ended.state()).isEqualTo(PassState.FINISHED);
    assertThat(fixture.tickAt(START.plusHours(1))).isEmpty();
    assertThatThrownBy(() -> service.start(manual("tsj", PassKind.REGISTER, "s")))
        .isInstanceOf(IllegalStateException.class);
    long sent = ended.report().orElseThrow().count(io.github.receiptbridge.core.Action.SENT);
    assertThat(fixture.sandboxes.schetmash().receipts()).hasSize((int) sent);
  }

  /** A manual pass of {@code kind} over the default period, started by {@code who}. */
  private PassRequest manual(String organizationKey, PassKind kind, String who) {
    return new PassRequest(organizationKey, kind, service.defaultPeriod(), List.of(), who);
  }
}
