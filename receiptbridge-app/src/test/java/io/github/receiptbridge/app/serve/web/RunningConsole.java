package io.github.receiptbridge.app.serve.web;

import io.github.receiptbridge.app.serve.ConsoleSettings;
import io.github.receiptbridge.testkit.MutableClock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** A console on 127.0.0.1, any port, over a fake service, with a controllable clock and its action log kept. */
final class RunningConsole implements AutoCloseable {
  static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

  final FakeServiceConsole service;
  final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T09:00:00Z"), ZoneOffset.UTC);
  final List<String> actions = new CopyOnWriteArrayList<>();
  final WebConsole web;

  private RunningConsole(FakeServiceConsole service, Optional<String> password, Optional<String> hash) {
    this.service = service;
    this.web = WebConsole.start(service, new ConsoleSettings("127.0.0.1", 0, password, hash),
        new ConsoleOptions(clock, ZONE, ActionLog.to(actions::add)));
  }

  /** Without a password. */
  static RunningConsole open(FakeServiceConsole service) {
    return new RunningConsole(service, Optional.empty(), Optional.empty());
  }

  /** With the plain password {@code password}. */
  static RunningConsole withPassword(FakeServiceConsole service, String password) {
    return new RunningConsole(service, Optional.of(password), Optional.empty());
  }

  /** With the bcrypt hash {@code hash}. */
  static RunningConsole withHash(FakeServiceConsole service, String hash) {
    return new RunningConsole(service, Optional.empty(), Optional.of(hash));
  }

  /** A fresh client of it. */
  ConsoleClient client() {
    return new ConsoleClient(web);
  }

  @Override
  public void close() {
    web.close();
  }
}
