package io.github.receiptbridge.sandbox.internal.onec;

import io.github.receiptbridge.sandbox.internal.server.CommandLineArgs;
import io.github.receiptbridge.sandbox.internal.server.SimulatorMain;
import java.util.Set;

/**
 * The 1C OData simulator's command line: {@code --port N} (0 = any free port), {@code --user U}, {@code --password P}
 * (Cyrillic allowed), {@code --base-path B}, {@code --demo} (seed the previous month and the current one through today), {@code --help}; options with
 * a value also as {@code --name=value}.
 *
 * @param port     port, 0 for any free one
 * @param user     infobase user
 * @param password the user's password
 * @param basePath the publication's path
 * @param demo     seed demo data for the previous month and the current one through today
 * @param help     {@code --help} was given
 */
public record OnecCommandLine(int port, String user, String password, String basePath, boolean demo,
    boolean help) implements SimulatorMain.Options {
  /** Usage text printed for {@code --help} and on errors. */
  public static final String USAGE = "Usage: OnecSandbox [--port N] [--user U] [--password P] [--base-path B]"
      + " [--demo]";
  /** Default user. */
  public static final String DEFAULT_USER = "Администратор";
  /** Default password. */
  public static final String DEFAULT_PASSWORD = "пароль";
  /** Default publication path. */
  public static final String DEFAULT_BASE_PATH = "acc";

  private static final String DEMO = "--demo";
  private static final Set<String> OPTIONS = Set.of("--user", "--password", "--base-path");

  /**
   * Parses the arguments.
   *
   * @param args the command line
   * @return the options, with the defaults for those not given
   * @throws IllegalArgumentException for an unknown option or a bad value
   */
  public static OnecCommandLine parse(String... args) {
    CommandLineArgs parsed = CommandLineArgs.parse(args, OPTIONS, Set.of(DEMO));
    String basePath = parsed.value("--base-path", DEFAULT_BASE_PATH).replaceAll("^/+|/+$", "");
    return new OnecCommandLine(parsed.port(), parsed.text("--user", DEFAULT_USER),
        parsed.value("--password", DEFAULT_PASSWORD), CommandLineArgs.nonEmpty("--base-path", basePath),
        parsed.flag(DEMO), parsed.help());
  }
}
