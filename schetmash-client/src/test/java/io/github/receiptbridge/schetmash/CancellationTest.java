package io.github.receiptbridge.schetmash;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.common.CallCancelledException;
import io.github.receiptbridge.schetmash.errors.SchetmashException;
import io.github.receiptbridge.schetmash.model.Operation;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A call whose thread is interrupted while the answer is on its way is a cancellation, not a transport failure: it is
 * not repeated, the flag stays set, and a registration says that its fate is unknown and a repeat is safe.
 */
class CancellationTest {
  private final SchetmashMockServer mock = new SchetmashMockServer();

  @AfterEach
  void stop() throws Exception {
    mock.close();
  }

  /** What {@code call} threw on a thread interrupted once the server holds {@code requests} requests, and its flag. */
  private Outcome interruptedAfter(int requests, Consumer<SchetmashClient> call) throws Exception {
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicBoolean flag = new AtomicBoolean();
    try (SchetmashClient client = mock.clientBuilder().build()) {
      Thread caller = new Thread(() -> {
        try {
          call.accept(client);
        } catch (RuntimeException e) {
          thrown.set(e);
        }
        flag.set(Thread.currentThread().isInterrupted());
      }, "caller");
      caller.start();
      for (int i = 0; i < requests; i++) {
        mock.server().takeRequest(); // the last one is in flight: the server holds back its answer
      }
      caller.interrupt();
      caller.join(5_000); // well below the read timeout of 30 s: the interrupt ended the call
      assertThat(caller.isAlive()).isFalse();
    }
    return new Outcome(thrown.get(), flag.get());
  }

  private record Outcome(Throwable thrown, boolean interruptFlag) {}

  /** An answer that never comes within the test: only the interrupt can end the call. */
  private void slowAnswer() {
    mock.server().enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
  }

  @Test
  void anInterruptedRegistrationIsCancelledWithItsFateUnknownAndTheSameExternalIdSafeToSendAgain() throws Exception {
    mock.token();
    slowAnswer();
    mock.json(200, "register-accept.json"); // what a repeat would get: there must be none

    Outcome outcome = interruptedAfter(2,
        client -> client.register(Operation.SELL, Fixtures.utilityPayment("1c-doc-c1")));

    assertThat(outcome.thrown()).isInstanceOf(CallCancelledException.class)
        .isNotInstanceOf(SchetmashException.class)
        .hasMessageContaining("external_id 1c-doc-c1").hasMessageContaining("cancelled by an interrupt")
        .hasMessageContaining("whether Счетмаш received it is unknown")
        .hasMessageContaining("same external_id").hasMessageContaining("safe")
        .hasMessageNotContaining("Repeating it is safe");
    assertThat(outcome.interruptFlag()).isTrue();
    assertThat(mock.server().getRequestCount()).as("the token and one registration, never repeated").isEqualTo(2);
    assertThat(mock.sleeps).isEmpty();
  }

  @Test
  void anInterruptedReportIsCancelledNotATransportFailure() throws Exception {
    mock.token();
    slowAnswer();

    Outcome outcome = interruptedAfter(2, client -> client.report(1234));

    assertThat(outcome.thrown()).isInstanceOf(CallCancelledException.class)
        .hasMessageStartingWith("GET /lk/api/v1/42/report/1234?token=**** was cancelled")
        .hasMessageNotContaining("external_id");
    assertThat(outcome.interruptFlag()).isTrue();
    assertThat(mock.server().getRequestCount()).isEqualTo(2);
  }
}
