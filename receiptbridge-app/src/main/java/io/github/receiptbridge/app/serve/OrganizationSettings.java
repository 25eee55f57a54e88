package io.github.receiptbridge.app.serve;

import io.github.receiptbridge.core.ReceiptPolicy;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One organization the service registers receipts for, as the configuration file (or the environment) gives it.
 *
 * @param key the entry's name in the file ({@code organization.<key>.…}), used by the console and the URLs
 * @param organization the organization in 1C: INN, name or {@code Ref_Key}
 * @param shopId its Счетмаш shop; empty only on the built-in sandbox, which gives each organization a shop
 * @param schetmashLogin its own Счетмаш login, when not the default one
 * @param schetmashPassword its own Счетмаш password, when not the default one
 * @param policy how its documents become receipts
 */
record OrganizationSettings(String key, String organization, OptionalLong shopId, Optional<String> schetmashLogin,
    Optional<String> schetmashPassword, ReceiptPolicy policy) {
  /** Checks the values. */
  OrganizationSettings {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(organization, "organization");
  }

  /** This organization in the shop {@code shop}. */
  OrganizationSettings inShop(long shop) {
    return new OrganizationSettings(key, organization, OptionalLong.of(shop), schetmashLogin, schetmashPassword,
        policy);
  }

  /** Never shows the password. */
  @Override
  public String toString() {
    return "OrganizationSettings[key=" + key + ", organization=" + organization + ", shopId=" + shopId
        + ", schetmashLogin=" + schetmashLogin.orElse("(default)") + ", schetmashPassword="
        + (schetmashPassword.isPresent() ? "***" : "(default)") + "]";
  }
}
