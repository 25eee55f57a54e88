package io.github.receiptbridge.app.serve.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /login}, {@code POST /login} and {@code POST /logout}. A login is {@linkplain LoginThrottle throttled}:
 * an address that gave too many wrong passwords is answered 429 with how long to wait, without its password being
 * checked or logged.
 */
final class AccessRoutes {
  private final Parts parts;
  private final Sessions sessions;
  private final LoginThrottle throttle;

  AccessRoutes(Parts parts, Sessions sessions) {
    this.parts = parts;
    this.sessions = sessions;
    this.throttle = new LoginThrottle(parts.options().clock());
  }

  /** Adds the routes. */
  void register(RoutesConfig routes) {
    routes.get("/login", this::form);
    routes.post("/login", this::logIn);
    routes.post("/logout", this::logOut);
  }

  private void form(Context ctx) {
    Session session = Guard.session(ctx);
    String next = LoginView.safeNext(orEmpty(ctx.queryParam("next")));
    if (session.authenticated()) {
      Responses.seeOther(ctx, next);
      return;
    }
    Responses.html(ctx, 200, loginPage(ctx, session, next, LoginView.Attempt.FIRST, Duration.ZERO));
  }

  private void logIn(Context ctx) {
    Session session = Guard.session(ctx);
    String next = LoginView.safeNext(orEmpty(ctx.formParam("next")));
    if (session.authenticated()) {
      Responses.seeOther(ctx, next);
      return;
    }
    String address = ctx.ip();
    Optional<Duration> wait = throttle.admit(address);
    if (wait.isPresent()) {
      ctx.header("Retry-After", Long.toString(LoginThrottle.seconds(wait.get())));
      Responses.html(ctx, 429, loginPage(ctx, session, next, LoginView.Attempt.HELD_BACK, wait.get()));
      return;
    }
    String user = orEmpty(ctx.formParam("user")).strip();
    if (!parts.policy().accepts(user, orEmpty(ctx.formParam("password")))) {
      parts.options().actionLog().log(session, parts.policy().personalUsers()
          ? "неверное имя или пароль при входе" + (parts.policy().knowsUser(user) ? " (пользователь " + user + ")"
              : " (нет такого пользователя)")
          : "неверный пароль при входе");
      Responses.html(ctx, 401, loginPage(ctx, session, next, LoginView.Attempt.AFTER_WRONG_PASSWORD, Duration.ZERO));
      return;
    }
    throttle.succeeded(address);
    Session fresh = sessions.logIn(session, parts.policy().personalUsers() ? Optional.of(user) : Optional.empty());
    parts.guard().remember(ctx, fresh);
    parts.options().actionLog().log(fresh, "вошёл");
    Responses.seeOther(ctx, next);
  }

  private void logOut(Context ctx) {
    Session session = Guard.session(ctx);
    parts.guard().forget(ctx, session);
    parts.options().actionLog().log(session, "вышел");
    Responses.seeOther(ctx, parts.policy().passwordRequired() ? "/login" : "/");
  }

  private String loginPage(Context ctx, Session session, String next, LoginView.Attempt attempt, Duration wait) {
    return parts.pages().login(LoginView.of(parts.frame(ctx, "Вход"), session, next, attempt,
        parts.policy().personalUsers(), LoginThrottle.seconds(wait)));
  }

  private static String orEmpty(@Nullable String text) {
    return text == null ? "" : text;
  }
}
