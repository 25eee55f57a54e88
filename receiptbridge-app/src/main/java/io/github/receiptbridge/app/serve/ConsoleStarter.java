package io.github.receiptbridge.app.serve;

import java.util.ServiceLoader;

/**
 * Starts a console over the running service. {@code serve} defines it and the web layer ({@code ...serve.web})
 * implements it, so this package never depends on the web layer: the app finds the web console through {@link
 * ServiceLoader} ({@code META-INF/services}), and a test gives its own.
 */
@FunctionalInterface
public interface ConsoleStarter {
  /** A console that listens until closed. */
  interface Running extends AutoCloseable {
    /** Its base URL, such as {@code http://127.0.0.1:8080/}. */
    String url();

    /** Stops listening. */
    @Override
    void close();
  }

  /**
   * Starts the console.
   *
   * @throws IllegalArgumentException when the settings are unusable (a non-loopback address without a password)
   */
  Running start(ServiceConsole console, ConsoleSettings settings);

  /**
   * The console the app was built with: the one {@code META-INF/services/} names.
   *
   * @throws IllegalStateException when the class path has none
   */
  static ConsoleStarter installed() {
    return ServiceLoader.load(ConsoleStarter.class, ConsoleStarter.class.getClassLoader()).findFirst()
        .orElseThrow(() -> new IllegalStateException("No console on the class path: META-INF/services/"
            + ConsoleStarter.class.getName() + " is missing from the jar; rebuild it"));
  }
}
