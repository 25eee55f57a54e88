package io.github.receiptbridge.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.receiptbridge.app.common.ExitCodes;
import io.github.receiptbridge.app.ReceiptBridgeCli;
import io.github.receiptbridge.onec.OnecClient;
import io.github.receiptbridge.schetmash.SchetmashClient;
import io.github.receiptbridge.testkit.InProcessCli;
import io.github.receiptbridge.testkit.TestJournals;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Security: plain {@code http://} to any host but the loopback one is refused — by both clients and by the app —
 * unless explicitly allowed, with a message that says why; nothing is sent before the refusal.
 */
@ExtendWith(ReliabilityTable.class)
class PlainHttpTest {
  private static final List<String> REMOTE_HOSTS = List.of("1c.example.ru", "192.168.1.10:8080", "10.0.0.5",
      "localhost.example.com", "127.0.0.1.nip.io", "[fe80::1]", "0.0.0.0");

  @Test
  void plainHttpToAnotherHostIsRefusedUnlessAllowed() {
    int tried = 0;
    for (String host : REMOTE_HOSTS) {
      String onecUrl = "http://" + host + "/acc/odata/standard.odata/";
      assertThatThrownBy(() -> onec(onecUrl, false)).as(onecUrl).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Refusing plain http://").hasMessageContaining("unencrypted")
          .hasMessageContaining("ONEC_ALLOW_INSECURE_HTTP");
      onec(onecUrl, true).close();
      String schetmashUrl = "http://" + host + "/lk/api/v1/";
      assertThatThrownBy(() -> schetmash(schetmashUrl, false)).as(schetmashUrl)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unencrypted")
          .hasMessageContaining("SCHETMASH_ALLOW_INSECURE_HTTP");
      schetmash(schetmashUrl, true).close();
      tried += 2;
    }
    for (String loopback : List.of("127.0.0.1:8080", "localhost", "[::1]:9000")) {
      onec("http://" + loopback + "/acc/odata/standard.odata/", false).close();
      schetmash("http://" + loopback + "/lk/api/v1/", false).close();
    }

    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("SCHETMASH_URL", "https://online.schetmash.com/lk/api/v1/");
    environment.put("SCHETMASH_LOGIN", "login");
    environment.put("SCHETMASH_PASSWORD", "Secret-For-Plain-Http");
    environment.put("SCHETMASH_SHOP_ID", "42");
    environment.put("ONEC_ODATA_URL", "http://1c.example.ru/acc");
    environment.put("ONEC_USER", "user");
    environment.put("ONEC_PASSWORD", "Secret-For-Plain-Http");
    InProcessCli.Result result = InProcessCli.run(ReceiptBridgeCli::execute, TestJournals.withJournal(environment),
        "check-setup");
    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("ONEC_ALLOW_INSECURE_HTTP").contains("unencrypted")
        .doesNotContain("Secret-For-Plain-Http");
    tried++;
    ReliabilityTable.record(new Trial("Security", "Plain `http://` to " + REMOTE_HOSTS.size() + " non-loopback "
        + "hosts (names, private IPv4, IPv6, `localhost.example.com`, `0.0.0.0`) for each client, and in the app",
        tried, "each refused before any request, naming what would leak and the key that allows it; allowed with "
            + "`allowInsecureHttp(true)`; loopback always works", 0, 0));
  }

  private static OnecClient onec(String url, boolean allowInsecureHttp) {
    return OnecClient.builder().serviceRoot(url).user("user").password("password")
        .serverZone(ZoneId.of("Europe/Moscow")).allowInsecureHttp(allowInsecureHttp).build();
  }

  private static SchetmashClient schetmash(String url, boolean allowInsecureHttp) {
    return SchetmashClient.builder().baseUrl(url).login("login").password("password").shopId(42)
        .allowInsecureHttp(allowInsecureHttp).build();
  }
}
