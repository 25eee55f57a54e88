package io.github.receiptbridge.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Cyrillic organization key, accepted by the configuration file, is carried intact by the metrics. */
class CyrillicOrganizationKeyTest {
  @TempDir
  Path folder;

  @Test
  void aCyrillicKeyIsAMetricsLabelAsWritten() throws IOException {
    Path file = folder.resolve("serve.conf");
    Files.writeString(file, "organization.ромашка.id = 7701234567\n", StandardCharsets.UTF_8);
    String key = ServeConfigFile.read(file, Map.of()).organizations().get(0).key();
    ServeMetrics metrics = new ServeMetrics();
    metrics.register(key);
    assertThat(metrics.scrape()).contains("receiptbridge_receipts_sent_total{organization=\"ромашка\"} 0");
  }
}
