/**
 * The registration workflow: {@link io.github.receiptbridge.core.ReceiptRegistrar} fills a period from 1C,
 * registers a «Приход» receipt for every document not yet sent, and checks statuses, with a hard guarantee that a
 * document never gets two receipts. {@code .internal} is not API.
 */
@ValueStyle
package io.github.receiptbridge.core;

import io.github.receiptbridge.common.internal.ValueStyle;
