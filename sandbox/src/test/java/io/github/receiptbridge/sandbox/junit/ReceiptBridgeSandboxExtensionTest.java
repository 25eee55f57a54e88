package io.github.receiptbridge.sandbox.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.github.receiptbridge.sandbox.OnecBehavior;
import io.github.receiptbridge.sandbox.OnecData;
import io.github.receiptbridge.sandbox.OnecSandbox;
import io.github.receiptbridge.sandbox.SchetmashBehavior;
import io.github.receiptbridge.sandbox.SchetmashSandbox;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * The extension as JUnit runs it: sample classes (static nested, so Surefire does not pick them up itself) run
 * through {@link EngineTestKit}, recording what they were given; the test then checks the scope of each pair and
 * that it is closed once its scope ends.
 */
class ReceiptBridgeSandboxExtensionTest {
  static final List<SchetmashSandbox> SCHETMASH = new CopyOnWriteArrayList<>();
  static final List<OnecSandbox> ONEC = new CopyOnWriteArrayList<>();
  static final List<String> ORGANIZATIONS = new CopyOnWriteArrayList<>();
  static final List<List<LocalDate>> DOCUMENT_DATES = new CopyOnWriteArrayList<>();
  static final List<UUID> RELATIVE_KEYS = new CopyOnWriteArrayList<>();

  @BeforeEach
  void clear() {
    SCHETMASH.clear();
    ONEC.clear();
    ORGANIZATIONS.clear();
    DOCUMENT_DATES.clear();
    RELATIVE_KEYS.clear();
  }

  @Test
  void oneSharedPairServesTheWholeClassAndIsClosedAfterIt() {
    Events tests = run(SharedCase.class);

    tests.assertStatistics(stats -> stats.started(2).succeeded(2));
    // @BeforeAll, two tests, @AfterAll; @BeforeAll, two constructors, two tests
    assertThat(SCHETMASH).hasSize(4).containsOnly(SCHETMASH.get(0));
    assertThat(ONEC).hasSize(5).containsOnly(ONEC.get(0));
    assertThat(SCHETMASH.get(0).port()).isNotEqualTo(ONEC.get(0).port());
    assertClosed(SCHETMASH.get(0).port());
    assertClosed(ONEC.get(0).port());
  }

  @Test
  void freshGivesEachTestItsOwnPairAndClosesItAfterTheTest() {
    Events tests = run(FreshCase.class);

    tests.assertStatistics(stats -> stats.started(2).succeeded(2));
    // per test: @BeforeEach, then the test, with the same pair; the two tests with different pairs
    assertThat(SCHETMASH).hasSize(4);
    assertThat(SCHETMASH.get(0)).isSameAs(SCHETMASH.get(1));
    assertThat(SCHETMASH.get(2)).isSameAs(SCHETMASH.get(3));
    assertThat(SCHETMASH.get(0)).isNotSameAs(SCHETMASH.get(2));
    assertThat(ONEC.get(0)).isSameAs(ONEC.get(1)).isNotSameAs(ONEC.get(2));
    for (SchetmashSandbox sandbox : SCHETMASH) {
      assertClosed(sandbox.port());
    }
    for (OnecSandbox sandbox : ONEC) {
      assertClosed(sandbox.port());
    }
  }

  @Test
  void freshRefusesBeforeAllWithTheReasonAndTheWayOut() {
    kit().selectors(selectClass(FreshBeforeAllCase.class)).execute()
        .containerEvents()
        .assertThatEvents()
        .haveExactly(1, event(container(FreshBeforeAllCase.class), finishedWithFailure(
            instanceOf(ParameterResolutionException.class),
            message(m -> m.contains("fresh = true") && m.contains("@BeforeEach")))));
  }

  @Test
  void nestedClassesShareTheOuterClassPair() {
    Events tests = run(NestedCase.class);

    tests.assertStatistics(stats -> stats.started(2).succeeded(2));
    assertThat(SCHETMASH).hasSize(2).containsOnly(SCHETMASH.get(0));
  }

  @Test
  void demoSeedsTheDemoMonthAndWithoutItOneCHoldsNoOrganization() {
    run(DemoCase.class).assertStatistics(stats -> stats.started(1).succeeded(1));
    run(EmptyCase.class).assertStatistics(stats -> stats.started(1).succeeded(1));

    assertThat(ORGANIZATIONS.get(0)).contains("7701234567").contains("5003012345");
    assertThat(ORGANIZATIONS.get(1)).doesNotContain("7701234567");
  }

  @Test
  void aDemoMonthFixesTheDocumentsAndWithoutItTheyAreThoseOfTheBuildersDemoThroughToday() {
    LocalDate today = LocalDate.now();
    run(DemoCase.class).assertStatistics(stats -> stats.started(1).succeeded(1));
    run(RelativeDemoCase.class).assertStatistics(stats -> stats.started(1).succeeded(1));
    assumeTrue(today.equals(LocalDate.now()), "the day changed during the test");

    assertThat(DOCUMENT_DATES.get(0)).hasSizeBetween(280, 320)
        .allSatisfy(date -> assertThat(YearMonth.from(date)).isEqualTo(YearMonth.of(2026, 11)));
    try (OnecSandbox throughToday = OnecSandbox.builder().demoThrough(today).start()) {
      assertThat(DOCUMENT_DATES.get(1)).isEqualTo(documentDates(throughToday));
      assertThat(RELATIVE_KEYS).isEqualTo(throughToday.data().bankReceiptKeys());
    }
  }

  @Test
  void aMalformedDemoMonthFailsTheClassWithTheExpectedForm() {
    kit().selectors(selectClass(BadMonthCase.class)).execute()
        .containerEvents()
        .assertThatEvents()
        .haveExactly(1, event(container(BadMonthCase.class), finishedWithFailure(
            instanceOf(ExtensionConfigurationException.class), message(m -> m.contains("YYYY-MM")))));
  }

  private static Events run(Class<?> testClass) {
    Events tests = kit().selectors(selectClass(testClass)).execute().testEvents();
    tests.failed().assertThatEvents().as("failed tests of %s", testClass.getSimpleName()).isEmpty();
    return tests;
  }

  private static EngineTestKit.Builder kit() {
    return EngineTestKit.engine("junit-jupiter").configurationParameter(OnlyThroughEngineTestKit.PARAMETER, "true");
  }

  private static void assertClosed(int port) {
    assertThatThrownBy(() -> {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
      }
    }).as("port %d is closed", port).isInstanceOf(IOException.class);
  }

  @OnlyThroughEngineTestKit
  @ReceiptBridgeSandbox
  static class SharedCase {
    SharedCase(OnecSandbox onec) {
      ONEC.add(onec);
    }

    @AfterAll
    static void afterAll(SchetmashSandbox schetmash) {
      SCHETMASH.add(schetmash);
    }

    @BeforeAll
    static void beforeAll(SchetmashSandbox schetmash, OnecSandbox onec) {
      SCHETMASH.add(schetmash);
      ONEC.add(onec);
    }

    @Test
    void first(SchetmashSandbox schetmash, OnecSandbox onec, SchetmashBehavior schetmashBehavior,
        OnecBehavior onecBehavior, OnecData data) {
      SCHETMASH.add(schetmash);
      ONEC.add(onec);
      assertThat(schetmashBehavior).isSameAs(schetmash.behavior());
      assertThat(onecBehavior).isSameAs(onec.behavior());
      assertThat(data).isSameAs(onec.data());
    }

    @Test
    void second(SchetmashSandbox schetmash, OnecSandbox onec) {
      SCHETMASH.add(schetmash);
      ONEC.add(onec);
    }
  }

  @OnlyThroughEngineTestKit
  @ReceiptBridgeSandbox(fresh = true)
  static class FreshCase {
    @BeforeEach
    void beforeEach(SchetmashSandbox schetmash, OnecSandbox onec) {
      SCHETMASH.add(schetmash);
      ONEC.add(onec);
    }

    @Test
    void first(SchetmashSandbox schetmash, OnecSandbox onec) {
      SCHETMASH.add(schetmash);
      ONEC.add(onec);
    }

    @Test
    void second(SchetmashSandbox schetmash, OnecSandbox onec) {
      SCHETMASH.add(schetmash);
      ONEC.add(onec);
    }
  }

  @OnlyThroughEngineTestKit
  @ReceiptBridgeSandbox(fresh = true)
  static class FreshBeforeAllCase {
    @BeforeAll
    static void beforeAll(SchetmashSandbox schetmash) {
      SCHETMASH.add(schetmash);
    }

    @Test
    void test() {
    }
  }

  @OnlyThroughEngineTestKit
  @ReceiptBridgeSandbox
  static class NestedCase {
    @Test
    void outer(SchetmashSandbox schetmash) {
      SCHETMASH.add(schetmash);
    }

    @Nested
    class Inner {
      @Test
      void inner(SchetmashSandbox schetmash) {
        SCHETMASH.add(schetmash);
      }
    }
  }

  @OnlyThroughEngineTestKit
  @ReceiptBridgeSandbox(demo = true, demoMonth = "2026-11")
  static class DemoCase {
    @Test
    void organizations(OnecSandbox onec) {
      ORGANIZATIONS.add(SandboxGet.body(onec, "Catalog_Организации?$format=json"));
      DOCUMENT_DATES.add(documentDates(onec));
    }
  }

  private static List<LocalDate> documentDates(OnecSandbox onec) {
    Matcher date = Pattern.compile("\"Date\":\\s*\"(\\d{4}-\\d{2}-\\d{2})T")
        .matcher(SandboxGet.body(onec, "Document_ПоступлениеНаРасчетныйСчет?$format=json&$select=Date"));
    List<LocalDate> dates = new ArrayList<>();
    while (date.find()) {
      dates.add(LocalDate.parse(date.group(1)));
    }
    return dates;
  }

  @OnlyThroughEngineTestKit
  @ReceiptBridgeSandbox(demo = true)
  static class RelativeDemoCase {
    @Test
    void dates(OnecSandbox onec) {
      DOCUMENT_DATES.add(documentDates(onec));
      RELATIVE_KEYS.addAll(onec.data().bankReceiptKeys());
    }
  }

  @OnlyThroughEngineTestKit
  @ReceiptBridgeSandbox
  static class EmptyCase {
    @Test
    void organizations(OnecSandbox onec) {
      ORGANIZATIONS.add(SandboxGet.body(onec, "Catalog_Организации?$format=json"));
    }
  }

  @OnlyThroughEngineTestKit
  @ReceiptBridgeSandbox(demo = true, demoMonth = "November 2026")
  static class BadMonthCase {
    @Test
    void test() {
    }
  }
}
