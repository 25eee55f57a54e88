package io.github.receiptbridge.app.serve;

import java.util.List;

/**
 * The service's health, as {@code GET /health} shows it.
 *
 * @param organizations one entry per organization
 */
public record Health(List<OrganizationHealth> organizations) {
  /**
   * Healthy unless the last pass of some organization could not reach or authenticate with 1C or Счетмаш, or failed
   * for a setup reason; a pass that finished with its documents failed for an outage counts too.
   */
  public boolean healthy() {
    return organizations.stream().noneMatch(OrganizationHealth::failing);
  }
}
