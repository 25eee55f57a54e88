package io.github.receiptbridge.app.serve.web;

import io.github.receiptbridge.app.serve.OrganizationView;
import io.github.receiptbridge.app.serve.ServiceConsole;
import io.javalin.http.Context;
import org.jspecify.annotations.Nullable;

/**
 * What the console's routes share.
 *
 * @param service the service the console shows
 * @param pages the templates of the pages
 * @param guard sessions, login and CSRF
 * @param policy who may use the console
 * @param options clock, zone and action log
 */
record Parts(ServiceConsole service, Pages pages, Guard guard, AccessPolicy policy, ConsoleOptions options) {
  /** The name of the organization with {@code key}, or the key when it is not configured any more. */
  String organizationName(String key) {
    return service.organizations().stream().filter(organization -> organization.key().equals(key))
        .map(OrganizationView::name).findFirst().orElse(key);
  }

  /** The request parameter {@code name}: from the form of a POST, else from the query. */
  static @Nullable String parameter(Context ctx, String name) {
    if (ctx.isFormUrlencoded()) {
      @Nullable String value = ctx.formParam(name);
      if (value != null) {
        return value;
      }
    }
    return ctx.queryParam(name);
  }

  /** The frame of a page titled {@code title} for this request's session, if it has one yet. */
  Frame frame(Context ctx, String title) {
    return Frame.of(title, Guard.sessionIfAny(ctx), policy);
  }
}
