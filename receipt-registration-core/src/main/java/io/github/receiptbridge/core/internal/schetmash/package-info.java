/**
 * The fiscal side's adapter over the «Счетмаш Онлайн» client, created by {@link
 * io.github.receiptbridge.core.schetmash.SchetmashFiscalService}: with {@code core.schetmash}, the only place of the
 * core that knows the client's types and exceptions; it turns them into the core's own ({@link
 * io.github.receiptbridge.core.FiscalReport}, {@link io.github.receiptbridge.core.ServiceFailureException} and so on).
 * Not API.
 */
@NullMarked
package io.github.receiptbridge.core.internal.schetmash;

import org.jspecify.annotations.NullMarked;
