package io.github.receiptbridge.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.core.RunAbortedException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceHealthTest {
  private final OrganizationUnit uk = new ScriptedWork().unit("uk");
  private final OrganizationUnit tsj = new ScriptedWork().unit("tsj");
  private final PassHistory history = new PassHistory(10, 5);
  private final ServeMetrics metrics = new ServeMetrics();
  private final ServiceHealth health = new ServiceHealth(new Organizations(List.of(uk, tsj)), history, metrics);

  @Test
  void beforeAnyPassEveryOrganizationIsHealthyAndNothingIsKnownOfTheServices() {
    Health now = health.health();

    assertThat(now.healthy()).isTrue();
    assertThat(now.organizations()).extracting(OrganizationHealth::organizationKey).containsExactly("uk", "tsj");
    assertThat(now.organizations()).allSatisfy(organization -> {
      assertThat(organization.lastPass()).isEmpty();
      assertThat(organization.onecAnswered()).isEmpty();
      assertThat(organization.schetmashAnswered()).isEmpty();
    });
  }

  @Test
  void aPassThatFailedForAConnectionReasonMakesTheServiceUnhealthyWithItsLastPass() {
    LivePass finished = new LivePass(1, PassRequest.scheduled("uk", PassKind.REGISTER_AND_STATUS,
        ScriptedWork.PERIOD), ScriptedWork.AT);
    finished.finish(ScriptedWork.report(1), ScriptedWork.AT);
    history.add(finished);
    uk.diagnosis(Diagnosis.finished());
    tsj.diagnosis(Diagnosis.failed(new RunAbortedException(new IllegalStateException("no answer"),
        ScriptedWork.report(0))));

    Health now = health.health();

    assertThat(now.healthy()).isFalse();
    OrganizationHealth ofUk = now.organizations().get(0);
    assertThat(ofUk.failing()).isFalse();
    assertThat(ofUk.lastPass()).map(PassRecord::id).contains(1L);
    assertThat(ofUk.onecAnswered()).contains(true);
    assertThat(ofUk.schetmashAnswered()).contains(true);
    assertThat(now.organizations().get(1).failing()).isTrue();
    assertThat(now.organizations().get(1).lastPass()).isEmpty();
  }

  @Test
  void theMetricsAreThePrometheusTextOfTheRegisteredOrganizations() {
    metrics.register("uk");

    assertThat(health.scrapeMetrics()).contains("receiptbridge_documents_pending{organization=\"uk\"} 0")
        .contains("receiptbridge_receipts_sent_total{organization=\"uk\"} 0.0");
  }
}
