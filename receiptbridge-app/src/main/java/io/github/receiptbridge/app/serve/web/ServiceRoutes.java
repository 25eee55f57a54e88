package io.github.receiptbridge.app.serve.web;

import io.github.receiptbridge.app.serve.Health;
import io.github.receiptbridge.app.serve.ServiceConsole;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;

/**
 * What needs no login: {@code GET /health} (JSON; 503 when the last pass of an organization could not reach or
 * authenticate with 1C or Счетмаш; without a login only states, with one the last pass's summary and error too),
 * {@code GET /metrics} (Prometheus text), and the pages' stylesheets ({@code console.css}; {@code passes.css}, how the
 * pass page, «История», «Поздние чеки» and «Возвраты» fit 1024 px and phones) and script.
 */
final class ServiceRoutes {
  private final ServiceConsole service;
  private final Predicate<Context> signedIn;
  private final String stylesheet = resource("console.css");
  private final String script = resource("console.js");
  private final String passesStylesheet = resource("passes.css");

  /**
   * The routes of {@code service}; {@code /health} shows the details to a request {@code signedIn} accepts (one of
   * a logged-in session, looked up without making a session).
   */
  ServiceRoutes(ServiceConsole service, Predicate<Context> signedIn) {
    this.service = service;
    this.signedIn = signedIn;
  }

  /** Adds the routes. */
  void register(RoutesConfig routes) {
    routes.get("/health", this::health);
    routes.get("/metrics", ctx -> ctx.status(200).contentType(Responses.PROMETHEUS).result(service.scrapeMetrics()));
    routes.get("/assets/console.css", ctx -> asset(ctx, "text/css; charset=utf-8", stylesheet));
    routes.get("/assets/console.js", ctx -> asset(ctx, "text/javascript; charset=utf-8", script));
    routes.get("/assets/passes.css", ctx -> asset(ctx, "text/css; charset=utf-8", passesStylesheet));
  }

  private void health(Context ctx) {
    Health health = service.health();
    Responses.json(ctx, health.healthy() ? 200 : 503, Json.health(health, signedIn.test(ctx)));
  }

  private static void asset(Context ctx, String contentType, String content) {
    ctx.header("Cache-Control", "no-cache").contentType(contentType).result(content);
  }

  private static String resource(String name) {
    try (InputStream in = ServiceRoutes.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("The console's " + name + " is missing from the jar: rebuild it");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the console's " + name + " from the jar", e);
    }
  }
}
