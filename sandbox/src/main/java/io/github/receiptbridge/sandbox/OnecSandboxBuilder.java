package io.github.receiptbridge.sandbox;

import io.github.receiptbridge.sandbox.internal.onec.OnecCommandLine;
import io.github.receiptbridge.sandbox.internal.onec.OnecSettings;
import io.github.receiptbridge.sandbox.internal.onec.store.DemoSpan;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Configures and starts an {@link OnecSandbox}; from {@link OnecSandbox#builder()}. Not thread-safe; use from one
 * thread.
 *
 * @since 0.1.0
 */
public final class OnecSandboxBuilder {
  private int port;
  private String user = OnecCommandLine.DEFAULT_USER;
  private String password = OnecCommandLine.DEFAULT_PASSWORD;
  private String basePath = OnecCommandLine.DEFAULT_BASE_PATH;
  private boolean receiptProperties = true;
  private @Nullable DemoSpan demo;
  private int registerPostStatus = 200;
  private boolean countBom = true;

  OnecSandboxBuilder() {
  }

  /**
   * The port on 127.0.0.1 (default 0: any free port).
   *
   * @param port 0 to 65535
   * @return this
   */
  public OnecSandboxBuilder port(int port) {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    this.port = port;
    return this;
  }

  /**
   * The infobase user (default {@code Администратор}); Cyrillic works, credentials are read as UTF-8.
   *
   * @param user a non-empty name
   * @return this
   */
  public OnecSandboxBuilder user(String user) {
    if (Objects.requireNonNull(user, "user").isEmpty() || user.contains(":")) {
      throw new IllegalArgumentException("the user must be non-empty and contain no ':'");
    }
    this.user = user;
    return this;
  }

  /**
   * The user's password (default {@code пароль}); may be empty.
   *
   * @param password the password
   * @return this
   */
  public OnecSandboxBuilder password(String password) {
    this.password = Objects.requireNonNull(password, "password");
    return this;
  }

  /**
   * The publication's path (default {@code acc}): the service root is {@code /<basePath>/odata/standard.odata/}.
   *
   * @param basePath one or more path segments, without surrounding slashes
   * @return this
   */
  public OnecSandboxBuilder basePath(String basePath) {
    String trimmed = Objects.requireNonNull(basePath, "basePath").replaceAll("^/+|/+$", "");
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException("the base path must not be empty");
    }
    this.basePath = trimmed;
    return this;
  }

  /**
   * Leaves out the three {@code СчетМаш_} properties (the other seeded properties remain).
   *
   * @return this
   */
  public OnecSandboxBuilder withoutReceiptProperties() {
    this.receiptProperties = false;
    return this;
  }

  /**
   * Seeds a realistic demo month: «УК Ромашка» (ИНН 7701234567, КПП 770101001) and «ТСЖ Лесное» (ИНН
   * 5003012345, КПП 500301001), each with about 150 bank receipts on the month's working days: mostly residents'
   * payments with e-mail, some with a phone only or no contact, a few unposted or marked for deletion, the odd
   * zero amount, a few other operation kinds. Deterministic for a given month, whatever today's date; replaces an
   * earlier {@link #demoThrough(LocalDate)}.
   *
   * @param month the month
   * @return this
   */
  public OnecSandboxBuilder demo(YearMonth month) {
    this.demo = DemoSpan.month(Objects.requireNonNull(month, "month"));
    return this;
  }

  /**
   * Seeds the demo data of {@link #demo(YearMonth)} for the whole month before {@code today}'s, and for
   * {@code today}'s month through {@code today} the share of a month's documents that its working days so far
   * carry (none on the 1st when it is a weekend). So a period from the first day of the previous month through
   * today, the app's default, always holds a full month with every kind of awkward document, on any date. The
   * previous month's documents are the same as {@code demo(previous month)}'s; the whole is deterministic for a given
   * {@code today}. Replaces an earlier {@link #demo(YearMonth)}.
   *
   * @param today today's date in the simulated server's zone (the system default zone), e.g.
   *     {@code LocalDate.now(clock)}
   * @return this
   */
  public OnecSandboxBuilder demoThrough(LocalDate today) {
    this.demo = DemoSpan.through(Objects.requireNonNull(today, "today"));
    return this;
  }

  /**
   * The status of a successful POST to the register (default 200, as observed; 201 adds a {@code Location}).
   *
   * @param status 200 or 201
   * @return this
   */
  public OnecSandboxBuilder registerPostStatus(int status) {
    if (status != 200 && status != 201) {
      throw new IllegalArgumentException("register POST status must be 200 or 201: " + status);
    }
    this.registerPostStatus = status;
    return this;
  }

  /**
   * Whether {@code /$count} answers start with a UTF-8 BOM, as 1C's do (default true).
   *
   * @param withBom true to send the BOM
   * @return this
   */
  public OnecSandboxBuilder countBom(boolean withBom) {
    this.countBom = withBom;
    return this;
  }

  /**
   * Starts the sandbox.
   *
   * @return the running sandbox
   * @throws java.io.UncheckedIOException when the port cannot be bound
   */
  public OnecSandbox start() {
    return new OnecSandbox(new OnecSettings(port, user, password, basePath, receiptProperties, demo,
        registerPostStatus, countBom, ZoneId.systemDefault()));
  }
}
