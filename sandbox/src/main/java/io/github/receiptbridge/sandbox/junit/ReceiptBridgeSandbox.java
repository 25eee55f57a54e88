package io.github.receiptbridge.sandbox.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs both simulators, {@link io.github.receiptbridge.sandbox.SchetmashSandbox} and
 * {@link io.github.receiptbridge.sandbox.OnecSandbox}, on 127.0.0.1 with free ports for the annotated test class,
 * and injects them as parameters of test methods, lifecycle methods and constructors.
 *
 * <pre>{@code
 * @ReceiptBridgeSandbox(demo = true)
 * class MyIntegrationTest {
 *   @Test
 *   void registers(SchetmashSandbox schetmash, OnecSandbox onec) {
 *     try (SchetmashClient client = SchetmashClient.builder().fromSettings(schetmash.clientSettings()).build()) {
 *       ...
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>Parameters it resolves: {@link io.github.receiptbridge.sandbox.SchetmashSandbox},
 * {@link io.github.receiptbridge.sandbox.OnecSandbox}, {@link io.github.receiptbridge.sandbox.SchetmashBehavior},
 * {@link io.github.receiptbridge.sandbox.OnecBehavior} and {@link io.github.receiptbridge.sandbox.OnecData}. The
 * fault knobs are on these objects: latency, HTML 500 pages, cut-off JSON, dropped connections and
 * {@code goOffline()} on the Счетмаш side, failing writes and {@code changePassword} on the 1C side.
 *
 * <p>By default one pair of simulators serves the whole class (and its {@code @Nested} classes, unless they carry
 * the annotation themselves): receipts, documents and fault knobs set in one test are still there in the next, in
 * the order JUnit runs them; {@code behavior().reset()} clears the knobs. With {@link #fresh()} every test gets
 * its own pair, started before its {@code @BeforeEach} methods and stopped after its {@code @AfterEach} methods;
 * {@code @BeforeAll} methods and constructors then cannot have them. Either way the simulators are closed when
 * their scope ends, also when a test fails.
 * @since 0.1.0
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(ReceiptBridgeSandboxExtension.class)
public @interface ReceiptBridgeSandbox {
  /**
   * Whether each test gets simulators of its own instead of sharing one pair per class.
   *
   * @return true for a fresh pair per test (default false: one pair per class)
   */
  boolean fresh() default false;

  /**
   * Whether 1C holds the demo data: «УК Ромашка» (ИНН 7701234567) and «ТСЖ Лесное» (ИНН 5003012345), about 150
   * bank receipts a month each, the same as the command-line app's sandbox. Without {@link #demoMonth()} it covers
   * the whole previous month and the current month through today, so the app's default period always holds a full
   * month; a test that asserts counts or dates should fix the month with {@link #demoMonth()}. Without it 1C holds
   * nothing but its setup (the three {@code СчетМаш_} properties) and a test seeds what it needs through
   * {@link io.github.receiptbridge.sandbox.OnecData}.
   *
   * @return true to seed the demo data (default false)
   */
  boolean demo() default false;

  /**
   * One fixed demo month as {@code YYYY-MM}, when {@link #demo()} is set; the seeded data is the same for the same
   * month on every run, whatever today's date.
   *
   * @return the month, or empty (default) for the previous month and the current month through today, in the JVM's
   *         zone, which is also the simulated 1C server's zone
   */
  String demoMonth() default "";

  /**
   * How long the Счетмаш simulator takes to bring a receipt to its final state, in milliseconds.
   *
   * @return 0 (default: as soon as its worker thread gets to it) or more
   */
  long processingDelayMillis() default 0;
}
