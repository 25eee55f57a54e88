package io.github.receiptbridge.sandbox.internal.server;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The command-line grammar both simulators' {@code main} share: {@code --name value}, {@code --name=value} and
 * flags; {@code -h} is read as {@code --help}, which, like {@code --port N} (0 to 65535, 0 = any free port), every
 * simulator has. The last occurrence of an option wins. Immutable.
 */
public final class CommandLineArgs {
  private static final String HELP = "--help";
  private static final String PORT = "--port";

  private final Map<String, String> values;
  private final Set<String> flags;

  private CommandLineArgs(Map<String, String> values, Set<String> flags) {
    this.values = Map.copyOf(values);
    this.flags = Set.copyOf(flags);
  }

  /**
   * Splits {@code args} into options.
   *
   * @param args         the command line
   * @param valueOptions the options that take a value besides {@code --port}
   * @param flagOptions  the options that take none besides {@code --help}
   * @return the options given
   * @throws IllegalArgumentException for an unknown option, a missing value or a value given to a flag
   */
  public static CommandLineArgs parse(String[] args, Set<String> valueOptions, Set<String> flagOptions) {
    Map<String, String> values = new HashMap<>();
    Set<String> flags = new HashSet<>();
    for (int i = 0; i < args.length; i++) {
      String name = "-h".equals(args[i]) ? HELP : args[i];
      String value = null;
      int equals = name.indexOf('=');
      if (name.startsWith("--") && equals > 0) {
        value = name.substring(equals + 1);
        name = name.substring(0, equals);
      }
      boolean flag = HELP.equals(name) || flagOptions.contains(name);
      if (!flag && !PORT.equals(name) && !valueOptions.contains(name)) {
        throw new IllegalArgumentException("unknown option " + name);
      }
      if (flag && value != null) {
        throw new IllegalArgumentException(name + " takes no value");
      }
      if (flag) {
        flags.add(name);
        continue;
      }
      if (value == null) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("missing value for " + name);
        }
        value = args[++i];
      }
      values.put(name, value);
    }
    return new CommandLineArgs(values, flags);
  }

  /**
   * Whether {@code --help} or {@code -h} was given.
   *
   * @return true to print the usage instead of starting
   */
  public boolean help() {
    return flags.contains(HELP);
  }

  /**
   * Whether a flag was given.
   *
   * @param name the flag, for example {@code --demo}
   * @return true when given
   */
  public boolean flag(String name) {
    return flags.contains(name);
  }

  /**
   * {@code --port}.
   *
   * @return the TCP port, 0 to 65535; 0 (any free port) when not given
   * @throws IllegalArgumentException when it is not a number or out of range
   */
  public int port() {
    String value = values.get(PORT);
    if (value == null) {
      return 0;
    }
    int port = number(PORT, value);
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port out of range: " + value);
    }
    return port;
  }

  /**
   * An option's value as given.
   *
   * @param name the option
   * @return the value, or {@code null} when not given
   */
  public @Nullable String value(String name) {
    return values.get(name);
  }

  /**
   * An option's value, which may be empty.
   *
   * @param name         the option
   * @param defaultValue the value when not given
   * @return the value
   */
  public String value(String name, String defaultValue) {
    return values.getOrDefault(name, defaultValue);
  }

  /**
   * An option's value, refused when empty.
   *
   * @param name         the option
   * @param defaultValue the value when not given
   * @return the value
   * @throws IllegalArgumentException when given empty
   */
  public String text(String name, String defaultValue) {
    return nonEmpty(name, value(name, defaultValue));
  }

  /**
   * An option's whole-number value.
   *
   * @param name         the option
   * @param defaultValue the value when not given
   * @return the number
   * @throws IllegalArgumentException when it is not a number
   */
  public long longValue(String name, long defaultValue) {
    String value = values.get(name);
    if (value == null) {
      return defaultValue;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a number for " + name + ": " + value, e);
    }
  }

  /**
   * {@code value}, refused when empty.
   *
   * @param name  the option it was given for, for the message
   * @param value the value
   * @return {@code value}
   * @throws IllegalArgumentException when it is empty
   */
  public static String nonEmpty(String name, String value) {
    if (value.isEmpty()) {
      throw new IllegalArgumentException("empty value for " + name);
    }
    return value;
  }

  private static int number(String name, String value) {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a number for " + name + ": " + value, e);
    }
  }
}
