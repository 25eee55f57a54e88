package io.github.receiptbridge.app.common.config;

import io.github.receiptbridge.core.OrganizationPayers;
import io.github.receiptbridge.core.PaymentMethod;
import io.github.receiptbridge.core.PaymentObject;
import io.github.receiptbridge.core.ReceiptPolicy;
import io.github.receiptbridge.core.TaxRule;
import io.github.receiptbridge.core.WorkingCalendar;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The app's settings after merging the environment and the {@code --config} file, with typed readers that fail with
 * a {@link ConfigurationException} naming the key and what to write.
 */
public final class Configuration {
  private final Map<ConfigKey, String> values;

  private Configuration(Map<ConfigKey, String> values) {
    this.values = values;
  }

  /** Settings holding exactly {@code values} (blank values count as unset, except an empty 1C password). */
  public static Configuration of(Map<ConfigKey, String> values) {
    Map<ConfigKey, String> copy = new EnumMap<>(ConfigKey.class);
    values.forEach((key, value) -> {
      if (value != null) {
        copy.put(key, value.trim());
      }
    });
    return new Configuration(copy);
  }

  /** These settings with {@code overrides} replacing the keys they hold. */
  public Configuration overriddenBy(Map<ConfigKey, String> overrides) {
    Map<ConfigKey, String> merged = new EnumMap<>(ConfigKey.class);
    merged.putAll(values);
    merged.putAll(overrides);
    return of(merged);
  }

  /** The value of {@code key}, when set. */
  public Optional<String> value(ConfigKey key) {
    String value = values.get(key);
    if (value == null) {
      return Optional.empty();
    }
    boolean emptyAllowed = key == ConfigKey.ONEC_PASSWORD;
    return value.isEmpty() && !emptyAllowed ? Optional.empty() : Optional.of(value);
  }

  /** Whether {@code key} is set. */
  public boolean isSet(ConfigKey key) {
    return value(key).isPresent();
  }

  /**
   * The value of a key the current mode needs.
   *
   * @throws ConfigurationException when it is not set
   */
  public String required(ConfigKey key) {
    return value(key).orElseThrow(() -> new ConfigurationException(key + " is not set: set it in the environment "
        + "or in the --config file (with SCHETMASH_URL and ONEC_ODATA_URL both unset the app runs on the sandbox)"));
  }

  /**
   * The Счетмаш shop id.
   *
   * @throws ConfigurationException when it is unset or not a positive number
   */
  public long schetmashShopId() {
    String text = required(ConfigKey.SCHETMASH_SHOP_ID);
    long shopId;
    try {
      shopId = Long.parseLong(text);
    } catch (NumberFormatException e) {
      shopId = 0;
    }
    if (shopId < 1) {
      throw new ConfigurationException("SCHETMASH_SHOP_ID must be the numeric shop id from the Счетмаш cabinet "
          + "(a positive number), was '" + text + "'");
    }
    return shopId;
  }

  /**
   * Whether {@link ConfigKey#SCHETMASH_URL} may be plain {@code http://} to a host other than the loopback one.
   *
   * @throws ConfigurationException when {@link ConfigKey#SCHETMASH_ALLOW_INSECURE_HTTP} is not true or false
   */
  public boolean schetmashAllowInsecureHttp() {
    return flag(ConfigKey.SCHETMASH_ALLOW_INSECURE_HTTP);
  }

  /**
   * Whether {@link ConfigKey#ONEC_ODATA_URL} may be plain {@code http://} to a host other than the loopback one.
   *
   * @throws ConfigurationException when {@link ConfigKey#ONEC_ALLOW_INSECURE_HTTP} is not true or false
   */
  public boolean onecAllowInsecureHttp() {
    return flag(ConfigKey.ONEC_ALLOW_INSECURE_HTTP);
  }

  /**
   * The 1C server's time zone, when set.
   *
   * @throws ConfigurationException when it is not a time-zone id
   */
  public Optional<ZoneId> onecTimeZone() {
    return value(ConfigKey.ONEC_TIMEZONE).map(text -> {
      try {
        return ZoneId.of(text);
      } catch (DateTimeException e) {
        throw new ConfigurationException("ONEC_TIMEZONE must be a time-zone id such as Europe/Moscow, was '"
            + text + "'");
      }
    });
  }

  /**
   * The longest encoded {@code $filter} of a bulk read of 1C, when set.
   *
   * @throws ConfigurationException when it is not a whole number of at least 300
   */
  public OptionalInt onecMaxFilterLength() {
    Optional<String> text = value(ConfigKey.ONEC_MAX_FILTER_LENGTH);
    if (text.isEmpty()) {
      return OptionalInt.empty();
    }
    String message = "ONEC_MAX_FILTER_LENGTH must be a number of characters, at least 300 (the default is 2000), was '"
        + text.get() + "'";
    int length;
    try {
      length = Integer.parseInt(text.get());
    } catch (NumberFormatException e) {
      throw new ConfigurationException(message, e);
    }
    if (length < 300) {
      throw new ConfigurationException(message);
    }
    return OptionalInt.of(length);
  }

  /**
   * How documents become receipts: the SDK's housing-and-utility defaults, changed by {@code RECEIPT_ITEM_NAME},
   * {@code RECEIPT_TAX}, {@code RECEIPT_PAYMENT_OBJECT}, {@code RECEIPT_PAYMENT_METHOD}, {@code
   * RECEIPT_FALLBACK_EMAIL}, {@code RECEIPT_OPERATION_KINDS} and {@code RECEIPT_ORGANIZATION_PAYERS}.
   *
   * @throws ConfigurationException when one of them is malformed
   */
  public ReceiptPolicy receiptPolicy() {
    ReceiptPolicy.Builder policy = ReceiptPolicy.builder().taxRule(taxRule())
        .organizationPayers(organizationPayers());
    enumValue(ConfigKey.RECEIPT_PAYMENT_OBJECT, PaymentObject.class).ifPresent(policy::paymentObject);
    enumValue(ConfigKey.RECEIPT_PAYMENT_METHOD, PaymentMethod.class).ifPresent(policy::paymentMethod);
    operationKinds().ifPresent(policy::includedOperationKinds);
    value(ConfigKey.RECEIPT_ITEM_NAME).ifPresent(template -> policy.itemNameTemplate(checked(
        ConfigKey.RECEIPT_ITEM_NAME, template, () -> ReceiptPolicy.builder().itemNameTemplate(template).build())));
    value(ConfigKey.RECEIPT_FALLBACK_EMAIL).ifPresent(email -> policy.fallbackEmail(checked(
        ConfigKey.RECEIPT_FALLBACK_EMAIL, email, () -> ReceiptPolicy.builder().fallbackEmail(email).build())));
    return policy.build();
  }

  /** {@code value}, once a policy holding only it builds; otherwise an error naming {@code key}. */
  private static String checked(ConfigKey key, String value, Runnable buildWithOnlyThisValue) {
    try {
      buildWithOnlyThisValue.run();
      return value;
    } catch (IllegalStateException e) {
      throw new ConfigurationException(key + " is wrong: " + e.getMessage(), e);
    }
  }

  private boolean flag(ConfigKey key) {
    String text = value(key).orElse("false");
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new ConfigurationException(key + " must be 'true' or 'false' (the default), was '" + text
          + "'");
    };
  }

  /**
   * The working calendar of the deadlines: the Russian production calendar, with the days of the {@code
   * RECEIPT_CALENDAR} file when set.
   *
   * @throws ConfigurationException when the file cannot be read or a line is wrong
   */
  public WorkingCalendar calendar() {
    WorkingCalendar russian = WorkingCalendar.russian();
    return value(ConfigKey.RECEIPT_CALENDAR).map(file -> {
      try {
        return russian.withDays(Path.of(file));
      } catch (IllegalArgumentException | UncheckedIOException e) {
        throw new ConfigurationException("RECEIPT_CALENDAR is wrong: " + e.getMessage(), e);
      }
    }).orElse(russian);
  }

  /** The operation kinds of {@code RECEIPT_OPERATION_KINDS}; empty (every kind) for {@code *}. */
  private Optional<Set<String>> operationKinds() {
    return value(ConfigKey.RECEIPT_OPERATION_KINDS).map(text -> {
      if (text.equals("*")) {
        return Set.of();
      }
      Set<String> kinds = new LinkedHashSet<>();
      for (String kind : text.split(",")) {
        String name = kind.trim();
        if (!name.matches("[\\p{L}\\p{N}_]+")) {
          throw new ConfigurationException("RECEIPT_OPERATION_KINDS must be 1C operation kind names separated by "
              + "commas, such as ОплатаПокупателя,ПрочиеРасчетыСКонтрагентами, or * for every kind; '" + name
              + "' is not one");
        }
        kinds.add(name);
      }
      return kinds;
    });
  }

  /**
   * The constant of {@code type} that {@code key} names, in any case; an unknown name is an error naming the key and
   * every allowed name.
   */
  private <E extends Enum<E>> Optional<E> enumValue(ConfigKey key, Class<E> type) {
    return value(key).map(text -> {
      String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(name)) {
          return constant;
        }
      }
      throw new ConfigurationException(key + " must be one of " + Arrays.stream(type.getEnumConstants())
          .map(Enum::name).collect(Collectors.joining(", ")) + " (in any case), was '" + text + "'");
    });
  }

  private OrganizationPayers organizationPayers() {
    String text = value(ConfigKey.RECEIPT_ORGANIZATION_PAYERS).orElse("skip").toLowerCase(Locale.ROOT);
    return switch (text) {
      case "skip" -> OrganizationPayers.SKIP;
      case "send" -> OrganizationPayers.SEND;
      default -> throw new ConfigurationException("RECEIPT_ORGANIZATION_PAYERS must be 'skip' (the default: payments "
          + "of organizations get no receipt) or 'send' (they get one with the buyer's name and INN), was '" + text
          + "'");
    };
  }

  private TaxRule taxRule() {
    String text = value(ConfigKey.RECEIPT_TAX).orElse("none").toLowerCase(Locale.ROOT);
    return switch (text) {
      case "none" -> TaxRule.EXEMPT;
      case "standard" -> TaxRule.STANDARD_RATE;
      default -> throw new ConfigurationException("RECEIPT_TAX must be 'none' (VAT-exempt) or 'standard' (20%, "
          + "22% from 2026), was '" + text + "'");
    };
  }
}
