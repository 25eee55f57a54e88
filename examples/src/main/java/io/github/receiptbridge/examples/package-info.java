/**
 * Single-task examples of the SDK, one runnable class each, that start the local sandboxes when no endpoint is
 * configured: {@link io.github.receiptbridge.examples.RegisterReceiptExample}, {@link
 * io.github.receiptbridge.examples.ReadBankReceiptsExample} and {@link
 * io.github.receiptbridge.examples.FullRunExample}.
 * The command-line app is in {@code io.github.receiptbridge.examples.cli}.
 */
@NullMarked
package io.github.receiptbridge.examples;

import org.jspecify.annotations.NullMarked;
