package io.github.receiptbridge.schetmash;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.receiptbridge.common.CallCancelledException;
import io.github.receiptbridge.common.ClientBuilder;
import io.github.receiptbridge.common.TransportConfig;
import io.github.receiptbridge.common.internal.BuilderChecks;
import io.github.receiptbridge.common.internal.HttpClients;
import io.github.receiptbridge.common.internal.Settings;
import io.github.receiptbridge.schetmash.errors.SchetmashException;
import io.github.receiptbridge.schetmash.errors.SchetmashOutcomeUnknownException;
import io.github.receiptbridge.schetmash.internal.Answer;
import io.github.receiptbridge.schetmash.internal.ObjectMappers;
import io.github.receiptbridge.schetmash.internal.ReceiptValidator;
import io.github.receiptbridge.schetmash.internal.Redaction;
import io.github.receiptbridge.schetmash.internal.ResponseDecoder;
import io.github.receiptbridge.schetmash.internal.SchetmashApi;
import io.github.receiptbridge.schetmash.internal.SchetmashHttp;
import io.github.receiptbridge.schetmash.internal.TokenRequest;
import io.github.receiptbridge.schetmash.internal.TokenStore;
import io.github.receiptbridge.schetmash.model.CorrectionRequest;
import io.github.receiptbridge.schetmash.model.Operation;
import io.github.receiptbridge.schetmash.model.ReceiptReport;
import io.github.receiptbridge.schetmash.model.ReceiptRequest;
import io.github.receiptbridge.schetmash.model.RegistrationResult;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/**
 * The client of the «Счетмаш Онлайн» receipt API v1. Thread-safe: build one per set of credentials and share it.
 *
 * <pre>{@code
 * try (SchetmashClient client = SchetmashClient.fromEnv()) {
 *   RegistrationResult result = client.register(Operation.SELL, request);
 *   ReceiptReport report = client.report(result.id());
 * }
 * }</pre>
 *
 * <p>What it does for you:
 *
 * <ul>
 *   <li>Checks every receipt with the service's own rules before sending ({@link
 *       io.github.receiptbridge.schetmash.errors.SchetmashInvalidReceiptException}, nothing sent).
 *   <li>Gets the token lazily, shares it between threads, and when the service calls it invalid (code 4) fetches a
 *       new one once and repeats the call once.
 *   <li>Repeats a call after a transport failure or a 5xx/408/429 answer with exponential backoff and jitter, always
 *       with the same body, so a registration keeps its {@code external_id} and the service returns the first
 *       receipt's id instead of making a second one. When the outcome of a registration is still unknown it throws
 *       {@link SchetmashOutcomeUnknownException}.
 *   <li>Never writes the password or the token to a log line, an exception message or a {@code toString()}.
 * </ul>
 *
 * @since 0.1.0
 */
public final class SchetmashClient implements AutoCloseable {
  /** The SLF4J logger of the HTTP lines written when {@code httpLogging(true)}. */
  public static final String HTTP_LOGGER = "io.github.receiptbridge.schetmash.http";

  private final SchetmashClientConfig config;
  private final OkHttpClient httpClient;
  private final SchetmashApi api;
  private final SchetmashHttp http;
  private final TokenStore tokens;
  private final ObjectMapper mapper;

  SchetmashClient(SchetmashClientConfig config) {
    this.config = config;
    this.httpClient = HttpClients.create(config.transport(), HTTP_LOGGER, Redaction::pathAndQuery);
    this.mapper = ObjectMappers.create();
    this.api = new Retrofit.Builder()
        .baseUrl(config.baseUrl())
        .client(httpClient)
        .addConverterFactory(JacksonConverterFactory.create(mapper))
        .build()
        .create(SchetmashApi.class);
    this.http = new SchetmashHttp(httpClient, mapper, config.transport());
    this.tokens = new TokenStore(this::fetchToken);
  }

  /**
   * A builder with the documented defaults; {@code login}, {@code password} and {@code shopId} are required.
   *
   * @return a new builder, to be configured and built on one thread
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client configured from {@code SCHETMASH_URL}, {@code SCHETMASH_LOGIN}, {@code SCHETMASH_PASSWORD}, {@code
   * SCHETMASH_SHOP_ID} and {@code SCHETMASH_ALLOW_INSECURE_HTTP}; system properties of the same names in lower-dot
   * form ({@code schetmash.login}) win.
   *
   * @return a client ready for use, which has sent nothing yet (the token is fetched on the first call); close it when
   *     done
   * @throws IllegalStateException naming the missing settings
   * @throws IllegalArgumentException when {@code SCHETMASH_URL} is plain {@code http://} to another host than the
   *     loopback one and {@code SCHETMASH_ALLOW_INSECURE_HTTP} is not {@code true}, or that key is neither {@code
   *     true} nor {@code false}
   */
  public static SchetmashClient fromEnv() {
    return builder().fromEnv().build();
  }

  /**
   * The configuration this client was built with (its {@code toString()} hides the password).
   *
   * @return the settled configuration
   */
  public SchetmashClientConfig config() {
    return config;
  }

  /**
   * Registers a receipt ({@code sell}, {@code sell_refund}, {@code buy} or {@code buy_refund}).
   *
   * <p>Repeating a registration with the same {@code external_id} is safe: the service answers with the first
   * receipt's id and stores nothing new.
   *
   * @param operation {@link Operation#SELL}, {@link Operation#SELL_REFUND}, {@link Operation#BUY} or {@link
   *     Operation#BUY_REFUND}
   * @param request the receipt; one without a timestamp is stamped with the client's clock
   * @return the receipt's id, to ask {@link #report(long)} with, and the status {@code accept}
   * @throws io.github.receiptbridge.schetmash.errors.SchetmashInvalidReceiptException when the receipt breaks a
   *     rule (then nothing was stored)
   * @throws SchetmashOutcomeUnknownException when no usable answer came back; repeat with the same
   *     {@code external_id}
   * @throws CallCancelledException when the calling thread was interrupted: whether the receipt was stored is
   *     unknown; repeat with the same {@code external_id}
   * @throws SchetmashException for every other failure, typed by the API code
   * @throws IllegalArgumentException when {@code operation} is a correction: call {@link #registerCorrection} for it
   */
  public RegistrationResult register(Operation operation, ReceiptRequest request) {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(request, "request");
    if (operation.isCorrection()) {
      throw new IllegalArgumentException(operation + " takes a CorrectionRequest: call registerCorrection");
    }
    ReceiptValidator.validate(request);
    ReceiptRequest stamped = request.timestamp().isPresent() ? request : request.withTimestamp(now());
    return register(operation, stamped.externalId(), stamped);
  }

  /**
   * Checks a receipt with the service's own rules, order and texts, without sending anything.
   *
   * @param request the receipt to check
   * @throws io.github.receiptbridge.schetmash.errors.SchetmashInvalidReceiptException for the first broken rule
   */
  public void validate(ReceiptRequest request) {
    ReceiptValidator.validate(Objects.requireNonNull(request, "request"));
  }

  /**
   * The exact JSON body {@link #register} would send for {@code request} (stamped with the clock if needed).
   *
   * @param request the receipt
   * @return the body as JSON text, with the timestamp {@link #register} would add when {@code request} has none
   */
  public String toWireJson(ReceiptRequest request) {
    ReceiptRequest stamped = request.timestamp().isPresent() ? request : request.withTimestamp(now());
    try {
      return mapper.writeValueAsString(stamped);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("The request cannot be written as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Registers a correction receipt ({@code sell_correction} or {@code buy_correction}). Same guarantees as {@link
   * #register(Operation, ReceiptRequest)}.
   *
   * @param operation {@link Operation#SELL_CORRECTION} or {@link Operation#BUY_CORRECTION}
   * @param request the correction; one without a timestamp is stamped with the client's clock
   * @return the receipt's id, to ask {@link #report(long)} with, and the status {@code accept}
   * @throws IllegalArgumentException when {@code operation} is not a correction: call {@link #register} for it
   */
  public RegistrationResult registerCorrection(Operation operation, CorrectionRequest request) {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(request, "request");
    if (!operation.isCorrection()) {
      throw new IllegalArgumentException(operation + " takes a ReceiptRequest: call register");
    }
    ReceiptValidator.validate(request);
    CorrectionRequest stamped = request.timestamp().isPresent() ? request : request.withTimestamp(now());
    return register(operation, stamped.externalId(), stamped);
  }

  /**
   * The state of a receipt by the id the registration returned.
   *
   * @param receiptId the id from {@link RegistrationResult#id()}
   * @return the status, with the fiscal data once it is {@code success} and the error text when it is {@code error}
   * @throws io.github.receiptbridge.schetmash.errors.SchetmashReceiptNotFoundException when no receipt has this id
   */
  public ReceiptReport report(long receiptId) {
    return ResponseDecoder.report(withToken(token -> api.report(config.shopId(), receiptId, token)));
  }

  /**
   * The state of a receipt by its {@code external_id}, for diagnostics only. The service searches every shop of the
   * whole service, not this client's shop and not only the account's, and when several shops hold the {@code
   * external_id} it answers with any of them: a test shop, or another company's. So never use it to decide that a
   * payment is fiscalized. To settle a registration whose outcome is unknown, repeat {@link #register} with the same
   * body: the service answers a known (shop, {@code external_id}) with the stored receipt's id and stores nothing new.
   *
   * @param externalId the {@code external_id} the receipt was registered with; not empty
   * @return the status of some receipt of the whole service with that {@code external_id}, possibly another shop's
   * @throws io.github.receiptbridge.schetmash.errors.SchetmashReceiptNotFoundException when no receipt has it
   * @throws IllegalArgumentException when {@code externalId} is empty
   */
  public ReceiptReport reportByExternalId(String externalId) {
    Objects.requireNonNull(externalId, "externalId");
    if (externalId.isEmpty()) {
      throw new IllegalArgumentException("externalId must not be empty");
    }
    return ResponseDecoder.report(
        withToken(token -> api.reportByExternalId(config.shopId(), token, externalId)));
  }

  /** Releases the connections and threads of the HTTP client, unless it was shared through the builder. */
  @Override
  public void close() {
    HttpClients.release(config.transport(), httpClient);
  }

  @Override
  public String toString() {
    return "SchetmashClient{" + config + "}";
  }

  private RegistrationResult register(Operation operation, String externalId, Object body) {
    // Only a failure of the registration request itself can leave the receipt's fate open: getting a token sends
    // no receipt, so its failures stay what they are (a refused connection there is safe to repeat).
    try {
      return ResponseDecoder.registration(withToken(
          token -> api.register(config.shopId(), operation.wireValue(), token, body),
          failure -> http.isUnknownOutcome(failure) ? new SchetmashOutcomeUnknownException(externalId, failure)
              : failure));
    } catch (CallCancelledException cancelled) {
      throw new CallCancelledException("Registration of external_id " + externalId + " was cancelled by an "
          + "interrupt of the calling thread, so whether Счетмаш received it is unknown. Sending the same external_id "
          + "with the same body again is safe: the service answers a repeat with the first receipt's id. "
          + cancelled.getMessage(), cancelled);
    }
  }

  /** Runs a call with the current token; on code 4, once more with a fresh token. Business errors are thrown. */
  private Answer withToken(Function<String, Call<ResponseBody>> callWithToken) {
    return withToken(callWithToken, UnaryOperator.identity());
  }

  /**
   * As {@link #withToken(Function)}; a failure of the call itself (never one of getting a token) is thrown as
   * {@code callFailure} makes it.
   */
  private Answer withToken(Function<String, Call<ResponseBody>> callWithToken,
      UnaryOperator<SchetmashException> callFailure) {
    String token = tokens.current();
    Answer answer = send(() -> callWithToken.apply(token), callFailure);
    if (ResponseDecoder.isInvalidToken(answer)) {
      String fresh = tokens.refreshAfter(token);
      answer = send(() -> callWithToken.apply(fresh), callFailure);
    }
    try {
      ResponseDecoder.throwIfError(answer);
    } catch (SchetmashException e) {
      throw callFailure.apply(e);
    }
    return answer;
  }

  private Answer send(Supplier<Call<ResponseBody>> call, UnaryOperator<SchetmashException> callFailure) {
    try {
      return http.execute(call);
    } catch (SchetmashException e) {
      throw callFailure.apply(e);
    }
  }

  private String fetchToken() {
    return ResponseDecoder.token(
        http.execute(() -> api.token(new TokenRequest(config.login(), config.password()))));
  }

  private LocalDateTime now() {
    return LocalDateTime.now(config.clock());
  }
  /**
   * Configures a {@link SchetmashClient}. Defaults: base URL {@value #DEFAULT_BASE_URL}, connect timeout 10 s,
   * read and write timeouts 30 s, call timeout 60 s, 2 retries with backoff from 500 ms up to 8 s, no HTTP logging,
   * the system clock, plain {@code http://} only to the loopback host (see {@link #allowInsecureHttp(boolean)}). Not
   * thread-safe; {@link #build()} may be called more than once.
   */
  public static final class Builder extends ClientBuilder<Builder> {
    private final TransportConfig.Builder transport;
    /** The production base URL. */
    public static final String DEFAULT_BASE_URL = "https://online.schetmash.com/lk/api/v1/";

    private String baseUrl = DEFAULT_BASE_URL;
    private @Nullable String login;
    private @Nullable String password;
    private @Nullable Long shopId;
    private Clock clock = Clock.systemDefaultZone();

    private Builder() {
      this(TransportConfig.builder().connectTimeout(Duration.ofSeconds(10)).readTimeout(Duration.ofSeconds(30))
          .writeTimeout(Duration.ofSeconds(30)).callTimeout(Duration.ofSeconds(60)).retryInitialDelay(Duration.ofMillis(500))
          .retryMaxDelay(Duration.ofSeconds(8)));
    }

    private Builder(TransportConfig.Builder transport) {
      super(transport);
      this.transport = transport;
    }

    /**
     * The API base URL, for example a sandbox's; a missing trailing slash is added. Plain {@code http://} is
     * refused by {@link #build()} unless the host is the loopback one or {@link #allowInsecureHttp(boolean)} is on.
     *
     * <p>Setting: {@code SCHETMASH_URL}.
     *
     * @param baseUrl the base URL, such as {@code https://online.schetmash.com/lk/api/v1/}
     * @return this builder
     */
    public Builder baseUrl(String baseUrl) {
      String url = Objects.requireNonNull(baseUrl, "baseUrl").trim();
      this.baseUrl = url.endsWith("/") ? url : url + "/";
      return this;
    }

    /**
     * The API login issued in the cabinet. Setting: {@code SCHETMASH_LOGIN}.
     *
     * @param login the login; required
     * @return this builder
     */
    public Builder login(String login) {
      this.login = Objects.requireNonNull(login, "login");
      return this;
    }

    /**
     * The API password issued with the login. Setting: {@code SCHETMASH_PASSWORD}.
     *
     * @param password the password; required, and never written to a log or a {@code toString()}
     * @return this builder
     */
    public Builder password(String password) {
      this.password = Objects.requireNonNull(password, "password");
      return this;
    }

    /**
     * The numeric id of the shop receipts go to. Setting: {@code SCHETMASH_SHOP_ID}.
     *
     * @param shopId the shop id as the cabinet shows it; required, above zero
     * @return this builder
     */
    public Builder shopId(long shopId) {
      this.shopId = shopId;
      return this;
    }

    /**
     * The clock that stamps requests without a timestamp; default the system clock in the JVM's zone.
     *
     * @param clock the clock, whose zone gives the local time of the stamp
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Takes {@code SCHETMASH_URL}, {@code SCHETMASH_LOGIN}, {@code SCHETMASH_PASSWORD}, {@code SCHETMASH_SHOP_ID}
     * and {@code SCHETMASH_ALLOW_INSECURE_HTTP} ({@code true} or {@code false}, see {@link
     * #allowInsecureHttp(boolean)}) from system properties ({@code schetmash.url}, ...) or else environment
     * variables; keys that are not set leave the builder as it is.
     *
     * @return this builder
     * @throws IllegalStateException when {@code SCHETMASH_SHOP_ID} is not a number
     * @throws IllegalArgumentException when {@code SCHETMASH_ALLOW_INSECURE_HTTP} is neither {@code true} nor {@code
     *     false}
     */
    public Builder fromEnv() {
      return fromSources(System::getProperty, System::getenv);
    }

    /**
     * Takes the settings {@link #fromEnv()} reads from {@code settings} instead, keyed by the environment-variable
     * names ({@code SCHETMASH_URL}, ...), for example a sandbox's; blank values and absent keys leave the builder as
     * it is.
     *
     * @param settings the settings by environment-variable name
     * @return this builder
     * @throws IllegalStateException when {@code SCHETMASH_SHOP_ID} is not a number
     * @throws IllegalArgumentException when {@code SCHETMASH_ALLOW_INSECURE_HTTP} is neither {@code true} nor {@code
     *     false}
     */
    public Builder fromSettings(Map<String, String> settings) {
      return fromSources(key -> null, settings::get);
    }

    /** The settings of {@link #fromEnv()} from system properties (lower-dot keys), which win, and the environment. */
    Builder fromSources(
        Function<String, @Nullable String> properties, Function<String, @Nullable String> environment) {
      Settings settings = new Settings(properties, environment);
      settings.get("SCHETMASH_URL").ifPresent(this::baseUrl);
      settings.get("SCHETMASH_LOGIN").ifPresent(this::login);
      settings.get("SCHETMASH_PASSWORD").ifPresent(this::password);
      settings.get("SCHETMASH_SHOP_ID").ifPresent(value -> {
        try {
          shopId(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
          throw new IllegalStateException("SCHETMASH_SHOP_ID must be the numeric shop id, was '" + value + "'", e);
        }
      });
      settings.flag("SCHETMASH_ALLOW_INSECURE_HTTP").ifPresent(this::allowInsecureHttp);
      return this;
    }

    /**
     * A client with this configuration. Nothing is sent yet: the token is fetched on the first call.
     *
     * @return a new client, which the caller closes when done
     * @throws IllegalStateException naming every missing or wrong setting
     * @throws IllegalArgumentException when the base URL is plain {@code http://} to another host than the loopback
     *     one and {@link #allowInsecureHttp(boolean)} is off: the login, password and token would travel unencrypted
     */
    public SchetmashClient build() {
      BuilderChecks.of("SchetmashClient")
          .required("login (SCHETMASH_LOGIN)", login != null && !login.isEmpty())
          .required("password (SCHETMASH_PASSWORD)", password != null && !password.isEmpty())
          .required("shopId (SCHETMASH_SHOP_ID)", shopId != null)
          .check();
      TransportConfig transportConfig = transport.build();
      BuilderChecks.checkedUrl(baseUrl, "baseUrl", transportConfig.allowInsecureHttp(),
          "the Счетмаш login, password and token", "SCHETMASH_ALLOW_INSECURE_HTTP");
      SchetmashClientConfig config = SchetmashClientConfig.builder()
          .baseUrl(baseUrl)
          .login(Objects.requireNonNull(login))
          .password(Objects.requireNonNull(password))
          .shopId(Objects.requireNonNull(shopId))
          .clock(clock)
          .transport(transportConfig)
          .build();
      return new SchetmashClient(config);
    }

    @Override
    public String toString() {
      return "SchetmashClient.Builder{baseUrl=" + baseUrl + ", login=" + login + ", password=****, shopId=" + shopId
          + "}";
    }
  }
}
