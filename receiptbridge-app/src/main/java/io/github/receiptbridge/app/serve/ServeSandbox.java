package io.github.receiptbridge.app.serve;

import io.github.receiptbridge.core.ReceiptPolicy;
import io.github.receiptbridge.app.common.config.ConfigKey;
import io.github.receiptbridge.app.common.config.Configuration;
import io.github.receiptbridge.app.common.service.DemoSandboxes;
import io.github.receiptbridge.sandbox.CashRegister;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@code serve} with no endpoint configured: both simulators in-process with the demo data through today, each
 * organization in a Счетмаш shop of its own. Without configured organizations, the two demo ones: «УК Ромашка»
 * (7701234567) and «ТСЖ Лесное» (5003012345).
 */
final class ServeSandbox {
  private ServeSandbox() {}

  /** The settings pointed at freshly started simulators, and the simulators to close with the service. */
  record Started(ServeSettings settings, DemoSandboxes sandboxes) {}

  /** Starts the simulators and says so on {@code err}. */
  static Started start(ServeSettings settings, Clock clock, PrintStream err) {
    DemoSandboxes sandboxes = DemoSandboxes.startForToday(clock);
    try {
      List<OrganizationSettings> organizations = new ArrayList<>(settings.organizations());
      if (organizations.isEmpty()) {
        ReceiptPolicy policy = settings.connections().receiptPolicy(); // the RECEIPT_* keys of the environment
        organizations.add(demo("uk", DemoSandboxes.DEMO_ORGANIZATION, policy));
        organizations.add(demo("tsj", "5003012345", policy));
      }
      long firstShop = sandboxes.schetmash().shopId();
      List<OrganizationSettings> inShops = new ArrayList<>();
      for (int index = 0; index < organizations.size(); index++) {
        OrganizationSettings organization = organizations.get(index);
        long shop = organization.shopId().orElse(firstShop + index);
        // every sandbox shop has a cash register that is on, so its receipts are registered
        sandboxes.schetmash().setShop(shop, CashRegister.ACTIVE);
        inShops.add(organization.inShop(shop));
      }
      Map<ConfigKey, String> connection = new EnumMap<>(ConfigKey.class);
      connection.putAll(sandboxes.connectionSettings());
      settings.connections().value(ConfigKey.RECEIPT_CALENDAR)
          .ifPresent(file -> connection.put(ConfigKey.RECEIPT_CALENDAR, file));
      err.println("Running on the built-in sandbox, because neither SCHETMASH_URL nor ONEC_ODATA_URL is set ("
          + sandboxes.describe() + "); organizations " + String.join(", ", inShops.stream()
          .map(organization -> organization.key() + " in shop " + organization.shopId().getAsLong()).toList()));
      err.flush();
      return new Started(settings.withConnections(Configuration.of(connection)).withOrganizations(inShops),
          sandboxes);
    } catch (RuntimeException e) {
      sandboxes.close();
      throw e;
    }
  }

  private static OrganizationSettings demo(String key, String inn, ReceiptPolicy policy) {
    return new OrganizationSettings(key, inn, OptionalLong.empty(), Optional.empty(), Optional.empty(),
        policy);
  }
}
