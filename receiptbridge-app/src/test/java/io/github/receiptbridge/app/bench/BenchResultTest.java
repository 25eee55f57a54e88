package io.github.receiptbridge.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The limit arithmetic and the machine-readable line of the benchmark (the benchmark itself runs on demand only). */
class BenchResultTest {
  private static BenchResult.Phase phase(int handled, long millis, int schetmash, int onec) {
    return new BenchResult.Phase(handled, Duration.ofMillis(millis), schetmash, onec, 64L << 20, 1_000_000L * handled);
  }

  @Test
  void theLimitIsTheSlowestOfSchetmashCallsOnecWritesAndTheOnecReader() {
    Duration ls = Duration.ofMillis(50);
    Duration l1 = Duration.ofMillis(20);
    BenchResult.Phase register = phase(1000, 20_000, 1000, 4250);
    // Счетмаш: 8 / 0.05 / 1 = 160; 1C re-read and writes: 4 / (0.02 × 4) = 50; 1C reads: 1 / (0.02 × 0.25) = 200
    assertThat(BenchResult.limit(register, BenchResult.REGISTER_WRITES, 8, 4, ls, l1)).isCloseTo(50,
        org.assertj.core.data.Offset.offset(0.01));
    // with 64 1C requests in flight the single reading thread becomes the limit
    assertThat(BenchResult.limit(register, BenchResult.REGISTER_WRITES, 64, 64, ls, l1)).isCloseTo(200,
        org.assertj.core.data.Offset.offset(0.01));
  }

  @Test
  void theResultLineHasTheDefaultSettingAgainstTheBaseline() {
    Duration ls = Duration.ofMillis(50);
    Duration l1 = Duration.ofMillis(20);
    BenchResult defaults = new BenchResult(2000, 8, 4, true, ls, l1, phase(1800, 40_000, 1800, 7650),
        phase(1800, 20_000, 1800, 4050));
    BenchResult baseline = new BenchResult(2000, 1, 1, false, ls, l1, phase(1800, 120_000, 1800, 7650),
        phase(1800, 90_000, 1800, 4050));
    assertThat(BenchReport.resultLine(defaults, baseline))
        .matches("RESULT documents=2000 throughput=30\\.0 limit=33\\.3 ratio=0\\.90 baseline=8\\.6");
    assertThat(BenchReport.markdown(List.of(baseline, defaults), null)).contains("| 8 / 4 |").contains("| sequential |");
    assertThat(BenchReport.svg(List.of(baseline, defaults))).startsWith("<svg").contains("polyline");
  }
}
