package io.github.receiptbridge.sandbox.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ServerSocketFactory;

/**
 * Server sockets whose accepted connections have {@code TCP_NODELAY} on. MockWebServer flushes the headers
 * and the body of a response separately; with Nagle's algorithm the body then waits for the client's
 * delayed ACK (about 40 ms on Linux), which would cap a keep-alive connection at some 25 requests/second.
 */
public final class NoDelayServerSocketFactory extends ServerSocketFactory {
  @Override
  public ServerSocket createServerSocket() throws IOException {
    return new NoDelayServerSocket();
  }

  @Override
  public ServerSocket createServerSocket(int port) throws IOException {
    ServerSocket socket = new NoDelayServerSocket();
    socket.bind(new java.net.InetSocketAddress(port));
    return socket;
  }

  @Override
  public ServerSocket createServerSocket(int port, int backlog) throws IOException {
    ServerSocket socket = new NoDelayServerSocket();
    socket.bind(new java.net.InetSocketAddress(port), backlog);
    return socket;
  }

  @Override
  public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
    ServerSocket socket = new NoDelayServerSocket();
    socket.bind(new java.net.InetSocketAddress(address, port), backlog);
    return socket;
  }

  private static final class NoDelayServerSocket extends ServerSocket {
    NoDelayServerSocket() throws IOException {
      super();
    }

    @Override
    public Socket accept() throws IOException {
      Socket socket = super.accept();
      socket.setTcpNoDelay(true);
      return socket;
    }
  }
}
