package io.github.receiptbridge.app.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options every command takes: the configuration file, verbosity and help. */
final class CommonOptions {
  @Option(names = "--config", paramLabel = "<file.properties>",
      description = "Properties file with the configuration keys (SCHETMASH_URL=…); its values win over the "
          + "environment.")
  private Path configFile;

  @Option(names = {"-v", "--verbose"},
      description = "Log one line per HTTP request and print stack traces of errors.")
  private boolean verbose;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  private boolean help;

  /** The {@code --config} file, if given. */
  public Optional<Path> configFile() {
    return Optional.ofNullable(configFile);
  }

  /** Whether {@code --verbose} is on. */
  public boolean verbose() {
    return verbose;
  }
}
