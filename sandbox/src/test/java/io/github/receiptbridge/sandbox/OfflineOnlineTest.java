package io.github.receiptbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Connection refused for a while: going offline and online again on the same port, with all state kept. */
class OfflineOnlineTest {
  private static final String ACCEPTED_1 = "{\"id\":1,\"status\":\"accept\"}";

  private SchetmashSandbox sandbox;

  @BeforeEach
  void start() {
    sandbox = SchetmashSandbox.start();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void goOfflineRefusesNewConnectionsAndKeepsThePort() {
    int port = sandbox.port();

    sandbox.goOffline();

    assertThat(sandbox.online()).isFalse();
    assertThat(sandbox.port()).isEqualTo(port);
    assertThat(sandbox.baseUrl()).isEqualTo("http://127.0.0.1:" + port + "/lk/api/v1/");
    assertRefused(port);
    assertThatThrownBy(() -> new SandboxHttp(sandbox).post("token", "{}"))
        .isInstanceOf(UncheckedIOException.class)
        .hasCauseInstanceOf(ConnectException.class);
  }

  @Test
  void goOnlineListensAgainOnTheSamePortWithTheSameReceiptsAndToken() {
    SandboxHttp http = new SandboxHttp(sandbox);
    String token = http.token();
    http.register(token, "sell", SandboxHttp.sellReceipt("1c-1"));
    int port = sandbox.port();

    sandbox.goOffline();
    sandbox.goOnline();

    SandboxHttp fresh = new SandboxHttp(sandbox);
    assertThat(sandbox.online()).isTrue();
    assertThat(sandbox.port()).isEqualTo(port);
    sandbox.awaitProcessed(Duration.ofSeconds(5));
    assertThat(fresh.report(token, 1).body()).startsWith("{\"id\":1,\"status\":\"success\",");
    assertThat(fresh.register(token, "sell", SandboxHttp.sellReceipt("1c-1")).body()).isEqualTo(ACCEPTED_1);
    assertThat(fresh.post("token", "{\"login\":\"test_api\",\"password\":\"123456\"}").body())
        .isEqualTo("{\"message\":null,\"code\":2,\"token\":\"" + token + "\"}");
  }

  @Test
  void severalOfflineOnlineRoundsKeepEveryRegistrationMadeBeforeGoingOffline() {
    String token = new SandboxHttp(sandbox).token();
    int port = sandbox.port();

    for (int round = 1; round <= 5; round++) {
      SandboxHttp http = new SandboxHttp(sandbox);
      assertThat(http.register(token, "sell", SandboxHttp.sellReceipt("1c-" + round)).body())
          .isEqualTo("{\"id\":" + round + ",\"status\":\"accept\"}");

      sandbox.goOffline();
      assertRefused(port);
      sandbox.goOnline();

      SandboxHttp fresh = new SandboxHttp(sandbox);
      sandbox.awaitProcessed(Duration.ofSeconds(5));
      for (int id = 1; id <= round; id++) {
        assertThat(fresh.report(token, id).body()).as("round %d, id %d", round, id)
            .startsWith("{\"id\":" + id + ",\"status\":\"success\",");
      }
    }

    assertThat(sandbox.port()).isEqualTo(port);
    assertThat(sandbox.receipts()).extracting(SchetmashSandboxReceipt::externalId)
        .containsExactly("1c-1", "1c-2", "1c-3", "1c-4", "1c-5");
    assertThat(sandbox.issuedTokens()).containsExactly(token);
  }

  @Test
  void knobsAndShopsSurviveGoingOffline() {
    sandbox.setShop(43, CashRegister.NONE);
    sandbox.behavior().failNextRequestsWith500(1);

    sandbox.goOffline();
    sandbox.goOnline();

    SandboxHttp http = new SandboxHttp(sandbox);
    assertThat(http.post("token", "{}").status()).isEqualTo(500);
    String token = http.token();
    assertThat(http.post("43/sell?token=" + token, SandboxHttp.sellReceipt("1")).body())
        .isEqualTo(Wire.codeAndMessage(7, "Нет доступных ККТ"));
  }

  @Test
  void theWorkerKeepsProcessingWhileOffline() {
    SandboxHttp http = new SandboxHttp(sandbox);
    String token = http.token();
    http.register(token, "sell", SandboxHttp.sellReceipt("1"));

    sandbox.goOffline();
    sandbox.awaitProcessed(Duration.ofSeconds(5));

    assertThat(sandbox.receipts()).singleElement()
        .satisfies(receipt -> assertThat(receipt.reportedStatus()).isEqualTo("success"));
  }

  @Test
  void goOfflineAndGoOnlineAreIdempotent() {
    int port = sandbox.port();

    sandbox.goOffline();
    sandbox.goOffline();
    assertRefused(port);
    sandbox.goOnline();
    sandbox.goOnline();

    assertThat(sandbox.online()).isTrue();
    assertThat(new SandboxHttp(sandbox).post("token", "{}").status()).isEqualTo(400);
  }

  @Test
  void goingOfflineClosesOpenKeepAliveConnections() throws IOException {
    try (Socket socket = new Socket("127.0.0.1", sandbox.port())) {
      socket.setSoTimeout(5_000);
      OutputStream out = socket.getOutputStream();
      out.write("GET /sandbox/receipts HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      assertThat(readUntil(in, "\r\n\r\n[]")).startsWith("HTTP/1.1 200 ");

      sandbox.goOffline();

      assertThat(readOrEndOfStream(in)).isEqualTo(-1);
    }
  }

  @Test
  void closeWorksWhileOfflineAndAClosedSandboxCannotGoOnline() {
    int port = sandbox.port();
    sandbox.goOffline();

    sandbox.close();

    assertThat(sandbox.online()).isFalse();
    assertThatThrownBy(sandbox::goOnline).isInstanceOf(IllegalStateException.class);
    assertRefused(port);
  }

  @Test
  void closeWhileOnlineStopsListening() {
    int port = sandbox.port();

    sandbox.close();

    assertThat(sandbox.online()).isFalse();
    assertRefused(port);
  }

  private static void assertRefused(int port) {
    assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
  }

  private static String readUntil(InputStream in, String end) throws IOException {
    ByteArrayOutputStream seen = new ByteArrayOutputStream();
    while (!seen.toString(StandardCharsets.US_ASCII).endsWith(end)) {
      int next = in.read();
      if (next < 0) {
        throw new IOException("end of stream after " + seen.toString(StandardCharsets.US_ASCII));
      }
      seen.write(next);
    }
    return seen.toString(StandardCharsets.US_ASCII);
  }

  /** The next byte, or -1 when the peer closed or reset the connection; a read timeout is not a close. */
  private static int readOrEndOfStream(InputStream in) throws SocketTimeoutException {
    try {
      return in.read();
    } catch (SocketTimeoutException stillOpen) {
      throw stillOpen;
    } catch (IOException reset) {
      return -1;
    }
  }
}
