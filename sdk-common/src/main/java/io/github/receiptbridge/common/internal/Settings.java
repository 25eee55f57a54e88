package io.github.receiptbridge.common.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads configuration keys such as {@code SCHETMASH_LOGIN}: the system property in lower-dot form ({@code
 * schetmash.login}) wins over the environment variable.
 */
public final class Settings {
  private final Function<String, @Nullable String> properties;
  private final Function<String, @Nullable String> environment;

  /**
   * Settings over the given lookups, each answering {@code null} for a key it does not have.
   *
   * @param properties looked up by the lower-dot form of a key ({@code schetmash.login})
   * @param environment looked up by the key itself ({@code SCHETMASH_LOGIN})
   */
  public Settings(Function<String, @Nullable String> properties, Function<String, @Nullable String> environment) {
    this.properties = properties;
    this.environment = environment;
  }

  /** The value of {@code envName}, or empty when neither source has a non-blank one. */
  public Optional<String> get(String envName) {
    @Nullable String property = properties.apply(envName.toLowerCase(Locale.ROOT).replace('_', '.'));
    if (property != null && !property.isBlank()) {
      return Optional.of(property);
    }
    @Nullable String env = environment.apply(envName);
    return env == null || env.isBlank() ? Optional.empty() : Optional.of(env);
  }

  /**
   * The value of {@code envName} as a boolean, or empty when it is not set.
   *
   * @throws IllegalArgumentException when it is set to anything but {@code true} or {@code false} (any case)
   */
  public Optional<Boolean> flag(String envName) {
    return get(envName).map(String::trim).map(value -> {
      if (value.equalsIgnoreCase("true")) {
        return true;
      }
      if (value.equalsIgnoreCase("false")) {
        return false;
      }
      throw new IllegalArgumentException(envName + " must be true or false, was '" + value + "'");
    });
  }
}
