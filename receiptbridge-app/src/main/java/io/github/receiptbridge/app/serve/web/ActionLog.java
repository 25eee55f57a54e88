package io.github.receiptbridge.app.serve.web;

import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per state-changing action of the console: who (the session's label, never its id: the personal user's
 * name first, such as {@code иванова (сеанс 3, 127.0.0.1)}, when users are configured) and what. Lines
 * never hold a password, hash, token or session id: the callers give only labels, organization keys, periods, kinds,
 * document numbers and pass ids.
 */
final class ActionLog {
  private static final Logger LOG = LoggerFactory.getLogger(ActionLog.class);

  private final Consumer<String> sink;

  private ActionLog(Consumer<String> sink) {
    this.sink = sink;
  }

  /** Lines to SLF4J, logger {@code ...serve.web.ActionLog}, level INFO. */
  static ActionLog toSlf4j() {
    return new ActionLog(line -> LOG.info("{}", line));
  }

  /** Lines to {@code sink} (tests), and to SLF4J as well. */
  static ActionLog to(Consumer<String> sink) {
    ActionLog slf4j = toSlf4j();
    return new ActionLog(line -> {
      sink.accept(line);
      slf4j.sink.accept(line);
    });
  }

  /** Logs that {@code who} did {@code what}. */
  void log(Session who, String what) {
    sink.accept("console: " + who.label() + ": " + what);
  }
}
