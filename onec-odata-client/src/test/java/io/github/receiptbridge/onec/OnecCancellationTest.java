package io.github.receiptbridge.onec;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.common.CallCancelledException;
import io.github.receiptbridge.onec.errors.OnecException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A 1C request whose thread is interrupted while it waits for the answer is cancelled, not a transport failure. */
class OnecCancellationTest {
  private final OnecMockServer mock = new OnecMockServer();

  @AfterEach
  void stop() {
    mock.close();
  }

  @Test
  void anInterruptedReadIsCancelledAtOnceKeepsTheFlagAndIsNotRepeated() throws Exception {
    mock.server().enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build()); // only the interrupt ends it
    mock.json(200, "organizations.json"); // what a repeat would get: there must be none
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicBoolean flag = new AtomicBoolean();
    try (OnecClient client = mock.clientBuilder().build()) {
      Thread caller = new Thread(() -> {
        try {
          client.organizations();
        } catch (RuntimeException e) {
          thrown.set(e);
        }
        flag.set(Thread.currentThread().isInterrupted());
      }, "caller");
      caller.start();
      mock.server().takeRequest();
      caller.interrupt();
      caller.join(5_000); // far below the read timeout: the interrupt ended the call
      assertThat(caller.isAlive()).isFalse();
    }

    assertThat(thrown.get()).isInstanceOf(CallCancelledException.class).isNotInstanceOf(OnecException.class)
        .hasMessageContaining("was cancelled").hasMessageContaining("interrupted")
        .hasMessageNotContaining("ONEC_ODATA_URL");
    assertThat(flag).isTrue();
    assertThat(mock.server().getRequestCount()).isEqualTo(1);
  }
}
