/**
 * The registration workflow in its own terms: {@link io.github.receiptbridge.core.ReceiptRegistrar} fills a period
 * of {@link io.github.receiptbridge.core.PaymentDocument}s, registers a «Приход» receipt for every document not yet
 * sent, and checks statuses, with a hard guarantee that a document never gets two receipts. It talks to the two
 * services through its own ports, {@link io.github.receiptbridge.core.Ledger} and {@link
 * io.github.receiptbridge.core.FiscalService}, whose failures are its own {@link
 * io.github.receiptbridge.core.RegistrationException}s; nothing here uses a client's type. The adapters of 1C and
 * Счетмаш are in {@code core.onec} and {@code core.schetmash}. {@code .internal} is not API.
 *
 * @since 0.1.0
 */
@NullMarked
@ValueStyle
package io.github.receiptbridge.core;

import io.github.receiptbridge.common.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
