package io.github.receiptbridge.app.serve;

import java.util.List;

/**
 * The service's health, as {@code GET /health} shows it.
 *
 * @param organizations one entry per organization
 */
public record Health(List<OrganizationHealth> organizations) {
  /** Healthy unless the last pass of some organization failed for a connection or setup reason. */
  public boolean healthy() {
    return organizations.stream().noneMatch(OrganizationHealth::failing);
  }
}
