package io.github.receiptbridge.sandbox.internal.onec;

import io.github.receiptbridge.sandbox.OnecSandbox;
import io.github.receiptbridge.sandbox.OnecSandboxBuilder;
import io.github.receiptbridge.sandbox.internal.onec.store.DemoSpan;
import java.io.PrintStream;
import java.time.LocalDate;

/** Starts an {@link OnecSandbox} from command-line options and tells the user where it listens. */
public final class OnecLauncher {
  private OnecLauncher() {
  }

  /**
   * Starts the sandbox the options describe and prints its service root, credentials and demo days.
   *
   * @param options the parsed command line
   * @param out     where to print
   * @return the running sandbox
   */
  public static OnecSandbox launch(OnecCommandLine options, PrintStream out) {
    OnecSandboxBuilder builder = OnecSandbox.builder()
        .port(options.port())
        .user(options.user())
        .password(options.password())
        .basePath(options.basePath());
    DemoSpan demo = DemoSpan.through(LocalDate.now());
    if (options.demo()) {
      builder.demoThrough(demo.through());
    }
    OnecSandbox sandbox = builder.start();
    out.println("1C OData sandbox listening on " + sandbox.serviceRoot());
    out.println("user=" + sandbox.user() + " password=" + sandbox.password());
    out.println(options.demo() ? "demo data: " + demo + " («УК Ромашка» ИНН 7701234567, «ТСЖ Лесное» ИНН "
        + "5003012345)" : "no documents; seed them through OnecSandbox.data()");
    out.flush();
    return sandbox;
  }
}
