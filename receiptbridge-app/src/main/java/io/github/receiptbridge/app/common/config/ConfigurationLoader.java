package io.github.receiptbridge.app.common.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads the {@link ConfigKey}s from an environment (a map, so tests need no real variables) and from an optional
 * properties file in UTF-8. A key in the file wins over the same variable in the environment: the file is named on
 * the command line, the more explicit choice.
 */
public final class ConfigurationLoader {
  private ConfigurationLoader() {}

  /**
   * The merged settings.
   *
   * @param environment variables, for example {@link System#getenv()}
   * @param file the {@code --config} file, if given
   * @throws ConfigurationException when the file cannot be read or holds a key the app does not know, or when a
   *     {@code true}/{@code false} key holds anything else
   */
  public static Configuration load(Map<String, String> environment, Optional<Path> file) {
    Map<ConfigKey, String> values = new EnumMap<>(ConfigKey.class);
    for (ConfigKey key : ConfigKey.values()) {
      String value = environment.get(key.name());
      if (value != null) {
        values.put(key, value);
      }
    }
    file.ifPresent(path -> values.putAll(readFile(path)));
    Configuration configuration = Configuration.of(values);
    // a malformed flag fails here, before any simulator or connection is started
    configuration.schetmashAllowInsecureHttp();
    configuration.onecAllowInsecureHttp();
    return configuration;
  }

  private static Map<ConfigKey, String> readFile(Path path) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new ConfigurationException("Cannot read the --config file " + path + ": "
          + (Files.exists(path) ? e.getMessage() : "it does not exist"), e);
    }
    Map<ConfigKey, String> values = new EnumMap<>(ConfigKey.class);
    for (String name : properties.stringPropertyNames()) {
      values.put(key(name, path), properties.getProperty(name));
    }
    return values;
  }

  private static ConfigKey key(String name, Path path) {
    try {
      return ConfigKey.valueOf(name.trim());
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("Unknown key '" + name + "' in " + path + "; the keys are "
          + Arrays.toString(ConfigKey.values()));
    }
  }
}
