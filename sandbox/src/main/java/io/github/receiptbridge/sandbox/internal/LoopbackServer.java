package io.github.receiptbridge.sandbox.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockWebServer;

/**
 * The listening side of a sandbox on 127.0.0.1, which can stop listening and listen again on the same port.
 * A MockWebServer cannot be restarted once shut down, so going online starts a new one with the same
 * dispatcher. Every listening socket keeps {@code SO_REUSEADDR} on (also the first one, on a port picked by
 * the system), so connections of an old one in {@code TIME_WAIT} do not block the bind. While offline nothing
 * listens, and a connection attempt is refused.
 */
public final class LoopbackServer implements AutoCloseable {
  private final Dispatcher dispatcher;
  private final int port;
  private volatile MockWebServer server;
  private boolean closed;

  /**
   * Starts listening.
   *
   * @param dispatcher answers every request, in every incarnation of the server
   * @param port       the port, 0 for any free one (kept for every later {@link #goOnline()})
   * @throws UncheckedIOException when the port cannot be bound
   */
  public LoopbackServer(Dispatcher dispatcher, int port) {
    this.dispatcher = dispatcher;
    this.server = listen(port);
    this.port = server.getPort();
  }

  /** The bound port, also while offline. */
  public int port() {
    return port;
  }

  /** Whether the port is listening. */
  public boolean online() {
    return server != null;
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
      current.shutdown();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
   * Drops MockWebServer's record of one served request, which would otherwise grow without bound.
   *
   * @throws InterruptedException when interrupted
   */
  public void forgetRecordedRequest() throws InterruptedException {
    MockWebServer current = server;
    if (current != null) {
      current.takeRequest(0, TimeUnit.NANOSECONDS);
    }
  }

  /** Stops listening for good; idempotent, also while offline. */
  @Override
  public synchronized void close() {
    closed = true;
    goOffline();
  }

  private MockWebServer listen(int wanted) {
    MockWebServer created = new MockWebServer();
    created.setDispatcher(dispatcher);
    created.setServerSocketFactory(NoDelayServerSocketFactory.keepingReuseAddress());
    try {
      created.start(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), wanted);
    } catch (IOException e) {
      try {
        created.shutdown();
      } catch (IOException | RuntimeException ignored) {
        // Only releases the unbound socket; the bind failure is what matters.
      }
      throw new UncheckedIOException("cannot bind 127.0.0.1:" + wanted, e);
    }
    return created;
  }
}
