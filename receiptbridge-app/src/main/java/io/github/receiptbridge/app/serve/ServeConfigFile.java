package io.github.receiptbridge.app.serve;

import io.github.receiptbridge.core.ReceiptPolicy;
import io.github.receiptbridge.app.common.config.ConfigKey;
import io.github.receiptbridge.app.common.config.Configuration;
import io.github.receiptbridge.app.common.config.ConfigurationException;
import io.github.receiptbridge.app.common.config.DurationConverter;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads the {@code serve} configuration file: UTF-8, one {@code key = value} a line, {@code #} starts a comment line,
 * blank lines are ignored, no continuation lines. A value may hold {@code ${NAME}} references, replaced by the
 * environment variable {@code NAME} (for secrets). Every error names the file, the line and the key.
 *
 * <pre>
 * onec.url = https://1c.example.ru/buh          # the 1C connection, once
 * onec.user = receipts
 * onec.password = ${ONEC_PASSWORD}
 * onec.timezone = Europe/Moscow
 * schetmash.url = https://online.schetmash.com/lk/api/v1/
 * schetmash.login = uk-api
 * schetmash.password = ${SCHETMASH_PASSWORD}
 * every = 15m
 * audit-at = 06:00
 * listen = 127.0.0.1:8080
 * console.password-hash = $2a$10$…                # or personal users, each with its own hash:
 * console.user.ivanova.password-hash = $2a$10$…
 * console.session.idle-timeout = 30m              # an unused session ends (default 30m)
 * console.session.max-lifetime = 12h              # any session ends after its login (default 12h)
 * history.retention-days = 400                    # how long the history of passes keeps a pass and its report
 * organization.uk.id = 7701234567               # INN, name or Ref_Key; the key (uk) may be Cyrillic: ромашка
 * organization.uk.shop-id = 101
 * organization.uk.fallback-email = receipts@uk-example.ru
 * organization.uk.payment-method = advance          # the policy keys: item-name, tax, payment-object, …
 * </pre>
 */
final class ServeConfigFile {
  /** A line: the key may hold any letter (an organization's or user's key may be Cyrillic), checked per key below. */
  private static final Pattern LINE = Pattern.compile("^([\\p{L}\\p{Nd}_.-]+)\\s*=\\s*(.*)$");
  /** Lower-case letters of any alphabet, digits, - and _: a key the console's addresses and metrics can carry. */
  private static final String NAME = "[\\p{Ll}\\p{Lo}\\p{Nd}_-]+";
  private static final Pattern ORGANIZATION = Pattern.compile("^organization\\.(" + NAME + ")\\.([a-z.-]+)$");
  private static final Pattern USER = Pattern.compile("^console\\.user\\.(" + NAME + ")\\.password-hash$");
  private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d{2}\\$[./A-Za-z0-9]{53}");
  private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");
  private static final Pattern LISTEN = Pattern.compile("^(\\[[0-9a-fA-F:.]+]|[A-Za-z0-9.-]+):(\\d{1,5})$");

  /** The file's top-level keys and the app's configuration key each stands for. */
  private static final Map<String, ConfigKey> CONNECTION_KEYS = Map.ofEntries(
      Map.entry("onec.url", ConfigKey.ONEC_ODATA_URL),
      Map.entry("onec.user", ConfigKey.ONEC_USER),
      Map.entry("onec.password", ConfigKey.ONEC_PASSWORD),
      Map.entry("onec.timezone", ConfigKey.ONEC_TIMEZONE),
      Map.entry("onec.allow-insecure-http", ConfigKey.ONEC_ALLOW_INSECURE_HTTP),
      Map.entry("schetmash.url", ConfigKey.SCHETMASH_URL),
      Map.entry("schetmash.login", ConfigKey.SCHETMASH_LOGIN),
      Map.entry("schetmash.password", ConfigKey.SCHETMASH_PASSWORD),
      Map.entry("schetmash.allow-insecure-http", ConfigKey.SCHETMASH_ALLOW_INSECURE_HTTP),
      Map.entry("calendar", ConfigKey.RECEIPT_CALENDAR),
      Map.entry("journal", ConfigKey.RECEIPT_JOURNAL));

  /** The policy keys, top-level (the default of every organization) and per organization. */
  private static final Map<String, ConfigKey> POLICY_KEYS = Map.of(
      "item-name", ConfigKey.RECEIPT_ITEM_NAME,
      "tax", ConfigKey.RECEIPT_TAX,
      "payment-object", ConfigKey.RECEIPT_PAYMENT_OBJECT,
      "payment-method", ConfigKey.RECEIPT_PAYMENT_METHOD,
      "fallback-email", ConfigKey.RECEIPT_FALLBACK_EMAIL,
      "operation-kinds", ConfigKey.RECEIPT_OPERATION_KINDS,
      "organization-payers", ConfigKey.RECEIPT_ORGANIZATION_PAYERS);

  private static final List<String> TOP_LEVEL = List.of("every", "audit-at", "listen", "console.password-hash",
      "console.session.idle-timeout", "console.session.max-lifetime", "history.retention-days");
  private static final List<String> ORGANIZATION_FIELDS = List.of("id", "shop-id", "schetmash.login",
      "schetmash.password");

  private final Path file;
  private final Map<String, String> environment;
  private final Map<String, Integer> lineOf = new HashMap<>();

  private ServeConfigFile(Path file, Map<String, String> environment) {
    this.file = file;
    this.environment = environment;
  }

  /**
   * The settings in {@code file}.
   *
   * @param environment where {@code ${NAME}} references are looked up
   * @throws ConfigFileException naming the line and the key of the first problem
   */
  static ServeSettings read(Path file, Map<String, String> environment) {
    return readAll(file, environment).settings();
  }

  /**
   * The settings in {@code file} and what it says about the console's logins.
   *
   * @param environment where {@code ${NAME}} references are looked up
   * @throws ConfigFileException naming the line and the key of the first problem
   */
  static Contents readAll(Path file, Map<String, String> environment) {
    ServeConfigFile reader = new ServeConfigFile(file, environment);
    Map<String, String> values = reader.lines();
    return new Contents(reader.read(values), reader.console(values));
  }

  /**
   * What a configuration file holds.
   *
   * @param settings everything but the console's logins
   * @param console the console's personal users and session limits
   */
  record Contents(ServeSettings settings, ConsoleAccess console) {}

  /**
   * The console's logins as the file gives them.
   *
   * @param users each personal user's name and bcrypt hash ({@code console.user.<name>.password-hash}); empty for none
   * @param idleTimeout {@code console.session.idle-timeout}, when given
   * @param maxLifetime {@code console.session.max-lifetime}, when given
   */
  record ConsoleAccess(Map<String, String> users, Optional<Duration> idleTimeout, Optional<Duration> maxLifetime) {
    /** Copies the users. */
    ConsoleAccess {
      users = Map.copyOf(users);
    }

    /** No personal users and the default limits: what a configuration without a file gives. */
    static ConsoleAccess none() {
      return new ConsoleAccess(Map.of(), Optional.empty(), Optional.empty());
    }

    /** {@code settings} with these users and limits (the defaults where the file gives none). */
    ConsoleSettings applyTo(ConsoleSettings settings) {
      return settings.withUsers(users).withSessionLimits(idleTimeout.orElse(settings.idleTimeout()),
          maxLifetime.orElse(settings.maxLifetime()));
    }

    /** Never shows a hash. */
    @Override
    public String toString() {
      return "ConsoleAccess[users=" + users.keySet() + ", idleTimeout=" + idleTimeout + ", maxLifetime="
          + maxLifetime + "]";
    }
  }

  private ConsoleAccess console(Map<String, String> values) {
    Map<String, String> users = new LinkedHashMap<>();
    values.forEach((key, value) -> {
      Matcher user = USER.matcher(key);
      if (user.matches()) {
        if (!BCRYPT.matcher(value).matches()) {
          throw error(key, "is not a bcrypt hash ($2a$10$ and 53 characters); make one with "
              + "htpasswd -nbBC 10 '' 'the user's password' | cut -d: -f2");
        }
        users.put(user.group(1), value);
      }
    });
    if (!users.isEmpty() && values.containsKey("console.password-hash")) {
      throw error("console.password-hash", "personal users (console.user.<name>.password-hash) are set as well: "
          + "keep either the one password or the users");
    }
    Optional<Duration> idle = Optional.ofNullable(values.get("console.session.idle-timeout"))
        .map(value -> sessionLimit("console.session.idle-timeout", value));
    Optional<Duration> lifetime = Optional.ofNullable(values.get("console.session.max-lifetime"))
        .map(value -> sessionLimit("console.session.max-lifetime", value));
    Duration effectiveIdle = idle.orElse(ConsoleSettings.DEFAULT_IDLE_TIMEOUT);
    Duration effectiveLifetime = lifetime.orElse(ConsoleSettings.DEFAULT_MAX_LIFETIME);
    if (effectiveLifetime.compareTo(effectiveIdle) < 0) {
      throw error(lifetime.isPresent() ? "console.session.max-lifetime" : "console.session.idle-timeout",
          "the session's max lifetime (" + effectiveLifetime + ") is shorter than its idle timeout ("
          + effectiveIdle + "): make the lifetime at least as long");
    }
    return new ConsoleAccess(users, idle, lifetime);
  }

  private Duration sessionLimit(String key, String value) {
    Duration limit;
    try {
      limit = new DurationConverter().convert(value);
    } catch (TypeConversionException e) {
      throw error(key, e.getMessage());
    }
    if (limit.compareTo(Duration.ofMinutes(1)) < 0) {
      throw error(key, "must be at least 1m, was '" + value + "'");
    }
    return limit;
  }

  private ServeSettings read(Map<String, String> values) {
    Map<ConfigKey, String> connections = new EnumMap<>(ConfigKey.class);
    Map<ConfigKey, String> defaultPolicy = new EnumMap<>(ConfigKey.class);
    Map<String, Map<String, String>> organizations = new LinkedHashMap<>();
    values.forEach((key, value) -> {
      Matcher organization = ORGANIZATION.matcher(key);
      if (CONNECTION_KEYS.containsKey(key)) {
        connections.put(CONNECTION_KEYS.get(key), value);
      } else if (POLICY_KEYS.containsKey(key)) {
        defaultPolicy.put(POLICY_KEYS.get(key), checkedPolicyValue(key, POLICY_KEYS.get(key), value));
      } else if (organization.matches() && (ORGANIZATION_FIELDS.contains(organization.group(2))
          || POLICY_KEYS.containsKey(organization.group(2)))) {
        organizations.computeIfAbsent(organization.group(1), name -> new LinkedHashMap<>())
            .put(organization.group(2), value);
      } else if (key.startsWith("organization.") && !organization.matches()) {
        throw error(key, "not an organization key: write organization.<key>.<field>, the <key> in lower-case letters"
            + " (Latin or Cyrillic), digits, - or _, such as organization.ромашка.id");
      } else if (key.startsWith("console.user.") && !USER.matcher(key).matches()) {
        throw error(key, "not a user key: write console.user.<name>.password-hash, the <name> in lower-case letters"
            + " (Latin or Cyrillic), digits, - or _");
      } else if (!TOP_LEVEL.contains(key) && !USER.matcher(key).matches()) {
        throw error(key, "unknown key; the keys are " + String.join(", ", CONNECTION_KEYS.keySet().stream().sorted()
            .toList()) + ", " + String.join(", ", TOP_LEVEL) + ", the policy keys " + String.join(", ",
            POLICY_KEYS.keySet().stream().sorted().toList()) + ", console.user.<name>.password-hash and organization"
            + ".<name>.(" + String.join("|", ORGANIZATION_FIELDS) + "|<policy key>)");
      }
    });
    Configuration connection = checkedConnections(connections);
    List<OrganizationSettings> list = new ArrayList<>();
    organizations.forEach((name, fields) -> list.add(organization(name, fields, defaultPolicy, connection)));
    if (list.isEmpty() && !sandbox(connection)) {
      throw ConfigFileException.ofKey(file, "organization.<name>.id", "no organization is configured: add "
          + "organization.<name>.id = <INN, name or Ref_Key> and organization.<name>.shop-id = <shop> for each");
    }
    return new ServeSettings(connection,
        Optional.ofNullable(values.get("every")).map(value -> every(value)),
        Optional.ofNullable(values.get("audit-at")).map(value -> auditAt(value)),
        Optional.ofNullable(values.get("listen")).map(value -> listen("listen", value)),
        Optional.ofNullable(values.get("console.password-hash")).map(this::passwordHash),
        list,
        values.containsKey("history.retention-days")
            ? OptionalInt.of(retentionDays(values.get("history.retention-days"))) : OptionalInt.empty());
  }

  /** The days of {@code history.retention-days}: a whole number from 1 to 36500. */
  private int retentionDays(String value) {
    try {
      int days = Integer.parseInt(value);
      if (days >= 1 && days <= 36_500) {
        return days;
      }
    } catch (NumberFormatException e) {
      throw error("history.retention-days", "'" + value + "' is not a number of days: write a whole number such as "
          + ServeSettings.DEFAULT_HISTORY_RETENTION_DAYS + " (" + e.getMessage() + ")");
    }
    throw error("history.retention-days", value + " days is out of range: give 1 to 36500 days (default "
        + ServeSettings.DEFAULT_HISTORY_RETENTION_DAYS + ")");
  }

  /** The file's key-value pairs in order, references resolved; a malformed or repeated line is an error. */
  private Map<String, String> lines() {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw ConfigFileException.ofFile(file, "not UTF-8 text: save the file as UTF-8");
    } catch (IOException e) {
      throw ConfigFileException.ofFile(file, Files.exists(file) ? "cannot be read: " + e.getMessage()
          : "does not exist: give --config the path of the configuration file");
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int index = 0; index < lines.size(); index++) {
      int number = index + 1;
      String line = lines.get(index).strip();
      if (index == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1).strip();
      }
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Matcher matcher = LINE.matcher(line);
      if (!matcher.matches()) {
        throw ConfigFileException.ofLine(file, number, line.contains("=") ? "the key before '=' may hold only letters,"
            + " digits, '.', '-' and '_' (no spaces): write it like organization.ромашка.id"
            : "not a 'key = value' line (comments start with #)");
      }
      String key = matcher.group(1);
      if (values.containsKey(key)) {
        throw new ConfigFileException(file, number, key, "given twice (first on line " + lineOf.get(key)
            + "); keep one");
      }
      lineOf.put(key, number);
      values.put(key, resolve(key, matcher.group(2).strip()));
    }
    return values;
  }

  /** {@code value} with every {@code ${NAME}} replaced by the environment variable; an unset one is an error. */
  private String resolve(String key, String value) {
    Matcher matcher = REFERENCE.matcher(value);
    StringBuilder resolved = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1);
      String replacement = environment.get(name);
      if (replacement == null) {
        throw error(key, "refers to the environment variable " + name + ", which is not set: set it in the "
            + "service's environment (systemd: Environment= or EnvironmentFile=)");
      }
      matcher.appendReplacement(resolved, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(resolved);
    String text = resolved.toString();
    if (text.isEmpty() && !key.equals("onec.password")) {
      throw error(key, "has no value; remove the line or give one");
    }
    return text;
  }

  /** Whether {@code connection} names no endpoint, so the built-in sandbox is used. */
  private static boolean sandbox(Configuration connection) {
    return !connection.isSet(ConfigKey.SCHETMASH_URL) && !connection.isSet(ConfigKey.ONEC_ODATA_URL);
  }

  private OrganizationSettings organization(String name, Map<String, String> fields, Map<ConfigKey, String> defaults,
      Configuration connection) {
    boolean sandbox = sandbox(connection);
    String prefix = "organization." + name + ".";
    String id = fields.get("id");
    if (id == null) {
      throw error(prefix + fields.keySet().iterator().next(), "organization '" + name + "' has no " + prefix
          + "id: add it with the organization's INN, name or Ref_Key in 1C");
    }
    OptionalLong shopId = fields.containsKey("shop-id")
        ? OptionalLong.of(shopId(prefix + "shop-id", fields.get("shop-id"))) : OptionalLong.empty();
    if (shopId.isEmpty() && !sandbox) {
      throw error(prefix + "id", "organization '" + name + "' has no " + prefix + "shop-id: add its Счетмаш shop "
          + "id from the cabinet");
    }
    Optional<String> login = Optional.ofNullable(fields.get("schetmash.login"));
    Optional<String> password = Optional.ofNullable(fields.get("schetmash.password"));
    if (login.isPresent() != password.isPresent()) {
      String given = prefix + (login.isPresent() ? "schetmash.login" : "schetmash.password");
      throw error(given, "give both " + prefix + "schetmash.login and " + prefix + "schetmash.password, or "
          + "neither to use schetmash.login and schetmash.password");
    }
    if (!sandbox && login.isEmpty() && !(connection.isSet(ConfigKey.SCHETMASH_LOGIN)
        && connection.isSet(ConfigKey.SCHETMASH_PASSWORD))) {
      throw error(prefix + "id", "no Счетмаш login for organization '" + name + "': set schetmash.login and "
          + "schetmash.password, or " + prefix + "schetmash.login and " + prefix + "schetmash.password");
    }
    Map<ConfigKey, String> policyKeys = new EnumMap<>(defaults);
    POLICY_KEYS.forEach((field, configKey) -> {
      if (fields.containsKey(field)) {
        policyKeys.put(configKey, checkedPolicyValue(prefix + field, configKey, fields.get(field)));
      }
    });
    ReceiptPolicy policy = Configuration.of(policyKeys).receiptPolicy(); // each value was checked on its own line
    return new OrganizationSettings(name, id, shopId, login, password, policy);
  }

  /** {@code value}, once a policy of it alone builds; otherwise an error naming the file's key. */
  private String checkedPolicyValue(String key, ConfigKey configKey, String value) {
    try {
      Configuration.of(Map.of(configKey, value)).receiptPolicy();
      return value;
    } catch (ConfigurationException e) {
      throw error(key, e.getMessage().replace(configKey.name(), key));
    }
  }

  private Configuration checkedConnections(Map<ConfigKey, String> values) {
    Configuration connection = Configuration.of(values);
    boolean schetmash = connection.isSet(ConfigKey.SCHETMASH_URL);
    boolean onec = connection.isSet(ConfigKey.ONEC_ODATA_URL);
    if (schetmash != onec) {
      String set = schetmash ? "schetmash.url" : "onec.url";
      String unset = schetmash ? "onec.url" : "schetmash.url";
      throw error(set, "only " + set + " is set: set " + unset + " too to use real services, or neither to run "
          + "on the built-in sandbox");
    }
    if (onec) {
      for (String required : List.of("onec.user", "onec.password")) {
        if (!connection.isSet(CONNECTION_KEYS.get(required))) {
          throw ConfigFileException.ofKey(file, required, "not set: the 1C connection needs onec.url, onec.user "
              + "and onec.password");
        }
      }
    }
    CONNECTION_KEYS.forEach((key, configKey) -> {
      try {
        switch (configKey) {
          case ONEC_TIMEZONE -> connection.onecTimeZone();
          case ONEC_ALLOW_INSECURE_HTTP -> connection.onecAllowInsecureHttp();
          case SCHETMASH_ALLOW_INSECURE_HTTP -> connection.schetmashAllowInsecureHttp();
          case RECEIPT_CALENDAR -> connection.calendar();
          default -> { }
        }
      } catch (ConfigurationException e) {
        throw error(key, e.getMessage().replace(configKey.name(), key));
      }
    });
    return connection;
  }

  private long shopId(String key, String value) {
    try {
      long shop = Long.parseLong(value);
      if (shop > 0) {
        return shop;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw error(key, "must be the numeric shop id from the Счетмаш cabinet (a positive number), was '" + value
        + "'");
  }

  private Duration every(String value) {
    try {
      return checkedEvery(value);
    } catch (IllegalArgumentException e) {
      throw error("every", e.getMessage());
    }
  }

  private LocalTime auditAt(String value) {
    try {
      return checkedAuditAt(value);
    } catch (IllegalArgumentException e) {
      throw error("audit-at", e.getMessage());
    }
  }

  /**
   * The schedule's period as {@code every} or {@code --every} gives it: a duration of at least 1 s.
   *
   * @throws IllegalArgumentException saying what is wrong and how to write it
   */
  static Duration checkedEvery(String value) {
    Duration every;
    try {
      every = new DurationConverter().convert(value);
    } catch (TypeConversionException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    if (every.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("must be at least 1s, was '" + value + "'");
    }
    return every;
  }

  /**
   * The daily audit's time as {@code audit-at} or {@code --audit-at} gives it.
   *
   * @throws IllegalArgumentException saying how to write it
   */
  static LocalTime checkedAuditAt(String value) {
    try {
      return LocalTime.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + value + "' is not a time of day: write it as HH:mm, for example 06:00",
          e);
    }
  }

  private String listen(String key, String value) {
    if (!validListen(value)) {
      throw error(key, "'" + value + "' is not host:port: write it like 127.0.0.1:8080 or 0.0.0.0:8443");
    }
    return value;
  }

  /** Whether {@code value} is {@code host:port} with a port up to 65535. */
  static boolean validListen(String value) {
    Matcher matcher = LISTEN.matcher(value);
    return matcher.matches() && Integer.parseInt(matcher.group(2)) <= 65535;
  }

  private String passwordHash(String value) {
    if (!BCRYPT.matcher(value).matches()) {
      throw error("console.password-hash", "is not a bcrypt hash ($2a$10$ and 53 characters); make one with "
          + "htpasswd -nbBC 10 '' 'your password' | cut -d: -f2");
    }
    return value;
  }

  /** An error about {@code key}, at its line; no message quotes a password's or hash's value. */
  private ConfigFileException error(String key, String problem) {
    return new ConfigFileException(file, lineOf.getOrDefault(key, 0), key, problem);
  }
}
