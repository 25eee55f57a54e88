package io.github.receiptbridge.app.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PeriodicProgressLinesTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final AtomicLong nanos = new AtomicLong();
  private final PeriodicProgressLines lines = new PeriodicProgressLines(
      new PrintStream(bytes, true, StandardCharsets.UTF_8), nanos::get, Duration.ofSeconds(2));

  private java.util.List<String> printed() {
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void printsAtEachTenthAndAtTheEnd() {
    lines.begin("register", 100);
    for (int done = 1; done <= 100; done++) {
      String detail = "sent " + done;
      lines.update(done, 100, () -> detail);
    }
    lines.end();

    assertThat(printed()).hasSize(11).first().isEqualTo("register: started, 100 documents");
    assertThat(printed()).contains("register: 10/100 (10%), sent 10", "register: 100/100 (100%), sent 100");
  }

  @Test
  void printsWhenTheIntervalPassesWithoutANewTenth() {
    lines.begin("status", -1);
    lines.update(1, -1, () -> "checked 1");
    nanos.addAndGet(Duration.ofMillis(1999).toNanos());
    lines.update(2, -1, () -> "checked 2");
    nanos.addAndGet(Duration.ofMillis(1).toNanos());
    lines.update(3, -1, () -> "checked 3");
    lines.end();

    assertThat(printed()).containsExactly("status: started", "status: 3, checked 3");
  }
}
