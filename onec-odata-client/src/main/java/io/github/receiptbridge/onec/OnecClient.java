package io.github.receiptbridge.onec;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.receiptbridge.common.ClientBuilder;
import io.github.receiptbridge.common.TransportConfig;
import io.github.receiptbridge.common.internal.BuilderChecks;
import io.github.receiptbridge.common.internal.HttpClients;
import io.github.receiptbridge.common.internal.Settings;
import io.github.receiptbridge.onec.errors.OnecEntitySetNotPublishedException;
import io.github.receiptbridge.onec.internal.AdditionalInfoWriter;
import io.github.receiptbridge.onec.internal.BulkReader;
import io.github.receiptbridge.onec.internal.BasicAuth;
import io.github.receiptbridge.onec.internal.EntityReader;
import io.github.receiptbridge.onec.internal.ModelQueries;
import io.github.receiptbridge.onec.internal.ODataHttp;
import io.github.receiptbridge.onec.internal.ODataNames;
import io.github.receiptbridge.onec.internal.ODataUrls;
import io.github.receiptbridge.onec.internal.PagedReader;
import io.github.receiptbridge.onec.internal.SetupChecker;
import io.github.receiptbridge.onec.model.AdditionalInfoRecord;
import io.github.receiptbridge.onec.model.AdditionalProperty;
import io.github.receiptbridge.onec.model.AdditionalValue;
import io.github.receiptbridge.onec.model.BankReceipt;
import io.github.receiptbridge.onec.model.BankWithdrawal;
import io.github.receiptbridge.onec.model.Organization;
import io.github.receiptbridge.onec.model.PayerContacts;
import io.github.receiptbridge.onec.model.PayerRef;
import io.github.receiptbridge.onec.query.ODataQuery;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client of the 1C standard OData interface ({@code <infobase>/odata/standard.odata/}) for the objects of
 * 1C:Бухгалтерия предприятия 3.0 that receipt registration needs. Thread-safe: build one and share it.
 *
 * <pre>{@code
 * try (OnecClient onec = OnecClient.fromEnv()) {
 *   Organization org = onec.findOrganizations("7701234567").get(0);
 *   try (Stream<BankReceipt> receipts = onec.bankReceipts(org.key(), LocalDate.of(2026, 11, 1),
 *       LocalDate.of(2026, 11, 30))) {
 *     receipts.forEach(r -> System.out.println(r.number() + " " + r.amount()));
 *   }
 * }
 * }</pre>
 *
 * <p>Every request asks for {@code $format=json}; names are percent-encoded UTF-8 with {@code %20} for spaces; reads
 * and PATCHes are repeated after transport failures and 5xx answers (waiting a server's {@code Retry-After}), POSTs
 * are not. Documents stream in pages, so a period of any size never sits in memory at once.
 *
 * @since 0.1.0
 */
public final class OnecClient implements AutoCloseable {
  /** The SLF4J logger of the HTTP lines written when {@code httpLogging(true)}. */
  public static final String HTTP_LOGGER = "io.github.receiptbridge.onec.http";

  private static final Logger LOG = LoggerFactory.getLogger(OnecClient.class);

  private final OnecClientConfig config;
  private final OkHttpClient httpClient;
  private final ODataHttp http;
  private final EntityReader reader;
  private final BulkReader bulk;
  private final AdditionalInfoWriter writer;

  OnecClient(OnecClientConfig config) {
    this.config = config;
    HttpUrl serviceRoot = HttpUrl.get(config.serviceRoot());
    this.httpClient = HttpClients.create(config.transport(), HTTP_LOGGER, ODataUrls::decoded,
        new BasicAuth(config.user(), config.password()));
    ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    this.http = new ODataHttp(serviceRoot, httpClient, mapper, config.transport());
    this.reader = new EntityReader(config.serverZone());
    this.bulk = new BulkReader(http, reader, config.maxFilterLength());
    this.writer = new AdditionalInfoWriter(http, serviceRoot, mapper, reader);
  }

  /**
   * A builder with the documented defaults; service root, user and password are required.
   *
   * @return a new builder, to be configured and built on one thread
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client configured from {@code ONEC_ODATA_URL}, {@code ONEC_USER}, {@code ONEC_PASSWORD}, {@code
   * ONEC_TIMEZONE}, {@code ONEC_ALLOW_INSECURE_HTTP} and {@code ONEC_MAX_FILTER_LENGTH}; system properties in
   * lower-dot form ({@code onec.odata.url}) win.
   *
   * @return a client ready for use, which has sent nothing yet; close it when done
   * @throws IllegalStateException naming the missing or wrong settings
   * @throws IllegalArgumentException when {@code ONEC_ODATA_URL} is plain {@code http://} to another host than the
   *     loopback one and {@code ONEC_ALLOW_INSECURE_HTTP} is not {@code true}, or that key is neither {@code true}
   *     nor {@code false}
   */
  public static OnecClient fromEnv() {
    return builder().fromEnv().build();
  }

  /**
   * The configuration (its {@code toString()} hides the password).
   *
   * @return the settled configuration
   */
  public OnecClientConfig config() {
    return config;
  }

  /**
   * Streams any query's entities as JSON, page by page; the escape hatch for objects this client has no model for.
   *
   * @param query the query, with an {@code $orderby}; its own {@code $top} and {@code $skip} are replaced by the paging
   * @return a lazy stream of the entities as 1C sent them, one page in memory at a time; close it or read it to the end
   * @throws IllegalArgumentException when the query has no {@code $orderby}: paging without a stable order can skip
   *     or repeat entities
   */
  public Stream<JsonNode> stream(ODataQuery query) {
    return PagedReader.stream(http, query, config.pageSize(), node -> node);
  }

  /**
   * Every organization of the infobase.
   *
   * @return the organizations ordered by short name; empty when the infobase has none
   */
  public List<Organization> organizations() {
    return list(ModelQueries.organizations(), reader::organization);
  }

  /**
   * The organization with this {@code Ref_Key}, if any.
   *
   * @param key the organization's {@code Ref_Key}
   * @return the organization; empty when no organization has that key
   */
  public Optional<Organization> organization(UUID key) {
    return list(ModelQueries.organization(key), reader::organization).stream().findFirst();
  }

  /**
   * The organizations matching {@code innNameOrKey}: a GUID is a key, 10 or 12 digits an INN, anything else the
   * short or the full name (exact match).
   *
   * @param innNameOrKey a {@code Ref_Key}, an INN, or a short or full name; surrounding spaces are ignored
   * @return the matching organizations ordered by short name; empty when none matches
   */
  public List<Organization> findOrganizations(String innNameOrKey) {
    String value = Objects.requireNonNull(innNameOrKey, "innNameOrKey").trim();
    try {
      return organization(UUID.fromString(value)).map(List::of).orElse(List.of());
    } catch (IllegalArgumentException notAKey) {
      return list(ModelQueries.organizationsMatching(value), reader::organization);
    }
  }

  /**
   * Streams the «Поступление на расчетный счет» documents of an organization dated from {@code from} to {@code to}
   * (both inclusive, server time), ordered by date and number, in pages of {@code pageSize}. Documents marked for
   * deletion and unposted ones are included: the caller decides what to do with them. Close the stream or read it
   * to the end; nothing is held open between pages.
   *
   * @param organizationKey the organization's {@code Ref_Key}
   * @param from the first day of the period
   * @param to the last day of the period, not before {@code from}
   * @return a lazy stream of the documents
   * @throws IllegalArgumentException when {@code to} is before {@code from}
   */
  public Stream<BankReceipt> bankReceipts(UUID organizationKey, LocalDate from, LocalDate to) {
    return PagedReader.stream(http, ModelQueries.bankReceiptPages(organizationKey, from, to), config.pageSize(),
        reader::bankReceipt);
  }

  /**
   * The «Поступление на расчетный счет» document with this {@code Ref_Key}, whatever its date and organization, as
   * {@link #bankReceipts} reads it; empty when 1C does not hold it (deleted for good; one marked for deletion is
   * returned with its mark).
   *
   * @param key the document's {@code Ref_Key}
   * @return the document; empty when 1C does not hold it
   */
  public Optional<BankReceipt> bankReceipt(UUID key) {
    return list(ModelQueries.bankReceipt(key), reader::bankReceipt).stream().findFirst();
  }

  /**
   * How many documents {@link #bankReceipts} would stream, from {@code Document_…/$count}; one cheap request, for
   * progress bars.
   *
   * @param organizationKey the organization's {@code Ref_Key}
   * @param from the first day of the period
   * @param to the last day of the period, not before {@code from}
   * @return the number of documents, those marked for deletion and unposted ones included
   * @throws IllegalArgumentException when {@code to} is before {@code from}
   */
  public long countBankReceipts(UUID organizationKey, LocalDate from, LocalDate to) {
    ODataQuery query = ModelQueries.bankReceipts(organizationKey, from, to);
    return http.count(ODataUrls.count(http.serviceRoot(), query), query.entitySet());
  }

  /**
   * Streams the «Списание с расчетного счета» documents of an organization dated from {@code from} to {@code to}
   * (both inclusive, server time), ordered by date and number, in pages of {@code pageSize}, each with the {@code
   * Сделка} and amount of its {@code РасшифровкаПлатежа} rows. Every operation kind is included, as are documents
   * marked for deletion and unposted ones. Close the stream or read it to the end.
   *
   * @param organizationKey the organization's {@code Ref_Key}
   * @param from the first day of the period
   * @param to the last day of the period, not before {@code from}
   * @return a lazy stream of the documents
   * @throws IllegalArgumentException when {@code to} is before {@code from}
   */
  public Stream<BankWithdrawal> bankWithdrawals(UUID organizationKey, LocalDate from, LocalDate to) {
    return PagedReader.stream(http, ModelQueries.bankWithdrawalPages(organizationKey, from, to, null),
        config.pageSize(), reader::bankWithdrawal);
  }

  /**
   * {@link #bankWithdrawals(UUID, LocalDate, LocalDate)} of one operation kind only, filtered by 1C ({@code
   * ВидОперации eq '…'}), for example {@link BankWithdrawal}{@code .REFUND_TO_PAYER}.
   *
   * @param organizationKey the organization's {@code Ref_Key}
   * @param from the first day of the period
   * @param to the last day of the period, not before {@code from}
   * @param operationKind the {@code ВидОперации} value's name
   * @return a lazy stream of the documents of that kind
   * @throws IllegalArgumentException when {@code to} is before {@code from}
   */
  public Stream<BankWithdrawal> bankWithdrawals(UUID organizationKey, LocalDate from, LocalDate to,
      String operationKind) {
    Objects.requireNonNull(operationKind, "operationKind");
    return PagedReader.stream(http, ModelQueries.bankWithdrawalPages(organizationKey, from, to, operationKind),
        config.pageSize(), reader::bankWithdrawal);
  }

  /**
   * How many documents {@link #bankWithdrawals(UUID, LocalDate, LocalDate, String)} would stream, from {@code
   * Document_…/$count}.
   *
   * @param organizationKey the organization's {@code Ref_Key}
   * @param from the first day of the period
   * @param to the last day of the period, not before {@code from}
   * @param operationKind the {@code ВидОперации} value's name
   * @return the number of documents of that kind, those marked for deletion and unposted ones included
   * @throws IllegalArgumentException when {@code to} is before {@code from}
   */
  public long countBankWithdrawals(UUID organizationKey, LocalDate from, LocalDate to, String operationKind) {
    ODataQuery query = ModelQueries.bankWithdrawals(organizationKey, from, to,
        Objects.requireNonNull(operationKind, "operationKind"));
    return http.count(ODataUrls.count(http.serviceRoot(), query), query.entitySet());
  }

  /**
   * The contacts of each distinct payer, read in chunks per catalog ({@code Catalog_Контрагенты}, {@code
   * Catalog_ФизическиеЛица}): name, INN, legal form ({@code ЮридическоеФизическоеЛицо}) and every e-mail and phone
   * row. Payers of other types are left out, as are payers 1C no longer has.
   *
   * @param payers the payers, repeats allowed
   * @return the contacts by payer; a payer left out, as said above, has no entry
   */
  public Map<PayerRef, PayerContacts> payerContacts(Collection<PayerRef> payers) {
    return bulk.payerContacts(payers);
  }

  /**
   * Additional properties by developer name ({@code Имя}); a property with an empty {@code Имя} is matched by its
   * caption or description instead. Names not found are absent from the map.
   *
   * @param names the developer names, repeats allowed
   * @return the properties by the name asked for; of two candidates, one not marked for deletion wins
   */
  public Map<String, AdditionalProperty> additionalPropertiesByName(Collection<String> names) {
    return bulk.propertiesByName(names);
  }

  /**
   * The additional-info records of many objects at once, restricted to {@code properties}: the objects are matched
   * with {@code Объект eq cast(guid'…','<set>')} (a bare GUID silently matches nothing), in chunks that keep each
   * URL short.
   *
   * @param objectEntitySet the objects' set, for example {@code Document_ПоступлениеНаРасчетныйСчет}
   * @param objectKeys the objects' {@code Ref_Key}s
   * @param properties the {@code Ref_Key}s of the properties to read
   * @return the records found, each object with at most one per property; empty when either collection is empty
   */
  public List<AdditionalInfoRecord> additionalInfo(
      String objectEntitySet, Collection<UUID> objectKeys, Collection<UUID> properties) {
    return bulk.additionalInfo(objectEntitySet, objectKeys, properties);
  }

  /**
   * Creates or updates the value of an additional-info property of an object, then reads it back and checks that
   * 1C stored it. Safe to repeat.
   *
   * @param objectEntitySet the object's set, for example {@code Document_ПоступлениеНаРасчетныйСчет}
   * @param objectKey the object's {@code Ref_Key}
   * @param property the property's {@code Ref_Key}
   * @param value the value to store
   * @return the record as read back from 1C
   * @throws io.github.receiptbridge.onec.errors.OnecWriteVerificationException when 1C stored something else
   */
  public AdditionalInfoRecord upsertAdditionalInfo(
      String objectEntitySet, UUID objectKey, UUID property, AdditionalValue value) {
    return writer.upsert(objectEntitySet, objectKey, property, value);
  }

  /**
   * Updates the value of an additional-info property that probably exists: PATCH first, and a create when 1C has no
   * such record (404). Same guarantees as {@link #upsertAdditionalInfo}, one request fewer for an existing record.
   *
   * @param objectEntitySet the object's set, for example {@code Document_ПоступлениеНаРасчетныйСчет}
   * @param objectKey the object's {@code Ref_Key}
   * @param property the property's {@code Ref_Key}
   * @param value the value to store
   * @return the record as read back from 1C
   */
  public AdditionalInfoRecord updateAdditionalInfo(
      String objectEntitySet, UUID objectKey, UUID property, AdditionalValue value) {
    return writer.upsert(objectEntitySet, objectKey, property, value,
        AdditionalInfoWriter.Expectation.EXISTING_RECORD);
  }

  /**
   * The additional information a document or catalog type has: the {@code Свойство_Key} of each row of the
   * tabular part {@code ДополнительныеСведения} of the predefined item {@code predefinedName} (for example {@code
   * Документ_ПоступлениеНаРасчетныйСчет}) of {@code Catalog_НаборыДополнительныхРеквизитовИСведений} (that shape
   * follows 1C's OData naming rules but is UNCONFIRMED on a live base). Empty when the catalog is not in the OData
   * composition or has no such item.
   *
   * @param predefinedName the item's {@code PredefinedDataName}, such as {@code Документ_ПоступлениеНаРасчетныйСчет}
   * @return the {@code Свойство_Key}s of the set, possibly none; empty when the set cannot be read
   */
  public Optional<Set<UUID>> propertySetMembers(String predefinedName) {
    List<JsonNode> items;
    try {
      items = http.getValues(ModelQueries.propertySet(Objects.requireNonNull(predefinedName, "predefinedName")));
    } catch (OnecEntitySetNotPublishedException notPublished) {
      return Optional.empty();
    }
    return items.stream().filter(item -> predefinedName.equals(item.path(ODataNames.PREDEFINED_NAME).asText()))
        .findFirst().map(EntityReader::propertySetMembers);
  }

  /**
   * The names of the entity sets in the OData composition (the service document).
   *
   * @return the entity-set names, such as {@code Catalog_Организации}
   */
  public Set<String> publishedEntitySets() {
    return SetupChecker.publishedEntitySets(http);
  }

  /**
   * Checks that the entity sets and properties an application needs exist, and says in plain words what is missing
   * and how to add it. Sends only reads.
   *
   * @param requirements what the application needs
   * @return the missing pieces, with a sentence per problem saying what to do
   */
  public SetupReport checkSetup(SetupRequirements requirements) {
    return SetupChecker.check(requirements, this::publishedEntitySets, this::additionalPropertiesByName);
  }

  /** Releases connections and threads, unless the OkHttpClient was shared through the builder. */
  @Override
  public void close() {
    HttpClients.release(config.transport(), httpClient);
  }

  @Override
  public String toString() {
    return "OnecClient{" + config + "}";
  }

  private <T> List<T> list(ODataQuery query, Function<JsonNode, T> read) {
    return http.getValues(query).stream().map(read).toList();
  }

  /**
   * Configures an {@link OnecClient}. Defaults: connect timeout 10 s, read and write timeouts 60 s (a cold 1C can
   * take 30 s), call timeout 120 s, 2 retries with backoff from 1 s up to 10 s, 500 documents per page, filters of
   * at most 2000 encoded characters, no HTTP logging, the JVM's time zone with a warning, plain {@code http://} only
   * to the loopback host (see {@link #allowInsecureHttp(boolean)}).
   */
  public static final class Builder extends ClientBuilder<Builder> {
    private final TransportConfig.Builder transport;
    private @Nullable String serviceRoot;
    private @Nullable String user;
    private @Nullable String password;
    private @Nullable ZoneId serverZone;
    private int pageSize = 500;
    private int maxFilterLength = 2000;

    private Builder() {
      this(TransportConfig.builder().connectTimeout(Duration.ofSeconds(10)).readTimeout(Duration.ofSeconds(60))
          .writeTimeout(Duration.ofSeconds(60)).callTimeout(Duration.ofSeconds(120)).retryInitialDelay(Duration.ofSeconds(1))
          .retryMaxDelay(Duration.ofSeconds(10)));
    }

    private Builder(TransportConfig.Builder transport) {
      super(transport);
      this.transport = transport;
    }

    /**
     * The OData service root ({@code https://host/base/odata/standard.odata/}) or the infobase URL ({@code
     * https://host/base}), to which {@code odata/standard.odata/} is added. Plain {@code http://} is refused by
     * {@link #build()} unless the host is the loopback one or {@link #allowInsecureHttp(boolean)} is on: every
     * request carries the password. Setting: {@code ONEC_ODATA_URL}.
     *
     * @param url the service root or the infobase URL; trailing slashes are ignored
     * @return this builder
     */
    public Builder serviceRoot(String url) {
      String trimmed = Objects.requireNonNull(url, "url").trim();
      while (trimmed.endsWith("/")) {
        trimmed = trimmed.substring(0, trimmed.length() - 1);
      }
      this.serviceRoot = trimmed.endsWith("/odata/standard.odata") ? trimmed + "/" : trimmed + "/odata/standard.odata/";
      return this;
    }

    /**
     * The 1C user; Cyrillic names work (sent as UTF-8). Setting: {@code ONEC_USER}.
     *
     * @param user the user name; required, not empty
     * @return this builder
     */
    public Builder user(String user) {
      this.user = Objects.requireNonNull(user, "user");
      return this;
    }

    /**
     * The user's password. Setting: {@code ONEC_PASSWORD}.
     *
     * @param password the password, sent in every request's HTTP Basic header; required
     * @return this builder
     */
    public Builder password(String password) {
      this.password = Objects.requireNonNull(password, "password");
      return this;
    }

    /**
     * The 1C server's time zone, for example {@code Europe/Moscow}: 1C dates carry none, and a wrong zone shifts
     * every date silently. Setting: {@code ONEC_TIMEZONE}. Default: the JVM's zone, with a warning.
     *
     * @param zone the zone of the 1C server's clock
     * @return this builder
     */
    public Builder serverZone(ZoneId zone) {
      this.serverZone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /**
     * Documents per page ({@code $top}); default 500.
     *
     * @param pageSize entities per request, 1 to 10000
     * @return this builder
     */
    public Builder pageSize(int pageSize) {
      this.pageSize = pageSize;
      return this;
    }

    /**
     * Longest encoded {@code $filter} of a bulk read; default 2000 characters, which IIS accepts with its default
     * limits. A web server that takes longer URLs (Apache's default is 8 KB) can be given more, so that fewer requests
     * read the saved states of a period: a document's clause is about 270 characters. Setting: {@code
     * ONEC_MAX_FILTER_LENGTH}.
     *
     * @param maxFilterLength the limit in characters, at least 300
     * @return this builder
     */
    public Builder maxFilterLength(int maxFilterLength) {
      this.maxFilterLength = maxFilterLength;
      return this;
    }

    /**
     * Takes {@code ONEC_ODATA_URL}, {@code ONEC_USER}, {@code ONEC_PASSWORD}, {@code ONEC_TIMEZONE}, {@code
     * ONEC_ALLOW_INSECURE_HTTP} ({@code true} or {@code false}, see {@link #allowInsecureHttp(boolean)}) and {@code
     * ONEC_MAX_FILTER_LENGTH} (see {@link #maxFilterLength(int)}) when set.
     *
     * @return this builder
     * @throws IllegalStateException when {@code ONEC_TIMEZONE} is not a time-zone id, or {@code
     *     ONEC_MAX_FILTER_LENGTH} not a number
     * @throws IllegalArgumentException when {@code ONEC_ALLOW_INSECURE_HTTP} is neither {@code true} nor {@code
     *     false}
     */
    public Builder fromEnv() {
      return fromSources(System::getProperty, System::getenv);
    }

    /**
     * Takes the settings {@link #fromEnv()} reads from {@code settings} instead, keyed by the environment-variable
     * names ({@code ONEC_ODATA_URL}, ...), for example a sandbox's; blank values and absent keys are not set.
     *
     * @param settings the settings by environment-variable name
     * @return this builder
     * @throws IllegalStateException when {@code ONEC_TIMEZONE} is not a time-zone id, or {@code
     *     ONEC_MAX_FILTER_LENGTH} not a number
     * @throws IllegalArgumentException when {@code ONEC_ALLOW_INSECURE_HTTP} is neither {@code true} nor {@code
     *     false}
     */
    public Builder fromSettings(Map<String, String> settings) {
      return fromSources(key -> null, settings::get);
    }

    /** The settings of {@link #fromEnv()} from system properties (lower-dot keys), which win, and the environment. */
    Builder fromSources(
        Function<String, @Nullable String> properties, Function<String, @Nullable String> environment) {
      Settings settings = new Settings(properties, environment);
      settings.get("ONEC_ODATA_URL").ifPresent(this::serviceRoot);
      settings.get("ONEC_USER").ifPresent(this::user);
      settings.get("ONEC_PASSWORD").ifPresent(this::password);
      settings.get("ONEC_TIMEZONE").ifPresent(zone -> {
        try {
          serverZone(ZoneId.of(zone.trim()));
        } catch (DateTimeException e) {
          throw new IllegalStateException(
              "ONEC_TIMEZONE must be a time-zone id such as Europe/Moscow, was '" + zone + "'", e);
        }
      });
      settings.flag("ONEC_ALLOW_INSECURE_HTTP").ifPresent(this::allowInsecureHttp);
      settings.get("ONEC_MAX_FILTER_LENGTH").ifPresent(length -> {
        try {
          maxFilterLength(Integer.parseInt(length.trim()));
        } catch (NumberFormatException e) {
          throw new IllegalStateException(
              "ONEC_MAX_FILTER_LENGTH must be a number of characters, at least 300, was '" + length + "'", e);
        }
      });
      return this;
    }

    /**
     * A client with this configuration; nothing is sent yet.
     *
     * @return a new client, which the caller closes when done
     * @throws IllegalStateException naming every missing or wrong setting
     * @throws IllegalArgumentException when the service root is plain {@code http://} to another host than the
     *     loopback one and {@link #allowInsecureHttp(boolean)} is off: the password would travel unencrypted
     */
    public OnecClient build() {
      BuilderChecks.of("OnecClient")
          .required("serviceRoot (ONEC_ODATA_URL)", serviceRoot != null)
          .required("user (ONEC_USER)", user != null && !user.isEmpty())
          .required("password (ONEC_PASSWORD)", password != null)
          .check();
      String root = Objects.requireNonNull(serviceRoot);
      TransportConfig transportConfig = transport.build();
      BuilderChecks.checkedUrl(root, "ONEC_ODATA_URL", transportConfig.allowInsecureHttp(), "the 1C user's password",
          "ONEC_ALLOW_INSECURE_HTTP");
      ZoneId zone = serverZone;
      if (zone == null) {
        zone = ZoneId.systemDefault();
        LOG.warn("ONEC_TIMEZONE is not set: reading 1C dates in the JVM's zone {}. Set the 1C server's zone "
            + "(for example Europe/Moscow) to avoid shifted dates.", zone);
      }
      OnecClientConfig config = OnecClientConfig.builder()
          .serviceRoot(root)
          .user(Objects.requireNonNull(user))
          .password(Objects.requireNonNull(password))
          .serverZone(zone)
          .pageSize(pageSize)
          .maxFilterLength(maxFilterLength)
          .transport(transportConfig)
          .build();
      return new OnecClient(config);
    }

    @Override
    public String toString() {
      return "OnecClient.Builder{serviceRoot=" + serviceRoot + ", user=" + user + ", password=****}";
    }
  }
}
