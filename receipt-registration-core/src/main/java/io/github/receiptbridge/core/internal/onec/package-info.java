/**
 * The ledger side's adapter over the 1C OData client, created by {@link io.github.receiptbridge.core.onec.OnecLedger}:
 * with {@code core.onec}, the only place of the core that knows the client's types and exceptions; it turns them into
 * the core's own ({@link io.github.receiptbridge.core.PaymentDocument}, {@link
 * io.github.receiptbridge.core.ServiceFailureException} and so on). Not API.
 */
@NullMarked
package io.github.receiptbridge.core.internal.onec;

import org.jspecify.annotations.NullMarked;
