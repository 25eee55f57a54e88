package io.github.receiptbridge.sandbox.internal.schetmash;

import org.jspecify.annotations.Nullable;

/**
 * A matched v1 route with its placeholders (digits for shop and receipt id, word characters for the
 * operation), exactly as FastRoute hands them over.
 *
 * @param kind         which of the four routes matched
 * @param shopId       the {@code {shopId}} placeholder, {@code null} for the token route
 * @param operation    the {@code {operation}} placeholder of the register route, else {@code null}
 * @param processingId the {@code {processingId}} placeholder of the report-by-id route, else {@code null}
 * @param head         true when a HEAD request was routed to a GET route (the body is dropped)
 */
record Route(Kind kind, @Nullable String shopId, @Nullable String operation, @Nullable String processingId,
    boolean head) {
  /** The four v1 routes (R1–R4). */
  public enum Kind {
    /** {@code POST /lk/api/v1/token}. */
    TOKEN,
    /** {@code POST /lk/api/v1/{shopId}/{operation}}. */
    REGISTER,
    /** {@code GET /lk/api/v1/{shopId}/report}. */
    REPORT_BY_EXTERNAL_ID,
    /** {@code GET /lk/api/v1/{shopId}/report/{processingId}}. */
    REPORT_BY_ID
  }
}
