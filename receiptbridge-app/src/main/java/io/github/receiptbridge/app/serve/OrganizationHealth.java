package io.github.receiptbridge.app.serve;

import java.util.Optional;

/**
 * One organization's health.
 *
 * @param organizationKey the organization's key
 * @param lastPass its last finished or failed pass, if any
 * @param onecAnswered whether 1C answered in that pass (or a check), empty before the first
 * @param schetmashAnswered whether Счетмаш answered, empty before the first
 * @param failing whether the last pass could not reach or authenticate with 1C or Счетмаш (it failed for that, or
 *     finished with documents failed for that) or failed for a setup reason
 */
public record OrganizationHealth(String organizationKey, Optional<PassRecord> lastPass,
    Optional<Boolean> onecAnswered, Optional<Boolean> schetmashAnswered, boolean failing) {}
