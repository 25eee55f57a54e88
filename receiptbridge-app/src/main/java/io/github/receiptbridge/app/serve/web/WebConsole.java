package io.github.receiptbridge.app.serve.web;

import io.github.receiptbridge.app.serve.ConsoleSettings;
import io.github.receiptbridge.app.serve.ConsoleStarter;
import io.github.receiptbridge.app.serve.ServiceConsole;
import io.github.receiptbridge.app.serve.UnknownOrganizationException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web console over a {@link ServiceConsole}, listening until closed: the «Регистрация чеков» form ({@code /}),
 * passes ({@code /passes/…}), «История» ({@code /history}), «Поздние чеки» ({@code /late}), «Возвраты» ({@code /refunds}), {@code /health} and
 * {@code /metrics}, on Javalin.
 *
 * <p>{@link #start} refuses a listen address other than a loopback one without a password. With a password every page
 * but {@code /health} and {@code /metrics} needs a login; every POST needs its session's CSRF token. The pages are
 * jte templates, rendered by {@link Pages}.
 */
public final class WebConsole implements ConsoleStarter.Running {
  private static final Logger LOG = LoggerFactory.getLogger(WebConsole.class);

  private final Javalin app;
  private final String host;

  private WebConsole(Javalin app, String host) {
    this.app = app;
    this.host = host;
  }

  /**
   * Starts the console.
   *
   * @throws IllegalArgumentException when the host is not a loopback address and no password is given, or the
   *     settings are otherwise unusable; the message says what to set
   */
  public static WebConsole start(ServiceConsole console, ConsoleSettings settings) {
    return start(console, settings, ConsoleOptions.defaults().inZone(console.zone()));
  }

  /** Starts the console with {@code options} (tests: a clock, a zone, an action log to read). */
  static WebConsole start(ServiceConsole console, ConsoleSettings settings, ConsoleOptions options) {
    AccessPolicy policy = AccessPolicy.of(settings);
    Sessions sessions = new Sessions(options.clock());
    Guard guard = new Guard(policy, sessions);
    Parts parts = new Parts(console, new Pages(), guard, policy, options);
    PassStarter starter = new PassStarter(parts);
    ServiceRoutes service = new ServiceRoutes(console, guard::signedIn);
    Javalin app = Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.startup.showOldJavalinVersionWarning = false;
      cfg.jetty.host = settings.host();
      cfg.jetty.port = settings.port();
      cfg.http.maxRequestSize = 64 * 1024;
      cfg.routes.before(Responses::secureHeaders);
      cfg.routes.before(guard::check);
      service.register(cfg.routes);
      new AccessRoutes(parts, sessions).register(cfg.routes);
      new FormRoutes(parts, starter).register(cfg.routes);
      new PassRoutes(parts, starter).register(cfg.routes);
      new LateRoutes(parts).register(cfg.routes);
      new RefundsRoutes(parts).register(cfg.routes);
      new ExportRoutes(parts).register(cfg.routes);
      cfg.routes.exception(Refusal.class, (e, ctx) -> refuse(ctx, parts, e.status(), e.getMessage()));
      cfg.routes.exception(UnknownOrganizationException.class, (e, ctx) -> refuse(ctx, parts, 404,
          "Такая организация не настроена: выберите её из списка."));
      cfg.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("The console failed on {} {}", ctx.method(), ctx.path(), e);
        refuse(ctx, parts, 500, "Консоль не смогла ответить из-за внутренней ошибки: попробуйте ещё раз; если"
            + " не поможет, сообщите администратору (подробности в журнале сервиса).");
      });
    });
    app.start();
    WebConsole web = new WebConsole(app, settings.host());
    LOG.info("The console listens on {} ({})", web.url(), policy.passwordRequired() ? "login required" : "no login");
    return web;
  }

  /** The port it listens on. */
  public int port() {
    return app.port();
  }

  /** Its base URL, such as {@code http://127.0.0.1:8080/}. */
  @Override
  public String url() {
    String shown = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    return "http://" + shown + ":" + port() + "/";
  }

  /** Stops listening. */
  @Override
  public void close() {
    app.stop();
  }

  private static void refuse(Context ctx, Parts parts, int status, @Nullable String message) {
    String text = message == null ? "Запрос отклонён." : message;
    if (ctx.path().endsWith("/progress") || ctx.path().endsWith(".json")) {
      Responses.json(ctx, status, Json.error(text));
      return;
    }
    Responses.html(ctx, status, parts.pages().error(ErrorView.of(parts.frame(ctx, "Ошибка"), status, text)));
  }
}
