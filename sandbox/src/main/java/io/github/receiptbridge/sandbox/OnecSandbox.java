package io.github.receiptbridge.sandbox;

import io.github.receiptbridge.sandbox.internal.onec.OnecCommandLine;
import io.github.receiptbridge.sandbox.internal.onec.OnecEngine;
import io.github.receiptbridge.sandbox.internal.onec.OnecLauncher;
import io.github.receiptbridge.sandbox.internal.onec.OnecSettings;
import io.github.receiptbridge.sandbox.internal.server.SimulatorMain;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
 *
 * @since 0.1.0
 */
public final class OnecSandbox implements AutoCloseable {
  private final OnecBehavior behavior = new OnecBehavior();
  private final OnecEngine engine;
  private final OnecData data;

  OnecSandbox(OnecSettings settings) {
    this.engine = new OnecEngine(settings, behavior.faults());
    this.data = new OnecData(engine);
  }

  /**
   * A builder with the defaults of {@link #start()}.
   *
   * @return a new builder
   */
  public static OnecSandboxBuilder builder() {
    return new OnecSandboxBuilder();
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
   * The zone of the simulated 1C server: the local date-times it stamps (a new document's date, the seeded
   * data's) are this zone's wall-clock time. It is the JVM's default zone when the sandbox started.
   *
   * @return the zone id
   */
  public ZoneId zone() {
    return engine.settings().zone();
  }

  /**
   * The settings a client needs to talk to this simulator, under the client's own setting names, in this order:
   * {@code ONEC_ODATA_URL} ({@link #serviceRoot()}), {@code ONEC_USER}, {@code ONEC_PASSWORD} (the current one) and
   * {@code ONEC_TIMEZONE} ({@link #zone()}).
   *
   * @return an unmodifiable, ordered map
   */
  public Map<String, String> clientSettings() {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("ONEC_ODATA_URL", serviceRoot());
    settings.put("ONEC_USER", user());
    settings.put("ONEC_PASSWORD", password());
    settings.put("ONEC_TIMEZONE", zone().getId());
    return Collections.unmodifiableMap(settings);
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
    return engine.requestLog();
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
   * {@code --password P} (Cyrillic allowed), {@code --base-path B}, {@code --demo} (seed the previous month and the current one through today),
   * {@code --help}. Prints the service root and the credentials.
   *
   * @param args command line
   */
  public static void main(String[] args) {
    SimulatorMain.run(args, OnecCommandLine::parse, OnecCommandLine.USAGE, OnecLauncher::launch,
        "onec-sandbox-shutdown");
  }
}
