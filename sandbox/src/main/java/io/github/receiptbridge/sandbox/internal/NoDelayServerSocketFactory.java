package io.github.receiptbridge.sandbox.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import javax.net.ServerSocketFactory;

/**
 * Server sockets whose accepted connections have {@code TCP_NODELAY} on. MockWebServer flushes the headers
 * and the body of a response separately; with Nagle's algorithm the body then waits for the client's
 * delayed ACK (about 40 ms on Linux), which would cap a keep-alive connection at some 25 requests/second.
 *
 * <p>{@link #keepingReuseAddress()} also keeps {@code SO_REUSEADDR} on, which MockWebServer switches off for
 * port 0. Connections accepted by a socket without it leave {@code TIME_WAIT} entries that block binding the
 * port again for a minute, which a server that goes offline and online again on its port must avoid.
 */
public final class NoDelayServerSocketFactory extends ServerSocketFactory {
  private final boolean keepReuseAddress;

  /** A factory that leaves {@code SO_REUSEADDR} to the caller. */
  public NoDelayServerSocketFactory() {
    this(false);
  }

  private NoDelayServerSocketFactory(boolean keepReuseAddress) {
    this.keepReuseAddress = keepReuseAddress;
  }

  /** A factory whose sockets keep {@code SO_REUSEADDR} on whatever the caller asks for. */
  public static NoDelayServerSocketFactory keepingReuseAddress() {
    return new NoDelayServerSocketFactory(true);
  }

  @Override
  public ServerSocket createServerSocket() throws IOException {
    return new NoDelayServerSocket(keepReuseAddress);
  }

  @Override
  public ServerSocket createServerSocket(int port) throws IOException {
    ServerSocket socket = createServerSocket();
    socket.bind(new java.net.InetSocketAddress(port));
    return socket;
  }

  @Override
  public ServerSocket createServerSocket(int port, int backlog) throws IOException {
    ServerSocket socket = createServerSocket();
    socket.bind(new java.net.InetSocketAddress(port), backlog);
    return socket;
  }

  @Override
  public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
    ServerSocket socket = createServerSocket();
    socket.bind(new java.net.InetSocketAddress(address, port), backlog);
    return socket;
  }

  private static final class NoDelayServerSocket extends ServerSocket {
    private final boolean keepReuseAddress;

    NoDelayServerSocket(boolean keepReuseAddress) throws IOException {
      super();
      this.keepReuseAddress = keepReuseAddress;
      if (keepReuseAddress) {
        super.setReuseAddress(true);
      }
    }

    @Override
    public void setReuseAddress(boolean on) throws SocketException {
      super.setReuseAddress(on || keepReuseAddress);
    }

    @Override
    public Socket accept() throws IOException {
      Socket socket = super.accept();
      socket.setTcpNoDelay(true);
      return socket;
    }
  }
}
