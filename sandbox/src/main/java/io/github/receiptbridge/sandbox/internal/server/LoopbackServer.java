package io.github.receiptbridge.sandbox.internal.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.jspecify.annotations.Nullable;

/**
 * The listening side of both simulators: a MockWebServer on 127.0.0.1 only, which can stop listening and listen
 * again on the same port. A MockWebServer cannot be restarted once shut down, so going online starts a new one
 * with the same dispatcher. Every listening socket has {@code TCP_NODELAY} on its connections and keeps
 * {@code SO_REUSEADDR} on (also the first one, on a port picked by the system), so connections of an old one in
 * {@code TIME_WAIT} do not block the bind. While offline nothing listens, and a connection attempt is refused.
 *
 * <p>Every request is counted, and MockWebServer's record of it, which would otherwise grow without bound, is
 * dropped before the simulator's dispatcher answers it. MockWebServer's own per-request logging is silenced.
 */
public final class LoopbackServer implements AutoCloseable {
  /** Held strongly so the level set below is not lost when the logger is garbage-collected. */
  private static final Logger MOCK_WEB_SERVER_LOG = Logger.getLogger(MockWebServer.class.getName());

  static {
    // MockWebServer logs every request at INFO to stderr, which costs more than serving it.
    MOCK_WEB_SERVER_LOG.setLevel(Level.WARNING);
  }

  private final AtomicInteger requestCount = new AtomicInteger();
  private final int port;
  private volatile Dispatcher dispatcher = new NotReady();
  private volatile @Nullable MockWebServer server;
  private boolean closed;

  /**
   * Starts listening; until {@link #dispatchTo(Dispatcher)} every request is answered 503.
   *
   * @param port the port, 0 for any free one (kept for every later {@link #goOnline()})
   * @throws UncheckedIOException when the port cannot be bound
   */
  public LoopbackServer(int port) {
    MockWebServer first = listen(port);
    this.server = first;
    this.port = first.getPort();
  }

  /**
   * Sets what answers every request from now on, in every incarnation of the server. A simulator whose answers
   * contain its own URL sets it once the port is known.
   *
   * @param simulator the simulator's dispatcher
   */
  public void dispatchTo(Dispatcher simulator) {
    this.dispatcher = Objects.requireNonNull(simulator, "simulator");
  }

  /**
   * The bound port, also while offline.
   *
   * @return the port on 127.0.0.1
   */
  public int port() {
    return port;
  }

  /**
   * Whether the port is listening.
   *
   * @return false while offline and after {@link #close()}
   */
  public boolean online() {
    return server != null;
  }

  /**
   * HTTP requests received so far, over every incarnation, including those the simulator failed or dropped.
   *
   * @return the count
   */
  public int requestCount() {
    return requestCount.get();
  }

  /**
   * Closes the listening socket and every open connection; a no-op while offline.
   *
   * @throws UncheckedIOException when in-flight requests do not finish within MockWebServer's 5 s (the
   *                              port is closed all the same)
   */
  public synchronized void goOffline() {
    MockWebServer current = server;
    if (current == null) {
      return;
    }
    server = null;
    try {
      current.close();
    } catch (AssertionError timeout) {
      // MockWebServer 5 reports "Gave up waiting for queue to shut down" as an AssertionError, 4.x as an IOException
      throw new UncheckedIOException(new IOException(timeout.getMessage(), timeout));
    }
  }

  /**
   * Listens again on the same port; a no-op while online.
   *
   * @throws IllegalStateException after {@link #close()}
   * @throws UncheckedIOException  when the port has been taken meanwhile (the server stays offline)
   */
  public synchronized void goOnline() {
    if (closed) {
      throw new IllegalStateException("the sandbox is closed");
    }
    if (server == null) {
      server = listen(port);
    }
  }

  /**
   * Stops listening for good; idempotent, also while offline.
   *
   * @throws UncheckedIOException as {@link #goOffline()}
   */
  @Override
  public synchronized void close() {
    closed = true;
    goOffline();
  }

  private MockWebServer listen(int wanted) {
    MockWebServer created = new MockWebServer();
    created.setDispatcher(new Counting(created));
    created.setServerSocketFactory(new NoDelayServerSocketFactory());
    try {
      created.start(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), wanted);
    } catch (IOException e) {
      UncheckedIOException failure = new UncheckedIOException("cannot bind 127.0.0.1:" + wanted, e);
      try {
        created.close();
      } catch (RuntimeException | AssertionError cleanup) {
        failure.addSuppressed(cleanup);
      }
      throw failure;
    }
    return created;
  }

  /** Counts a request and drops its record in one incarnation, then lets the simulator answer. */
  private final class Counting extends Dispatcher {
    private final MockWebServer incarnation;

    Counting(MockWebServer incarnation) {
      this.incarnation = incarnation;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
      requestCount.incrementAndGet();
      try {
        incarnation.takeRequest(0, TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return dispatcher.dispatch(request);
    }
  }

  /** The answer before the simulator is wired: the service is not available yet. */
  private static final class NotReady extends Dispatcher {
    @Override
    public MockResponse dispatch(RecordedRequest request) {
      return new MockResponse.Builder().code(503).build();
    }
  }
}
