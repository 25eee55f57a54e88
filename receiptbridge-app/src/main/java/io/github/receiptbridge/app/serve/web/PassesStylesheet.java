package io.github.receiptbridge.app.serve.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /assets/passes.css}: the stylesheet of the pass page, «История», «Поздние чеки» and «Возвраты» (how they
 * fit 1024 px and phones), loaded by every page after {@code console.css}.
 */
final class PassesStylesheet {
  /** Where the stylesheet is served. */
  static final String PATH = "/assets/passes.css";

  private final String stylesheet = resource("passes.css");

  /** Adds the route. */
  void register(RoutesConfig routes) {
    routes.get(PATH, this::serve);
  }

  private void serve(Context ctx) {
    ctx.header("Cache-Control", "no-cache").contentType("text/css; charset=utf-8").result(stylesheet);
  }

  private static String resource(String name) {
    try (InputStream in = PassesStylesheet.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("The console's " + name + " is missing from the jar: rebuild it");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the console's " + name + " from the jar", e);
    }
  }
}
