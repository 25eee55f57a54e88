package io.github.receiptbridge.sandbox.onec;

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
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      String value = null;
      int equals = name.indexOf('=');
      if (name.startsWith("--") && equals > 0) {
        value = name.substring(equals + 1);
        name = name.substring(0, equals);
      }
      if ("--help".equals(name) || "-h".equals(name)) {
        help = true;
        continue;
      }
      if ("--demo".equals(name)) {
        if (value != null) {
          throw new IllegalArgumentException("--demo takes no value");
        }
        demo = true;
        continue;
      }
      if (value == null) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("missing value for " + name);
        }
        value = args[++i];
      }
      switch (name) {
        case "--port":
          port = parsePort(value);
          break;
        case "--user":
          user = requireText(name, value);
          break;
        case "--password":
          password = value;
          break;
        case "--base-path":
          basePath = requireText(name, value.replaceAll("^/+|/+$", ""));
          break;
        default:
          throw new IllegalArgumentException("unknown option " + name);
      }
    }
    return new OnecCommandLine(port, user, password, basePath, demo, help);
  }

  private static int parsePort(String value) {
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

  private static String requireText(String name, String value) {
    if (value.isEmpty()) {
      throw new IllegalArgumentException("empty value for " + name);
    }
    return value;
  }
}
