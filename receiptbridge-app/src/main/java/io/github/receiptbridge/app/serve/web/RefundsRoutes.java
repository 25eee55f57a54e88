package io.github.receiptbridge.app.serve.web;

import io.github.receiptbridge.core.RefundRow;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/**
 * «Возвраты»: {@code GET /refunds}, the refunds to payers for the organization and period of the query's {@code org},
 * {@code from} and {@code to} (by default the first organization and the default period). Reads only; a GET form, so
 * no CSRF token is needed.
 */
final class RefundsRoutes {
  private final Parts parts;

  RefundsRoutes(Parts parts) {
    this.parts = parts;
  }

  /** Adds the route. */
  void register(RoutesConfig routes) {
    routes.get("/refunds", this::page);
  }

  private void page(Context ctx) {
    FormInput input = FormInput.read(name -> Parts.parameter(ctx, name), parts.service());
    List<RefundRow> refunds = parts.service().refunds(input.organization().key(), input.period());
    RefundsView page = RefundsView.of(parts.frame(ctx, "Возвраты"), parts.service().organizations(), input, refunds);
    Responses.html(ctx, 200, parts.pages().refunds(page));
  }
}
