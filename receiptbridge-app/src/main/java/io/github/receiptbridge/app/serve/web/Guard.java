package io.github.receiptbridge.app.serve.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Runs before every request: finds the browser's logged-in session, or else treats it as a visitor the server keeps
 * nothing for ({@link Sessions}), sends to the login page whoever has not logged in when a password is set, and
 * refuses every POST that does not carry its session's CSRF token (403). {@code /health}, {@code /metrics} and the
 * assets are open.
 */
final class Guard {
  /** The form field of the CSRF token. */
  static final String CSRF_FIELD = "csrf";
  /** The header that may carry the CSRF token instead, for scripts. */
  static final String CSRF_HEADER = "X-CSRF-Token";

  private static final String SESSION_ATTRIBUTE = "receiptbridge.session";
  private static final Set<String> OPEN_PATHS = Set.of("/health", "/metrics", "/assets/console.css",
      "/assets/console.js", "/assets/passes.css");

  private final AccessPolicy policy;
  private final Sessions sessions;

  Guard(AccessPolicy policy, Sessions sessions) {
    this.policy = policy;
    this.sessions = sessions;
    sessions.limitTo(policy.idleTimeout(), policy.maxLifetime());
  }

  /**
   * The before-handler. A POST must return the session's CSRF token: for a logged-in session the random one the
   * server keeps, for a visitor (the login form) the signature of its cookie, a signed double-submit token.
   */
  void check(Context ctx) {
    if (OPEN_PATHS.contains(ctx.path())) {
      return;
    }
    Session session = currentOrNew(ctx);
    ctx.attribute(SESSION_ATTRIBUTE, session);
    if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD && !carriesToken(ctx, session)) {
      throw new Refusal(403, "Форма устарела или отправлена не со страницы консоли (нет ключа CSRF): откройте"
          + " страницу заново и повторите действие.");
    }
    if (session.authenticated() || ctx.path().equals("/login")) {
      return;
    }
    if (ctx.method() == HandlerType.GET) {
      ctx.redirect("/login?next=" + URLEncoder.encode(pathAndQuery(ctx), StandardCharsets.UTF_8),
          HttpStatus.SEE_OTHER);
      ctx.skipRemainingHandlers();
      return;
    }
    throw new Refusal(401, "Сначала войдите в консоль.");
  }

  /** The request's session, which {@link #check} has set. */
  static Session session(Context ctx) {
    Session session = ctx.attribute(SESSION_ATTRIBUTE);
    if (session == null) {
      throw new IllegalStateException("No session on " + ctx.path() + ": the guard did not run");
    }
    return session;
  }

  /** The request's session, when the guard got as far as giving it one. */
  static Optional<Session> sessionIfAny(Context ctx) {
    return Optional.ofNullable(ctx.attribute(SESSION_ATTRIBUTE));
  }

  /**
   * Whether the request carries the cookie of a session someone logged in to, looked up without making one: {@code
   * /health} is an open path, so the guard gives it no session, and shows the details only to a logged-in user.
   */
  boolean signedIn(Context ctx) {
    @Nullable String id = ctx.cookie(cookieName(ctx));
    return id != null && sessions.find(id).filter(Session::authenticated).isPresent();
  }

  /** Makes {@code session} the browser's session from now on. */
  void remember(Context ctx, Session session) {
    ctx.attribute(SESSION_ATTRIBUTE, session);
    // Secure is not set: the console speaks plain http (TLS is for a reverse proxy in front), and a browser would not
    // send a Secure cookie back over http. HttpOnly keeps it from scripts; SameSite=Strict from other sites' requests.
    Cookie cookie = new Cookie(cookieName(ctx), session.id());
    cookie.setPath("/");
    cookie.setHttpOnly(true);
    cookie.setSecure(false);
    cookie.setSameSite(SameSite.STRICT);
    ctx.cookie(cookie);
  }

  /** Ends the browser's session. */
  void forget(Context ctx, Session session) {
    sessions.end(session);
    ctx.removeCookie(cookieName(ctx), "/");
  }

  private Session currentOrNew(Context ctx) {
    @Nullable String id = ctx.cookie(cookieName(ctx));
    Optional<Session> known = id == null ? Optional.empty() : sessions.find(id);
    if (known.isPresent()) {
      return known.get();
    }
    Optional<Session> visitor = id == null ? Optional.empty()
        : sessions.visitor(id, ctx.ip(), policy.accessOfNewSessions());
    if (visitor.isPresent()) {
      return visitor.get();
    }
    Session session = sessions.newVisitor(ctx.ip(), policy.accessOfNewSessions());
    remember(ctx, session);
    return session;
  }

  private static boolean carriesToken(Context ctx, Session session) {
    @Nullable String token = ctx.header(CSRF_HEADER);
    if (token == null && ctx.isFormUrlencoded()) {
      token = ctx.formParam(CSRF_FIELD);
    }
    return token != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
        session.csrfToken().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The cookie's name, with the port: cookies are not kept apart by port, and two consoles on one host (one per
   * company, or a test's) would otherwise overwrite each other's session.
   */
  private static String cookieName(Context ctx) {
    return "receiptbridge_session_" + ctx.req().getLocalPort();
  }

  private static String pathAndQuery(Context ctx) {
    @Nullable String query = ctx.queryString();
    return query == null ? ctx.path() : ctx.path() + "?" + query;
  }
}
