package io.github.receiptbridge.app.serve;

import io.github.receiptbridge.app.common.config.ConfigKey;
import io.github.receiptbridge.app.common.config.Configuration;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

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
 * @param historyRetentionDays how many days the history of passes keeps a pass ({@code history.retention-days}),
 *     when the file says; {@link #DEFAULT_HISTORY_RETENTION_DAYS} otherwise
 */
record ServeSettings(Configuration connections, Optional<Duration> every, Optional<LocalTime> auditAt,
    Optional<String> listen, Optional<String> passwordHash, List<OrganizationSettings> organizations,
    OptionalInt historyRetentionDays) {
  /** How many days a pass stays in the history when the file does not say: a year and a month of audits. */
  static final int DEFAULT_HISTORY_RETENTION_DAYS = 400;

  /** Copies the list. */
  ServeSettings {
    organizations = List.copyOf(organizations);
  }

  /** Settings with the default history retention. */
  ServeSettings(Configuration connections, Optional<Duration> every, Optional<LocalTime> auditAt,
      Optional<String> listen, Optional<String> passwordHash, List<OrganizationSettings> organizations) {
    this(connections, every, auditAt, listen, passwordHash, organizations, OptionalInt.empty());
  }

  /** How many days the history keeps a pass: the file's {@code history.retention-days}, else 400. */
  int historyRetention() {
    return historyRetentionDays.orElse(DEFAULT_HISTORY_RETENTION_DAYS);
  }

  /** Whether no endpoint is configured, so the built-in sandbox is used. */
  boolean sandbox() {
    return !connections.isSet(ConfigKey.SCHETMASH_URL) && !connections.isSet(ConfigKey.ONEC_ODATA_URL);
  }

  /** These settings with {@code replacement} as the organizations. */
  ServeSettings withOrganizations(List<OrganizationSettings> replacement) {
    return new ServeSettings(connections, every, auditAt, listen, passwordHash, replacement, historyRetentionDays);
  }

  /** These settings with {@code replacement} as the connections. */
  ServeSettings withConnections(Configuration replacement) {
    return new ServeSettings(replacement, every, auditAt, listen, passwordHash, organizations,
        historyRetentionDays);
  }

  /** Never shows a password or the hash. */
  @Override
  public String toString() {
    return "ServeSettings[sandbox=" + sandbox() + ", every=" + every + ", auditAt=" + auditAt + ", listen=" + listen
        + ", organizations=" + organizations + ", historyRetentionDays=" + historyRetention() + "]";
  }
}
