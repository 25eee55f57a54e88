package io.github.receiptbridge.app.serve.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** How the console answers: content types, and the headers every answer carries. */
final class Responses {
  /** The content type of the Prometheus text format. */
  static final String PROMETHEUS = "text/plain; version=0.0.4; charset=utf-8";

  private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
      + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  private Responses() {}

  /** The before-handler that sets the headers of every answer: no caching, no framing, scripts only from here. */
  static void secureHeaders(Context ctx) {
    ctx.header("Content-Security-Policy", POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cache-Control", "no-store");
  }

  /** An HTML page. */
  static void html(Context ctx, int status, String page) {
    ctx.status(status).contentType("text/html; charset=utf-8").result(page);
  }

  /** A JSON document. */
  static void json(Context ctx, int status, String json) {
    ctx.status(status).contentType("application/json; charset=utf-8").result(json);
  }

  /** A file to save: {@code content} of {@code contentType} under the name {@code fileName}. */
  static void download(Context ctx, String contentType, String fileName, String content) {
    ctx.status(200).contentType(contentType).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .result(content);
  }

  /** {@code content} (a binary file) as an attachment named {@code fileName}. */
  static void download(Context ctx, String contentType, String fileName, byte[] content) {
    ctx.status(200).contentType(contentType).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .result(content);
  }

  /** A 303 to {@code location}, after a POST. */
  static void seeOther(Context ctx, String location) {
    ctx.redirect(location, HttpStatus.SEE_OTHER);
  }
}
