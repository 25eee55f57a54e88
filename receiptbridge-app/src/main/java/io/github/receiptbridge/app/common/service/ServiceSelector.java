package io.github.receiptbridge.app.common.service;

import io.github.receiptbridge.app.common.config.ConfigKey;
import io.github.receiptbridge.app.common.config.Configuration;
import io.github.receiptbridge.app.common.config.ConfigurationException;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Optional;

/**
 * Chooses what the app talks to: with both {@code SCHETMASH_URL} and {@code ONEC_ODATA_URL} set, the real services;
 * with neither, both simulators started in-process with demo data through today (said in one line on stderr); with
 * only one, it refuses, because registering real payments against a simulator, or simulated ones against a real
 * cash register, is never what anyone wants.
 */
public final class ServiceSelector {
  private ServiceSelector() {}

  /**
   * Connections for {@code config}.
   *
   * @param httpLogging whether the clients log one line per HTTP exchange
   * @param err where the sandbox notice goes
   * @throws ConfigurationException when only one URL is set, or a key the mode needs is missing or wrong
   */
  public static ServiceConnections connect(Configuration config, boolean httpLogging, PrintStream err, Clock clock) {
    boolean schetmash = config.isSet(ConfigKey.SCHETMASH_URL);
    boolean onec = config.isSet(ConfigKey.ONEC_ODATA_URL);
    if (schetmash && onec) {
      return ServiceConnections.open(config, httpLogging, Optional.empty());
    }
    if (schetmash || onec) {
      ConfigKey set = schetmash ? ConfigKey.SCHETMASH_URL : ConfigKey.ONEC_ODATA_URL;
      ConfigKey unset = schetmash ? ConfigKey.ONEC_ODATA_URL : ConfigKey.SCHETMASH_URL;
      throw new ConfigurationException("Only " + set + " is set: set " + unset + " too to use real services, or "
          + "unset both to run on the built-in sandbox");
    }
    DemoSandboxes sandboxes = DemoSandboxes.startForToday(clock);
    try {
      err.println("Running on the built-in sandbox, because neither SCHETMASH_URL nor ONEC_ODATA_URL is set ("
          + sandboxes.describe() + ")");
      err.flush();
      return ServiceConnections.open(config.overriddenBy(sandboxes.connectionSettings()), httpLogging,
          Optional.of(sandboxes));
    } catch (RuntimeException e) {
      sandboxes.close();
      throw e;
    }
  }
}
