package io.github.receiptbridge.sandbox.internal.schetmash;

import io.github.receiptbridge.sandbox.CashRegister;
import io.github.receiptbridge.sandbox.SchetmashSandbox;
import java.io.PrintStream;

/** Starts a {@link SchetmashSandbox} from command-line options and tells the user where it listens. */
public final class SchetmashLauncher {
  private SchetmashLauncher() {
  }

  /**
   * Starts the sandbox the options describe and prints its base URL and credentials.
   *
   * @param options the parsed command line
   * @param out     where to print
   * @return the running sandbox
   */
  public static SchetmashSandbox launch(SchetmashCommandLine options, PrintStream out) {
    SchetmashSandbox sandbox = SchetmashSandbox.builder()
        .port(options.port())
        .login(options.login())
        .password(options.password())
        .shop(options.shopId(), CashRegister.ACTIVE)
        .processingDelay(options.processingDelay())
        .start();
    out.println("Schetmash sandbox listening on " + sandbox.baseUrl());
    out.println("login=" + sandbox.login() + " password=" + sandbox.password()
        + " shop=" + sandbox.shopId() + " processing-delay=" + options.processingDelay());
    out.flush();
    return sandbox;
  }
}
