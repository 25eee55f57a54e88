package io.github.receiptbridge.sandbox.junit;

import io.github.receiptbridge.sandbox.OnecBehavior;
import io.github.receiptbridge.sandbox.OnecData;
import io.github.receiptbridge.sandbox.OnecSandbox;
import io.github.receiptbridge.sandbox.OnecSandboxBuilder;
import io.github.receiptbridge.sandbox.SchetmashBehavior;
import io.github.receiptbridge.sandbox.SchetmashSandbox;
import java.lang.reflect.AnnotatedElement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.jspecify.annotations.Nullable;

/**
 * The extension behind {@link ReceiptBridgeSandbox}: starts the two simulators for the scope the annotation asks
 * for, resolves them (and their behaviours and 1C data) as parameters, and stops them when the scope's
 * {@link ExtensionContext} closes. Registered by the annotation; registered on its own (with {@code @ExtendWith} or
 * {@code @RegisterExtension}) it uses the annotation's defaults.
 *
 * <p>Thread-safe: tests running in parallel in one class share the class's pair, started once.
 *
 * @since 0.1.0
 */
public final class ReceiptBridgeSandboxExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(ReceiptBridgeSandboxExtension.class);
  private static final Set<Class<?>> RESOLVED = Set.of(SchetmashSandbox.class, OnecSandbox.class,
      SchetmashBehavior.class, OnecBehavior.class, OnecData.class);

  /** Creates the extension; JUnit does this for {@link ReceiptBridgeSandbox}. */
  public ReceiptBridgeSandboxExtension() {
  }

  /**
   * Starts the class's shared pair, unless the annotation asks for a fresh pair per test.
   *
   * @param context the class's context
   */
  @Override
  public void beforeAll(ExtensionContext context) {
    Scope scope = scope(context);
    if (!scope.settings.fresh()) {
      pair(scope.owner, scope.settings);
    }
  }

  /**
   * Starts the test's own pair when the annotation asks for a fresh pair per test.
   *
   * @param context the test's context
   */
  @Override
  public void beforeEach(ExtensionContext context) {
    Scope scope = scope(context);
    if (scope.settings.fresh()) {
      pair(context, scope.settings);
    }
  }

  /**
   * Whether the parameter is one this extension provides.
   *
   * @param parameterContext the parameter
   * @param extensionContext the context of the method or constructor
   * @return true for the simulators, their behaviours and {@link OnecData}
   */
  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    return RESOLVED.contains(parameterContext.getParameter().getType());
  }

  /**
   * The simulator, behaviour or data of the parameter's type, from the pair of the current scope.
   *
   * @param parameterContext the parameter
   * @param extensionContext the context of the method or constructor
   * @return the object to pass
   * @throws ParameterResolutionException when a fresh pair per test is asked for and the parameter belongs to a
   *         method or constructor that runs outside a test ({@code @BeforeAll}, {@code @AfterAll}, a constructor)
   */
  @Override
  public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    Scope scope = scope(extensionContext);
    Sandboxes pair;
    if (scope.settings.fresh()) {
      if (extensionContext.getTestMethod().isEmpty()) {
        throw new ParameterResolutionException("@ReceiptBridgeSandbox(fresh = true) starts the simulators for each "
            + "test, so " + parameterContext.getDeclaringExecutable().getName() + " (outside a test) cannot have "
            + "them; take them as parameters of the test, @BeforeEach or @AfterEach methods, or drop fresh = true");
      }
      pair = pair(extensionContext, scope.settings);
    } else {
      pair = pair(scope.owner, scope.settings);
    }
    Class<?> type = parameterContext.getParameter().getType();
    if (type == SchetmashSandbox.class) {
      return pair.schetmash;
    }
    if (type == OnecSandbox.class) {
      return pair.onec;
    }
    if (type == SchetmashBehavior.class) {
      return pair.schetmash.behavior();
    }
    if (type == OnecBehavior.class) {
      return pair.onec.behavior();
    }
    return pair.onec.data();
  }

  private static Sandboxes pair(ExtensionContext holder, Settings settings) {
    return holder.getStore(NAMESPACE).getOrComputeIfAbsent(Sandboxes.class, key -> Sandboxes.start(settings),
        Sandboxes.class);
  }

  /**
   * The innermost class context whose class carries the annotation (directly, as a meta-annotation or inherited),
   * and the annotation's settings; without any, the innermost class context and the defaults.
   */
  private static Scope scope(ExtensionContext context) {
    ExtensionContext innermostClass = null;
    for (ExtensionContext at = context; at != null; at = at.getParent().orElse(null)) {
      Optional<AnnotatedElement> element = at.getElement();
      if (element.isEmpty() || !(element.get() instanceof Class<?> type)) {
        continue;
      }
      if (innermostClass == null) {
        innermostClass = at;
      }
      Optional<ReceiptBridgeSandbox> annotation = AnnotationSupport.findAnnotation(type, ReceiptBridgeSandbox.class);
      if (annotation.isPresent()) {
        return new Scope(at, Settings.of(annotation.get()));
      }
    }
    if (innermostClass == null) {
      throw new ExtensionConfigurationException("ReceiptBridgeSandboxExtension runs only inside a test class");
    }
    return new Scope(innermostClass, Settings.DEFAULTS);
  }

  private record Scope(ExtensionContext owner, Settings settings) {
  }

  /** The annotation's values, checked. */
  private record Settings(boolean fresh, boolean demo, @Nullable YearMonth demoMonth, Duration processingDelay) {
    static final Settings DEFAULTS = new Settings(false, false, null, Duration.ZERO);

    static Settings of(ReceiptBridgeSandbox annotation) {
      YearMonth month = null;
      if (annotation.demo()) {
        String text = annotation.demoMonth().strip();
        try {
          month = text.isEmpty() ? null : YearMonth.parse(text);
        } catch (DateTimeParseException e) {
          throw new ExtensionConfigurationException("@ReceiptBridgeSandbox(demoMonth = \"" + text
              + "\") is not a month; write it as YYYY-MM, e.g. 2026-11", e);
        }
      } else if (!annotation.demoMonth().isBlank()) {
        throw new ExtensionConfigurationException("@ReceiptBridgeSandbox(demoMonth = \"" + annotation.demoMonth()
            + "\") needs demo = true as well");
      }
      if (annotation.processingDelayMillis() < 0) {
        throw new ExtensionConfigurationException("@ReceiptBridgeSandbox(processingDelayMillis = "
            + annotation.processingDelayMillis() + ") must not be negative");
      }
      return new Settings(annotation.fresh(), annotation.demo(), month, Duration.ofMillis(annotation.processingDelayMillis()));
    }
  }

  /** One running pair; the store closes it when its context closes. */
  private static final class Sandboxes implements ExtensionContext.Store.CloseableResource {
    private final SchetmashSandbox schetmash;
    private final OnecSandbox onec;

    private Sandboxes(SchetmashSandbox schetmash, OnecSandbox onec) {
      this.schetmash = schetmash;
      this.onec = onec;
    }

    static Sandboxes start(Settings settings) {
      SchetmashSandbox schetmash = SchetmashSandbox.builder().processingDelay(settings.processingDelay()).start();
      try {
        OnecSandboxBuilder onec = OnecSandbox.builder();
        YearMonth month = settings.demoMonth();
        if (month != null) {
          onec.demo(month);
        } else if (settings.demo()) {
          onec.demoThrough(LocalDate.now());
        }
        return new Sandboxes(schetmash, onec.start());
      } catch (RuntimeException | Error e) {
        schetmash.close();
        throw e;
      }
    }

    @Override
    public void close() {
      try {
        onec.close();
      } finally {
        schetmash.close();
      }
    }
  }
}
