/**
 * The registration workflow: {@link io.github.receiptbridge.core.ReceiptRegistrar} fills a period from 1C,
 * registers a «Приход» receipt for every document not yet sent, and checks statuses, with a hard guarantee that a
 * document never gets two receipts. It talks to the two services through its own ports, {@link
 * io.github.receiptbridge.core.FiscalService} and {@link io.github.receiptbridge.core.Ledger}, whose failures are its
 * own {@link io.github.receiptbridge.core.RegistrationException}s. {@code .internal} is not API.
 */
@NullMarked
@ValueStyle
package io.github.receiptbridge.core;

import io.github.receiptbridge.common.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
