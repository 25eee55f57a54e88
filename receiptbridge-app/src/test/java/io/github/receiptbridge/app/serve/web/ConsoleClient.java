package io.github.receiptbridge.app.serve.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser without a browser: keeps cookies, follows no redirect, remembers the CSRF token of the last page. */
final class ConsoleClient {
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;
  private String csrf = "";

  ConsoleClient(WebConsole console) {
    this.base = console.url().replaceAll("/$", "");
    this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(10)).build();
  }

  /** GET {@code path}. */
  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  /** POST {@code form} to {@code path}, with the CSRF token of the last page. */
  HttpResponse<String> post(String path, Map<String, String> form) {
    Map<String, String> withToken = new LinkedHashMap<>(form);
    withToken.put("csrf", csrf);
    return postExactly(path, withToken);
  }

  /** POST exactly {@code form} to {@code path}: without a token unless the form has one. */
  HttpResponse<String> postExactly(String path, Map<String, String> form) {
    return postExactly(path, form, Map.of());
  }

  /** POST exactly {@code form} to {@code path} with {@code headers}. */
  HttpResponse<String> postExactly(String path, Map<String, String> form, Map<String, String> headers) {
    String body = form.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    return send(request);
  }

  /** Opens the form, then logs in with {@code password}. */
  HttpResponse<String> logIn(String password) {
    get("/login");
    return post("/login", Map.of("password", password, "next", "/"));
  }

  /** The values of the cookies it holds now. */
  List<String> cookieValues() {
    return cookies.getCookieStore().getCookies().stream().map(HttpCookie::getValue).toList();
  }

  /** GET {@code path}, its body as bytes (a download that is not text). */
  HttpResponse<byte[]> getBytes(String path) {
    try {
      return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The CSRF token of the last page that had one. */
  String csrf() {
    return csrf;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      Matcher token = CSRF.matcher(response.body());
      if (token.find()) {
        csrf = token.group(1);
      }
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
