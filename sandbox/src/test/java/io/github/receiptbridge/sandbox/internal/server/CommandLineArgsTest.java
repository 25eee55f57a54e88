package io.github.receiptbridge.sandbox.internal.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The command-line grammar both simulators' {@code main} share. */
class CommandLineArgsTest {
  private static final Set<String> VALUES = Set.of("--name", "--count");
  private static final Set<String> FLAGS = Set.of("--demo");

  private static CommandLineArgs parse(String... args) {
    return CommandLineArgs.parse(args, VALUES, FLAGS);
  }

  @Test
  void nothingGivenMeansAnyPortNoHelpAndTheDefaults() {
    CommandLineArgs args = parse();

    assertThat(args.port()).isZero();
    assertThat(args.help()).isFalse();
    assertThat(args.flag("--demo")).isFalse();
    assertThat(args.value("--name")).isNull();
    assertThat(args.text("--name", "default")).isEqualTo("default");
    assertThat(args.longValue("--count", 42)).isEqualTo(42);
  }

  @Test
  void valuesComeSeparateOrAfterAnEqualsSignAndTheLastOccurrenceWins() {
    CommandLineArgs args = parse("--port", "8080", "--name=first", "--count", " 7 ", "--demo", "--name", "last");

    assertThat(args.port()).isEqualTo(8080);
    assertThat(args.value("--name")).isEqualTo("last");
    assertThat(args.longValue("--count", 0)).isEqualTo(7);
    assertThat(args.flag("--demo")).isTrue();
  }

  @Test
  void dashHIsHelpAndAnEmptyValueIsKeptUnlessTextIsAskedFor() {
    CommandLineArgs args = parse("-h", "--name=");

    assertThat(args.help()).isTrue();
    assertThat(args.value("--name", "default")).isEmpty();
    assertThatThrownBy(() -> args.text("--name", "default")).hasMessage("empty value for --name");
  }

  @Test
  void grammarErrorsNameTheOption() {
    assertThatThrownBy(() -> parse("--verbose", "1")).hasMessage("unknown option --verbose");
    assertThatThrownBy(() -> parse("--name")).hasMessage("missing value for --name");
    assertThatThrownBy(() -> parse("--demo=yes")).hasMessage("--demo takes no value");
    assertThatThrownBy(() -> parse("--help=1")).hasMessage("--help takes no value");
  }

  @Test
  void badNumbersAndPortsAreRefusedWhenRead() {
    assertThatThrownBy(() -> parse("--port", "x").port()).hasMessage("not a number for --port: x");
    assertThatThrownBy(() -> parse("--port", "65536").port()).hasMessage("port out of range: 65536");
    assertThatThrownBy(() -> parse("--port", "-1").port()).hasMessage("port out of range: -1");
    assertThatThrownBy(() -> parse("--count", "7x").longValue("--count", 0))
        .hasMessage("not a number for --count: 7x");
  }
}
