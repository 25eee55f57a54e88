package io.github.receiptbridge.app.serve;

import io.github.receiptbridge.app.serve.web.WebConsole;

/** Starts the web console over the service; {@link WebConsole#start} in the app, something else in tests. */
@FunctionalInterface
interface ConsoleStarter {
  /** The web console's start. */
  ConsoleStarter WEB = (console, settings) -> {
    WebConsole web = WebConsole.start(console, settings);
    return new Running() {
      @Override
      public String url() {
        return web.url();
      }

      @Override
      public void close() {
        web.close();
      }
    };
  };

  /** A console that listens until closed. */
  interface Running extends AutoCloseable {
    /** Its base URL. */
    String url();

    @Override
    void close();
  }

  /**
   * Starts the console.
   *
   * @throws IllegalArgumentException when the settings are unusable (a non-loopback address without a password)
   */
  Running start(ServiceConsole console, WebConsole.Settings settings);
}
