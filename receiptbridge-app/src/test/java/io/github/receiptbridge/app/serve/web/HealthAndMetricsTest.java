package io.github.receiptbridge.app.serve.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.app.serve.Health;
import io.github.receiptbridge.app.serve.OrganizationHealth;
import io.github.receiptbridge.app.serve.PassKind;
import io.github.receiptbridge.app.serve.PassRecord;
import io.github.receiptbridge.app.serve.PassRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HealthAndMetricsTest {
  private final FakeServiceConsole service = new FakeServiceConsole();
  private final RunningConsole console = RunningConsole.withPassword(service, "пароль-не-нужен-здесь");
  private final ConsoleClient client = console.client();

  @AfterEach
  void stop() {
    console.close();
  }

  @Test
  void healthIs200AsJsonWhenEveryOrganizationIsWell() {
    service.setHealth(new Health(List.of(FakeServiceConsole.healthy("uk"), FakeServiceConsole.healthy("tsg"))));
    HttpResponse<String> health = client.get("/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
    assertThat(health.body()).isEqualTo("{\"healthy\":true,\"organizations\":["
        + "{\"organization\":\"uk\",\"failing\":false,\"onecAnswered\":true,\"schetmashAnswered\":true,"
        + "\"lastPass\":null},"
        + "{\"organization\":\"tsg\",\"failing\":false,\"onecAnswered\":true,\"schetmashAnswered\":true,"
        + "\"lastPass\":null}]}");
  }

  @Test
  void healthIs503WhenTheLastPassOfAnOrganizationFailedForAConnectionReasonAndShowsNoUrlOrTextWithoutALogin() {
    client.get("/");
    long id = service.start(PassRequest.scheduled("tsg", PassKind.REGISTER_AND_STATUS,
        FakeServiceConsole.DEFAULT_PERIOD)).id();
    PassRecord failed = service.fail(id, "Cannot reach 1C at http://127.0.0.1:1/buh");
    service.setHealth(new Health(List.of(FakeServiceConsole.healthy("uk"),
        new OrganizationHealth("tsg", Optional.of(failed), Optional.of(false), Optional.empty(), true))));
    HttpResponse<String> health = client.get("/health");
    assertThat(health.statusCode()).isEqualTo(503);
    assertThat(health.body()).startsWith("{\"healthy\":false,")
        .contains("{\"organization\":\"tsg\",\"failing\":true,\"onecAnswered\":false,\"schetmashAnswered\":null,"
            + "\"lastPass\":{\"id\":" + id + ",\"kind\":\"REGISTER_AND_STATUS\",\"state\":\"FAILED\"")
        .doesNotContain("http://", "127.0.0.1", "Cannot reach", "error", "summary", "trigger");
  }

  @Test
  void theDetailedHealthOfALoggedInSessionCarriesTheSummaryFailureKindAndError() {
    long id = service.start(PassRequest.scheduled("tsg", PassKind.REGISTER_AND_STATUS,
        FakeServiceConsole.DEFAULT_PERIOD)).id();
    PassRecord failed = service.fail(id, "Cannot reach 1C at http://127.0.0.1:1/buh");
    Health health = new Health(List.of(
        new OrganizationHealth("tsg", Optional.of(failed), Optional.of(false), Optional.empty(), true)));

    assertThat(Json.health(health, true)).contains("\"trigger\":\"schedule\",\"state\":\"FAILED\"")
        .contains("\"error\":\"Cannot reach 1C at http://127.0.0.1:1/buh\"");
    assertThat(Json.health(health)).doesNotContain("Cannot reach").isEqualTo(Json.health(health, false));
  }

  @Test
  void metricsAreThePrometheusTextWithItsContentTypeWithoutLogin() {
    service.setMetrics("# TYPE receipts_sent_total counter\nreceipts_sent_total{organization=\"uk\"} 111.0\n");
    HttpResponse<String> metrics = client.get("/metrics");
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.headers().firstValue("Content-Type")).contains("text/plain; version=0.0.4; charset=utf-8");
    assertThat(metrics.body()).isEqualTo(
        "# TYPE receipts_sent_total counter\nreceipts_sent_total{organization=\"uk\"} 111.0\n");
  }
}
