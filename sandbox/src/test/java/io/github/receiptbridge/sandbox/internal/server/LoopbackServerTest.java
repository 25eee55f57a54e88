package io.github.receiptbridge.sandbox.internal.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** The server bootstrap both simulators share. */
class LoopbackServerTest {
  private final OkHttpClient client = new OkHttpClient.Builder().retryOnConnectionFailure(false)
      .connectTimeout(2, TimeUnit.SECONDS).readTimeout(5, TimeUnit.SECONDS).build();

  private int get(LoopbackServer server) throws IOException {
    try (Response response = client.newCall(new Request.Builder()
        .url("http://127.0.0.1:" + server.port() + "/any").build()).execute()) {
      return response.code();
    }
  }

  private static Dispatcher answering(int status) {
    return new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return new MockResponse.Builder().code(status).build();
      }
    };
  }

  @Test
  void answers503UntilTheSimulatorIsWiredThenLetsItAnswerAndCountsEveryRequest() throws IOException {
    try (LoopbackServer server = new LoopbackServer(0)) {
      assertThat(server.port()).isPositive();
      assertThat(get(server)).isEqualTo(503);

      server.dispatchTo(answering(204));

      assertThat(get(server)).isEqualTo(204);
      assertThat(server.requestCount()).isEqualTo(2);
    }
  }

  @Test
  void goesOfflineAndOnlineOnTheSamePortKeepingTheDispatcherAndTheCount() throws IOException {
    try (LoopbackServer server = new LoopbackServer(0)) {
      server.dispatchTo(answering(204));
      int port = server.port();
      get(server);

      server.goOffline();

      assertThat(server.online()).isFalse();
      client.connectionPool().evictAll();
      assertThatThrownBy(() -> get(server)).isInstanceOf(ConnectException.class);

      server.goOnline();

      assertThat(server.online()).isTrue();
      assertThat(server.port()).isEqualTo(port);
      assertThat(get(server)).isEqualTo(204);
      assertThat(server.requestCount()).isEqualTo(2);
    }
  }

  @Test
  void cannotComeBackOnceClosed() {
    LoopbackServer server = new LoopbackServer(0);
    server.close();
    server.close();

    assertThat(server.online()).isFalse();
    assertThatThrownBy(server::goOnline).isInstanceOf(IllegalStateException.class);
  }
}
