package io.github.receiptbridge.app.serve.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.jspecify.annotations.Nullable;

/** {@code GET /login}, {@code POST /login} and {@code POST /logout}. */
final class AccessRoutes {
  private final Parts parts;
  private final Sessions sessions;

  AccessRoutes(Parts parts, Sessions sessions) {
    this.parts = parts;
    this.sessions = sessions;
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
    Responses.html(ctx, 200, loginPage(ctx, session, next, LoginView.Attempt.FIRST));
  }

  private void logIn(Context ctx) {
    Session session = Guard.session(ctx);
    String next = LoginView.safeNext(orEmpty(ctx.formParam("next")));
    if (session.authenticated()) {
      Responses.seeOther(ctx, next);
      return;
    }
    if (!parts.policy().accepts(orEmpty(ctx.formParam("password")))) {
      parts.options().actionLog().log(session, "неверный пароль при входе");
      Responses.html(ctx, 401, loginPage(ctx, session, next, LoginView.Attempt.AFTER_WRONG_PASSWORD));
      return;
    }
    Session fresh = sessions.logIn(session);
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

  private String loginPage(Context ctx, Session session, String next, LoginView.Attempt attempt) {
    return parts.pages().login(LoginView.of(parts.frame(ctx, "Вход"), session, next, attempt));
  }

  private static String orEmpty(@Nullable String text) {
    return text == null ? "" : text;
  }
}
