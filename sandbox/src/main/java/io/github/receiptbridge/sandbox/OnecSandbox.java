package io.github.receiptbridge.sandbox;

import io.github.receiptbridge.sandbox.onec.OnecCommandLine;
import io.github.receiptbridge.sandbox.onec.OnecEngine;
import io.github.receiptbridge.sandbox.onec.OnecLauncher;
import io.github.receiptbridge.sandbox.onec.OnecSettings;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;

/**
 * A faithful local simulator of the 1C:Enterprise 8.3 standard OData interface
 * ({@code <infobase>/odata/standard.odata/}) for the objects of 1C:Бухгалтерия предприятия 3.0 that receipt
 * registration uses: {@code Catalog_Организации}, {@code Catalog_Контрагенты}, {@code Catalog_ФизическиеЛица},
 * {@code Document_ПоступлениеНаРасчетныйСчет} (with its {@code РасшифровкаПлатежа} row set),
 * {@code ChartOfCharacteristicTypes_ДополнительныеРеквизитыИСведения} and
 * {@code InformationRegister_ДополнительныеСведения}, on 127.0.0.1. It shares no code with the SDK: every answer
 * is built here with Jackson generators.
 *
 * <pre>{@code
 * try (OnecSandbox sandbox = OnecSandbox.builder().demo(YearMonth.of(2024, 3)).start()) {
 *   String root = sandbox.serviceRoot();   // http://127.0.0.1:<port>/acc/odata/standard.odata/
 *   // GET root + "Catalog_Организации?$format=json" with Basic Администратор:пароль ...
 * }
 * }</pre>
 *
 * <p>What it reproduces: HTTP Basic with UTF-8 credentials (401 otherwise); Atom XML without {@code $format},
 * JSON at three metadata levels; the collection and {@code /@Element} envelopes; properties in 1C order with 1C's
 * value forms (dates without zone, Double without {@code .0}, Int64 as strings, composite {@code X} +
 * {@code X_Type}, padded fixed-length strings, navigation links last); a real {@code $filter} parser with 1C's
 * comparison semantics (a composite matches {@code cast(guid'…','X')}, never a bare {@code guid'…'}); {@code $select}
 * with {@code *}, {@code **}, {@code TP/column} and presentations; {@code $orderby}, {@code $top}/{@code $skip},
 * {@code $inlinecount}, {@code /$count}; the error codes 1, 4, 6, 7, 8, 9, 13, 14, 15, 19 and -1; writes with
 * 1C's lax validation; register records keyed by {@code Объект}/{@code Объект_Type}/{@code Свойство_Key};
 * Post/Unpost; {@code $metadata}; the service document; {@code $batch} refused; a composition switch.
 *
 * <p>All methods are thread-safe. Arguments and results are non-null unless documented otherwise.
 */
public final class OnecSandbox implements AutoCloseable {
  private final OnecEngine engine;
  private final OnecBehavior behavior;
  private final OnecData data;

  private OnecSandbox(OnecSettings settings) {
    this.engine = new OnecEngine(settings);
    this.behavior = new OnecBehavior(engine.knobs());
    this.data = new OnecData(engine);
  }

  /**
   * A builder with the defaults of {@link #start()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a sandbox on any free port with user {@code Администратор}, password {@code пароль}, base path
   * {@code acc}, the three {@code СчетМаш_} properties present and no documents.
   *
   * @return the running sandbox
   */
  public static OnecSandbox start() {
    return builder().start();
  }

  /**
   * The OData service root, with a trailing slash.
   *
   * @return {@code http://127.0.0.1:<port>/acc/odata/standard.odata/}
   */
  public String serviceRoot() {
    return engine.serviceRoot();
  }

  /**
   * The infobase URL, as the web client uses it.
   *
   * @return {@code http://127.0.0.1:<port>/acc}
   */
  public String infobaseUrl() {
    return engine.infobaseUrl();
  }

  /**
   * The bound port.
   *
   * @return the port on 127.0.0.1
   */
  public int port() {
    return engine.port();
  }

  /**
   * The infobase user.
   *
   * @return the user name HTTP Basic accepts
   */
  public String user() {
    return engine.settings().user();
  }

  /**
   * The user's current password.
   *
   * @return the password HTTP Basic accepts now: the configured one, or the last one set by
   *         {@link #changePassword(String)}
   */
  public String password() {
    return engine.password();
  }

  /**
   * Changes the user's password, as an administrator would: from the next request on the old password gets the
   * usual 401 answer and only {@code newPassword} is accepted. Requests in progress are not affected.
   *
   * @param newPassword the new password; may be empty
   */
  public void changePassword(String newPassword) {
    engine.changePassword(Objects.requireNonNull(newPassword, "newPassword"));
  }

  /**
   * Live fault-injection knobs.
   *
   * @return the behaviour of this sandbox
   */
  public OnecBehavior behavior() {
    return behavior;
  }

  /**
   * Seeding and inspection of the infobase.
   *
   * @return the data of this sandbox
   */
  public OnecData data() {
    return data;
  }

  /**
   * The last requests received (at most 10,000), oldest first, as decoded lines such as
   * {@code GET /acc/odata/standard.odata/Catalog_Организации?$format=json&$select=Ref_Key}.
   *
   * @return a copy of the log
   */
  public List<String> requestLog() {
    return engine.log().lines();
  }

  /**
   * HTTP requests received so far, including rejected and failed ones.
   *
   * @return the count
   */
  public int requestCount() {
    return engine.requestCount();
  }

  /**
   * Removes an entity set from the OData composition, as {@code УстановитьСоставСтандартногоИнтерфейсаOData}
   * does: it disappears from the service document and {@code $metadata}, requests to it get 404, and references
   * to its objects are typed {@code UnavailableEntities.UnavailableEntity_<id>}.
   *
   * @param entitySet a simulated set, for example {@code InformationRegister_ДополнительныеСведения}
   * @throws IllegalArgumentException for a set the sandbox does not simulate
   */
  public void unpublish(String entitySet) {
    engine.infobase().composition().unpublish(Objects.requireNonNull(entitySet, "entitySet"));
  }

  /**
   * Puts an entity set back into the composition.
   *
   * @param entitySet a simulated set
   * @throws IllegalArgumentException for a set the sandbox does not simulate
   */
  public void publish(String entitySet) {
    engine.infobase().composition().publish(Objects.requireNonNull(entitySet, "entitySet"));
  }

  /** Stops the server. */
  @Override
  public void close() {
    engine.close();
  }

  /**
   * Runs a sandbox until the process is killed. Options: {@code --port N} (0 = any), {@code --user U},
   * {@code --password P} (Cyrillic allowed), {@code --base-path B}, {@code --demo} (seed the current month),
   * {@code --help}. Prints the service root and the credentials.
   *
   * @param args command line
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    OnecCommandLine options;
    try {
      options = OnecCommandLine.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(OnecCommandLine.USAGE);
      System.exit(2);
      return;
    }
    if (options.help()) {
      out.println(OnecCommandLine.USAGE);
      return;
    }
    OnecSandbox sandbox = OnecLauncher.launch(options, out);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      sandbox.close();
      stopped.countDown();
    }, "onec-sandbox-shutdown"));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Configures and starts an {@link OnecSandbox}. Not thread-safe; use from one thread. */
  public static final class Builder {
    private int port;
    private String user = OnecCommandLine.DEFAULT_USER;
    private String password = OnecCommandLine.DEFAULT_PASSWORD;
    private String basePath = OnecCommandLine.DEFAULT_BASE_PATH;
    private boolean receiptProperties = true;
    private YearMonth demoMonth;
    private int registerPostStatus = 200;
    private boolean countBom = true;

    private Builder() {
    }

    /**
     * The port on 127.0.0.1 (default 0: any free port).
     *
     * @param port 0 to 65535
     * @return this
     */
    public Builder port(int port) {
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
    public Builder user(String user) {
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
    public Builder password(String password) {
      this.password = Objects.requireNonNull(password, "password");
      return this;
    }

    /**
     * The publication's path (default {@code acc}): the service root is {@code /<basePath>/odata/standard.odata/}.
     *
     * @param basePath one or more path segments, without surrounding slashes
     * @return this
     */
    public Builder basePath(String basePath) {
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
    public Builder withoutReceiptProperties() {
      this.receiptProperties = false;
      return this;
    }

    /**
     * Seeds a realistic demo month: «УК Ромашка» (ИНН 7701234567, КПП 770101001) and «ТСЖ Лесное» (ИНН
     * 5003012345, КПП 500301001), each with about 150 bank receipts on the month's working days: mostly residents'
     * payments with e-mail, some with a phone only or no contact, a few unposted or marked for deletion, the odd
     * zero amount, a few other operation kinds. Deterministic for a given month.
     *
     * @param month the month
     * @return this
     */
    public Builder demo(YearMonth month) {
      this.demoMonth = Objects.requireNonNull(month, "month");
      return this;
    }

    /**
     * The status of a successful POST to the register (default 200, as observed; 201 adds a {@code Location}).
     *
     * @param status 200 or 201
     * @return this
     */
    public Builder registerPostStatus(int status) {
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
    public Builder countBom(boolean withBom) {
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
      return new OnecSandbox(new OnecSettings(port, user, password, basePath, receiptProperties, demoMonth,
          registerPostStatus, countBom));
    }
  }
}
