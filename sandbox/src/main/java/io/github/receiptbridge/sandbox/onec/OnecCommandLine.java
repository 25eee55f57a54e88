package io.github.receiptbridge.sandbox.onec;

import io.github.receiptbridge.sandbox.internal.CommandLineArgs;
import java.util.Set;

/**
 * The OData sandbox's command line: {@code --port N} (0 = any free port), {@code --user U}, {@code --password P}
 * (Cyrillic allowed), {@code --base-path B}, {@code --demo} (seed the current month), {@code --help}; options with
 * a value also as {@code --name=value}.
 *
 * @param port     port, 0 for any free one
 * @param user     infobase user
 * @param password the user's password
 * @param basePath the publication's path
 * @param demo     seed demo data for the current month
 * @param help     {@code --help} was given
 */
public record OnecCommandLine(int port, String user, String password, String basePath, boolean demo,
    boolean help) {
  /** Usage text printed for {@code --help} and on errors. */
  public static final String USAGE = "Usage: OnecSandbox [--port N] [--user U] [--password P] [--base-path B]"
      + " [--demo]";
  /** Default user. */
  public static final String DEFAULT_USER = "Администратор";
  /** Default password. */
  public static final String DEFAULT_PASSWORD = "пароль";
  /** Default publication path. */
  public static final String DEFAULT_BASE_PATH = "acc";

  /** Parses the arguments; unknown options and bad values throw {@link IllegalArgumentException}. */
  public static OnecCommandLine parse(String... args) {
    int port = 0;
    String user = DEFAULT_USER;
    String password = DEFAULT_PASSWORD;
    String basePath = DEFAULT_BASE_PATH;
    boolean demo = false;
    boolean help = false;
    for (CommandLineArgs.Option option : CommandLineArgs.parse(args, Set.of("--demo"))) {
      String name = option.name();
      String value = option.value();
      switch (name) {
        case "--help":
          help = true;
          break;
        case "--demo":
          demo = true;
          break;
        case "--port":
          port = CommandLineArgs.port(value);
          break;
        case "--user":
          user = CommandLineArgs.text(name, value);
          break;
        case "--password":
          password = value;
          break;
        case "--base-path":
          basePath = CommandLineArgs.text(name, value.replaceAll("^/+|/+$", ""));
          break;
        default:
          throw new IllegalArgumentException("unknown option " + name);
      }
    }
    return new OnecCommandLine(port, user, password, basePath, demo, help);
  }


}
