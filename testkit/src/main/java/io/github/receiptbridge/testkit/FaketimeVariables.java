package io.github.receiptbridge.testkit;

import java.util.Map;
import java.util.Objects;

/**
 * Hands a child process this process's clock when the suite runs under the Debian package {@code faketime}: the
 * wrapper preloads libfaketime and sets the fake time as an offset from the real one ({@code FAKETIME=+2136449}), and
 * a test that starts a child JVM with an environment of its own would otherwise drop them, so the child would run on
 * the real date while its parent runs on the faked one. Without faketime it changes nothing.
 *
 * @since 0.1.0
 */
public final class FaketimeVariables {
  private FaketimeVariables() {}

  /**
   * Copies {@code LD_PRELOAD} (when it preloads libfaketime) and every {@code FAKETIME…} variable of this process's
   * environment into {@code childEnvironment}.
   *
   * @param childEnvironment the environment a child process is started with
   */
  public static void copyInto(Map<String, String> childEnvironment) {
    copy(System.getenv(), childEnvironment);
  }

  static void copy(Map<String, String> from, Map<String, String> childEnvironment) {
    Objects.requireNonNull(childEnvironment, "childEnvironment");
    String preload = from.get("LD_PRELOAD");
    if (preload == null || !preload.contains("faketime")) {
      return;
    }
    childEnvironment.put("LD_PRELOAD", preload);
    from.forEach((name, value) -> {
      if (name.startsWith("FAKETIME")) {
        childEnvironment.put(name, value);
      }
    });
  }
}
