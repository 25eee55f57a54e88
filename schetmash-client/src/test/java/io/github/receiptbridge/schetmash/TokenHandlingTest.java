package io.github.receiptbridge.schetmash;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.schetmash.model.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The token is fetched lazily, shared, and renewed once when the service calls it invalid (code 4). */
class TokenHandlingTest {
  private final SchetmashMockServer mock = new SchetmashMockServer();

  @AfterEach
  void stop() throws Exception {
    mock.close();
  }

  @Test
  void fetchesNothingUntilTheFirstCall() {
    try (SchetmashClient client = mock.clientBuilder().build()) {
      assertThat(client.toString()).contains("test_api");
    }
    assertThat(mock.server().getRequestCount()).isZero();
  }

  @Test
  void aRotatedTokenIsRenewedAndTheRegistrationRepeatedOnceWithTheSameBody() {
    mock.token().json(200, "register-accept.json").json(200, "error-4-old-token.json");
    mock.server().enqueue(
        new MockResponse.Builder().body("{\"message\":null,\"code\":3,\"token\":\"17642800009999999999999\"}").build());
    mock.json(200, "register-accept.json");
    try (SchetmashClient client = mock.clientBuilder().build()) {
      client.register(Operation.SELL, Fixtures.utilityPayment("first"));
      assertThat(client.register(Operation.SELL, Fixtures.utilityPayment("second")).id()).isEqualTo(1234);
    }
    mock.take();
    mock.take();
    RecordedRequest rejected = mock.take();
    RecordedRequest tokenRequest = mock.take();
    RecordedRequest repeated = mock.take();
    assertThat(tokenRequest.getTarget()).isEqualTo("/lk/api/v1/token");
    assertThat(rejected.getUrl().queryParameter("token")).isEqualTo(Fixtures.TOKEN);
    assertThat(repeated.getUrl().queryParameter("token")).isEqualTo("17642800009999999999999");
    assertThat(repeated.getBody().utf8()).isEqualTo(rejected.getBody().utf8());
  }

  @Test
  void manyThreadsHittingAnInvalidTokenFetchOneNewToken() throws Exception {
    AtomicInteger tokenRequests = new AtomicInteger();
    CountDownLatch allRejected = new CountDownLatch(8);
    mock.server().setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        if (request.getTarget().equals("/lk/api/v1/token")) {
          int n = tokenRequests.incrementAndGet();
          return new MockResponse.Builder().body("{\"message\":null,\"code\":3,\"token\":\"token-" + n + "\"}").build();
        }
        String token = request.getUrl().queryParameter("token");
        if ("token-1".equals(token)) {
          allRejected.countDown();
          allRejected.await(5, TimeUnit.SECONDS);
          return new MockResponse.Builder().body(Fixtures.read("error-4-old-token.json")).build();
        }
        return new MockResponse.Builder().body(Fixtures.read("report-accept.json")).build();
      }
    });
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try (SchetmashClient client = mock.clientBuilder().build()) {
      client.toString();
      List<Future<Long>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(pool.submit(() -> client.report(1234).id()));
      }
      for (Future<Long> result : results) {
        assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo(1234);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(tokenRequests.get()).as("one initial token and one renewal").isEqualTo(2);
  }
}
