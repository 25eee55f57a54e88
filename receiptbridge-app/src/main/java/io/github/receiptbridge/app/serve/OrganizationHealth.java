package io.github.receiptbridge.app.serve;

import java.util.Optional;

/**
 * One organization's health.
 *
 * @param organizationKey the organization's key
 * @param lastPass its last finished or failed pass, if any
 * @param onecAnswered whether 1C answered in that pass (or a check), empty before the first
 * @param schetmashAnswered whether Счетмаш answered, empty before the first
 * @param failing whether the last pass failed for a connection or setup reason
 */
public record OrganizationHealth(String organizationKey, Optional<PassRecord> lastPass,
    Optional<Boolean> onecAnswered, Optional<Boolean> schetmashAnswered, boolean failing) {}
