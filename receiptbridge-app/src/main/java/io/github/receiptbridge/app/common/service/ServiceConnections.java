package io.github.receiptbridge.app.common.service;

import io.github.receiptbridge.app.common.config.Configuration;
import io.github.receiptbridge.onec.OnecClient;
import io.github.receiptbridge.schetmash.SchetmashClient;
import java.util.Optional;

/** The two clients a command works with, and the in-process sandboxes behind them, if any. Closes all of them. */
public final class ServiceConnections implements AutoCloseable {
  private final Configuration configuration;
  private final SchetmashClient schetmash;
  private final OnecClient onec;
  private final Optional<DemoSandboxes> sandboxes;

  private ServiceConnections(Configuration configuration, SchetmashClient schetmash, OnecClient onec,
      Optional<DemoSandboxes> sandboxes) {
    this.configuration = configuration;
    this.schetmash = schetmash;
    this.onec = onec;
    this.sandboxes = sandboxes;
  }

  /**
   * Builds both clients from {@code configuration}; nothing is sent yet.
   *
   * @param sandboxes the in-process simulators {@code configuration} points at, closed with the connections
   */
  static ServiceConnections open(Configuration configuration, boolean httpLogging, Optional<DemoSandboxes> sandboxes) {
    SchetmashClient schetmash = ClientFactory.schetmash(configuration, httpLogging);
    try {
      OnecClient onec = ClientFactory.onec(configuration, httpLogging);
      return new ServiceConnections(configuration, schetmash, onec, sandboxes);
    } catch (RuntimeException e) {
      schetmash.close();
      throw e;
    }
  }

  /** The configuration the clients were built from (on the sandbox: with the sandboxes' keys). */
  public Configuration configuration() {
    return configuration;
  }

  /** The Счетмаш client. */
  public SchetmashClient schetmash() {
    return schetmash;
  }

  /** The 1C client. */
  public OnecClient onec() {
    return onec;
  }

  /** The in-process simulators, when the app runs on them. */
  public Optional<DemoSandboxes> sandboxes() {
    return sandboxes;
  }

  /** The organization to use when none is given: the demo one on the in-process sandbox, else none. */
  public Optional<String> defaultOrganization() {
    return sandboxes.map(ignored -> DemoSandboxes.DEMO_ORGANIZATION);
  }

  /** Closes both clients and stops the in-process simulators. */
  @Override
  public void close() {
    try {
      schetmash.close();
      onec.close();
    } finally {
      sandboxes.ifPresent(DemoSandboxes::close);
    }
  }
}
