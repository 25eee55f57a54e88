/**
 * Single-task examples of the SDK's published API, one runnable class each, that start the local sandboxes when no
 * endpoint is configured:
 *
 * <ul>
 *   <li>the clients: {@link io.github.receiptbridge.examples.ReadBankReceiptsExample} (1C) and {@link
 *       io.github.receiptbridge.examples.RegisterReceiptExample} (Счетмаш);
 *   <li>the workflow on 1C and Счетмаш: {@link io.github.receiptbridge.examples.FillPeriodExample}, {@link
 *       io.github.receiptbridge.examples.RegisterPeriodExample}, {@link
 *       io.github.receiptbridge.examples.CheckStatusesExample}, {@link io.github.receiptbridge.examples.AuditExample},
 *       {@link io.github.receiptbridge.examples.ReissueExample} and the whole run, {@link
 *       io.github.receiptbridge.examples.FullRunExample};
 *   <li>the workflow on an application's own store of payments: {@link
 *       io.github.receiptbridge.examples.OwnLedgerExample}.
 * </ul>
 */
@NullMarked
package io.github.receiptbridge.examples;

import org.jspecify.annotations.NullMarked;
