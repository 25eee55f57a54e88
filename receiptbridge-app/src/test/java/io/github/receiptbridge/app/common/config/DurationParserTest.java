package io.github.receiptbridge.app.common.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationParserTest {
  @ParameterizedTest
  @CsvSource({
      "500ms, PT0.5S",
      "90s, PT1M30S",
      "5m, PT5M",
      "1h, PT1H",
      "2d, PT48H",
      "1h30m, PT1H30M",
      "1m30s500ms, PT1M30.5S",
      "0s, PT0S",
      "5M, PT5M",
      "' 90s ', PT1M30S",
      "PT90S, PT1M30S",
      "pt2m, PT2M",
      "P1DT1H, PT25H"})
  void readsDurationsAsPeopleWriteThem(String text, String expected) {
    assertThat(DurationParser.parse(text)).isEqualTo(Duration.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "5", "5 minutes", "5 m", "minutes", "s", "-5s", "5x", "1.5h", "5m 30s", "m5",
      "PT-5S", "PTS", "99999999999999999999h", "999999999999999999d"})
  void refusesWhatIsNotADuration(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> DurationParser.parse(text))
        .withMessageContaining("is not a duration: write it like 500ms, 90s, 5m, 1h");
  }

  @ParameterizedTest
  @ValueSource(strings = {"5 minutes"})
  void theMessageQuotesTheInput(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> DurationParser.parse(text))
        .withMessageStartingWith("'5 minutes' is not a duration");
  }
}
