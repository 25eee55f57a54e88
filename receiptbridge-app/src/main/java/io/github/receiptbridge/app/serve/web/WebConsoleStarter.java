package io.github.receiptbridge.app.serve.web;

import io.github.receiptbridge.app.serve.ConsoleSettings;
import io.github.receiptbridge.app.serve.ConsoleStarter;
import io.github.receiptbridge.app.serve.ServiceConsole;

/**
 * The web console as {@code serve} starts it: named in {@code META-INF/services/...serve.ConsoleStarter}, so that
 * {@link ConsoleStarter#installed()} finds it without {@code serve} depending on this package.
 */
public final class WebConsoleStarter implements ConsoleStarter {
  /** For {@link java.util.ServiceLoader}. */
  public WebConsoleStarter() {}

  @Override
  public Running start(ServiceConsole console, ConsoleSettings settings) {
    return WebConsole.start(console, settings);
  }
}
