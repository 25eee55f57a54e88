package io.github.receiptbridge.app.cli;

import io.github.receiptbridge.core.Action;
import io.github.receiptbridge.core.DateRange;
import io.github.receiptbridge.core.ReceiptRegistrar;
import io.github.receiptbridge.core.RunReport;
import io.github.receiptbridge.sandbox.SchetmashSandbox;
import java.io.PrintStream;

/**
 * The demo's proof of the guarantee: registering the same period again sends nothing, which the Счетмаш sandbox's
 * request counter confirms (requests before and after the pass).
 */
final class SecondRegisterPass {
  private final PrintStream out;

  SecondRegisterPass(PrintStream out) {
    this.out = out;
  }

  /** Registers the period again and prints what was sent and how many requests reached Счетмаш. */
  void show(ReceiptRegistrar registrar, SchetmashSandbox schetmash, DateRange period, String organization) {
    int before = schetmash.requestCount();
    RunReport second = registrar.register(period, organization);
    int requests = schetmash.requestCount() - before;
    out.println();
    out.println("Second register pass of the same period (the duplicate check): sent " + second.count(Action.SENT)
        + ", already sent " + second.count(Action.ALREADY_SENT) + ", requests to the Счетмаш sandbox: " + requests
        + (second.count(Action.SENT) == 0 && requests == 0 ? " - nothing was sent again." : "."));
    out.flush();
  }
}
