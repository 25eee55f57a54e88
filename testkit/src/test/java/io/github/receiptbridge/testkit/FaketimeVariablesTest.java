package io.github.receiptbridge.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FaketimeVariablesTest {
  @Test
  void underFaketimeTheChildGetsThePreloadAndTheOffset() {
    Map<String, String> child = new HashMap<>(Map.of("PATH", "/usr/bin"));

    FaketimeVariables.copy(Map.of("LD_PRELOAD", "/usr/$LIB/faketime/libfaketime.so.1", "FAKETIME", "+2136449",
        "FAKETIME_SHARED", "/faketime_sem_1 /faketime_shm_1", "HOME", "/root"), child);

    assertThat(child).containsOnly(Map.entry("PATH", "/usr/bin"),
        Map.entry("LD_PRELOAD", "/usr/$LIB/faketime/libfaketime.so.1"), Map.entry("FAKETIME", "+2136449"),
        Map.entry("FAKETIME_SHARED", "/faketime_sem_1 /faketime_shm_1"));
  }

  @Test
  void withoutFaketimeNothingIsCopiedNotEvenAnotherPreload() {
    Map<String, String> child = new HashMap<>();

    FaketimeVariables.copy(Map.of("LD_PRELOAD", "/usr/lib/libjemalloc.so", "FAKETIME", "+5"), child);

    assertThat(child).isEmpty();
  }
}
