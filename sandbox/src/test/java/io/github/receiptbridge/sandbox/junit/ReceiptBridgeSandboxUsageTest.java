package io.github.receiptbridge.sandbox.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.sandbox.OnecBehavior;
import io.github.receiptbridge.sandbox.OnecSandbox;
import io.github.receiptbridge.sandbox.SchetmashSandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The annotation as a user writes it: a shared pair, and a fault knob reached through an injected behaviour. */
@ReceiptBridgeSandbox
class ReceiptBridgeSandboxUsageTest {
  @AfterEach
  void resetKnobs(OnecBehavior onec) {
    onec.reset();
  }

  @Test
  void bothSimulatorsListenOnLoopbackAndTellTheirClientSettings(SchetmashSandbox schetmash, OnecSandbox onec) {
    assertThat(schetmash.clientSettings()).containsEntry("SCHETMASH_URL", schetmash.baseUrl());
    assertThat(schetmash.baseUrl()).startsWith("http://127.0.0.1:" + schetmash.port());
    assertThat(onec.clientSettings()).containsEntry("ONEC_ODATA_URL", onec.serviceRoot());
    assertThat(SandboxGet.status(onec, "Catalog_Организации?$format=json")).isEqualTo(200);
  }

  @Test
  void aFaultKnobSetOnTheInjectedBehaviourReachesTheWire(OnecSandbox onec, OnecBehavior behavior) {
    behavior.html500Rate(1.0);

    assertThat(SandboxGet.status(onec, "Catalog_Организации?$format=json")).isEqualTo(500);
  }
}
