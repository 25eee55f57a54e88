package io.github.receiptbridge.sandbox.internal.server;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The {@code main} of both simulators: parse the command line (exit 2 with the message and the usage on an error),
 * print the usage for {@code --help}, else start the simulator, print where it listens (UTF-8, the credentials may
 * be Cyrillic) and serve until the process is killed, closing the simulator on the way out.
 */
public final class SimulatorMain {
  /** A parsed command line, as far as {@link #run} needs it. */
  public interface Options {
    /**
     * Whether {@code --help} was given.
     *
     * @return true to print the usage instead of starting
     */
    boolean help();
  }

  private SimulatorMain() {
  }

  /**
   * Runs a simulator until the process is killed.
   *
   * @param args           the command line
   * @param parser         turns it into options; throws {@link IllegalArgumentException} for a bad one
   * @param usage          the usage text
   * @param launcher       starts the simulator the options describe and prints where it listens
   * @param shutdownThread the name of the thread that closes the simulator when the process ends
   * @param <O>            the simulator's options
   */
  public static <O extends Options> void run(String[] args, Function<String[], O> parser, String usage,
      BiFunction<O, PrintStream, ? extends AutoCloseable> launcher, String shutdownThread) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    O options;
    try {
      options = parser.apply(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(usage);
      System.exit(2);
      return;
    }
    if (options.help()) {
      out.println(usage);
      return;
    }
    AutoCloseable simulator = launcher.apply(options, out);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        simulator.close();
      } catch (Exception e) {
        System.err.println("closing the simulator failed: " + e);
      } finally {
        stopped.countDown();
      }
    }, shutdownThread));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
