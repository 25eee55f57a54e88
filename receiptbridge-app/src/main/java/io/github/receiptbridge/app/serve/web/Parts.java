package io.github.receiptbridge.app.serve.web;

import io.github.receiptbridge.app.serve.FillPage;
import io.github.receiptbridge.app.serve.FillQuery;
import io.github.receiptbridge.app.serve.OrganizationView;
import io.github.receiptbridge.app.serve.ServiceConsole;
import io.github.receiptbridge.core.FillRow;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
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

  /** Every row of the form's organization and period that {@code query} selects, read page by page. */
  List<FillRow> allRows(FormInput input, FillQuery query) {
    List<FillRow> rows = new ArrayList<>();
    int pages = 1;
    for (int page = 1; page <= pages; page++) {
      FillPage read = service.fill(input.organization().key(), input.period(), query.onPage(page));
      rows.addAll(read.rows());
      pages = read.pages();
    }
    return rows;
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
