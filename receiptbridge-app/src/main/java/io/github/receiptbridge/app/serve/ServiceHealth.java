package io.github.receiptbridge.app.serve;

/**
 * What {@code /health} and {@code /metrics} show: per organization its last completed pass and what that pass said
 * about 1C and Счетмаш, and the metrics in the Prometheus text format.
 */
final class ServiceHealth {
  private final Organizations organizations;
  private final PassHistory history;
  private final ServeMetrics metrics;

  /** The health of {@code organizations} from their diagnoses and {@code history}, and {@code metrics}. */
  ServiceHealth(Organizations organizations, PassHistory history, ServeMetrics metrics) {
    this.organizations = organizations;
    this.history = history;
    this.metrics = metrics;
  }

  /** Per organization, in configuration order; unhealthy as {@link Health#healthy()} says. */
  Health health() {
    return new Health(organizations.all().stream().map(this::of).toList());
  }

  private OrganizationHealth of(OrganizationUnit unit) {
    Diagnosis diagnosis = unit.diagnosis();
    return new OrganizationHealth(unit.key(), history.lastCompleted(unit.key()), diagnosis.onecAnswered(),
        diagnosis.schetmashAnswered(), diagnosis.failing());
  }

  /** The metrics in the Prometheus text format. */
  String scrapeMetrics() {
    return metrics.scrape();
  }
}
