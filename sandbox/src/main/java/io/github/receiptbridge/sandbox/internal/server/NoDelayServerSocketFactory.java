package io.github.receiptbridge.sandbox.internal.server;

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
 * <p>The sockets also keep {@code SO_REUSEADDR} on, which MockWebServer switches off for port 0. Connections
 * accepted by a socket without it leave {@code TIME_WAIT} entries that block binding the port again for a minute,
 * which a server that goes offline and online again on its port must avoid.
 */
final class NoDelayServerSocketFactory extends ServerSocketFactory {
  @Override
  public ServerSocket createServerSocket() throws IOException {
    return new NoDelayServerSocket();
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
    NoDelayServerSocket() throws IOException {
      super();
      super.setReuseAddress(true);
    }

    @Override
    public void setReuseAddress(boolean on) throws SocketException {
      super.setReuseAddress(true);
    }

    @Override
    public Socket accept() throws IOException {
      Socket socket = super.accept();
      socket.setTcpNoDelay(true);
      return socket;
    }
  }
}
