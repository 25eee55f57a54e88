package io.github.receiptbridge.sandbox.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The command-line grammar both simulators' {@code main} share: {@code --name value}, {@code --name=value}, flags. */
public final class CommandLineArgs {
  /**
   * One option.
   *
   * @param name the option, for example {@code --port}
   * @param value its value; {@code null} for a flag
   */
  public record Option(String name, String value) {}

  private CommandLineArgs() {}

  /**
   * Splits {@code args} into options; {@code -h} is read as {@code --help}.
   *
   * @param flags the options that take no value ({@code --help} always is one)
   * @throws IllegalArgumentException for a missing value or a value given to a flag
   */
  public static List<Option> parse(String[] args, Set<String> flags) {
    List<Option> options = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String name = "-h".equals(args[i]) ? "--help" : args[i];
      String value = null;
      int equals = name.indexOf('=');
      if (name.startsWith("--") && equals > 0) {
        value = name.substring(equals + 1);
        name = name.substring(0, equals);
      }
      boolean flag = "--help".equals(name) || flags.contains(name);
      if (flag && value != null) {
        throw new IllegalArgumentException(name + " takes no value");
      }
      if (!flag && value == null) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("missing value for " + name);
        }
        value = args[++i];
      }
      options.add(new Option(name, value));
    }
    return options;
  }

  /** A TCP port, 0 to 65535 (0 = any free port). */
  public static int port(String value) {
    try {
      int port = Integer.parseInt(value.trim());
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port out of range: " + value);
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a number for --port: " + value, e);
    }
  }

  /** {@code value}, refused when empty. */
  public static String text(String name, String value) {
    if (value.isEmpty()) {
      throw new IllegalArgumentException("empty value for " + name);
    }
    return value;
  }
}
