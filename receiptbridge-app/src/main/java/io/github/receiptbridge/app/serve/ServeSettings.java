package io.github.receiptbridge.app.serve;

import io.github.receiptbridge.app.common.config.ConfigKey;
import io.github.receiptbridge.app.common.config.Configuration;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * Everything {@code serve} was configured with, from the configuration file or the environment.
 *
 * @param connections the 1C connection and the default Счетмаш connection, as the app's configuration keys ({@code
 *     ONEC_ODATA_URL}, {@code SCHETMASH_LOGIN}, …); neither URL set means the built-in sandbox
 * @param every how often each organization's register-and-status pass runs, when the file says
 * @param auditAt the time of day of the daily audit, when the file says
 * @param listen the console's {@code host:port}, when the file says
 * @param passwordHash the console password's bcrypt hash, when the file gives one
 * @param organizations the organizations, in the file's order; empty on the sandbox without a file
 */
record ServeSettings(Configuration connections, Optional<Duration> every, Optional<LocalTime> auditAt,
    Optional<String> listen, Optional<String> passwordHash, List<OrganizationSettings> organizations) {
  /** Copies the list. */
  ServeSettings {
    organizations = List.copyOf(organizations);
  }

  /** Whether no endpoint is configured, so the built-in sandbox is used. */
  boolean sandbox() {
    return !connections.isSet(ConfigKey.SCHETMASH_URL) && !connections.isSet(ConfigKey.ONEC_ODATA_URL);
  }

  /** These settings with {@code replacement} as the organizations. */
  ServeSettings withOrganizations(List<OrganizationSettings> replacement) {
    return new ServeSettings(connections, every, auditAt, listen, passwordHash, replacement);
  }

  /** These settings with {@code replacement} as the connections. */
  ServeSettings withConnections(Configuration replacement) {
    return new ServeSettings(replacement, every, auditAt, listen, passwordHash, organizations);
  }

  /** Never shows a password or the hash. */
  @Override
  public String toString() {
    return "ServeSettings[sandbox=" + sandbox() + ", every=" + every + ", auditAt=" + auditAt + ", listen=" + listen
        + ", organizations=" + organizations + "]";
  }
}
