/**
 * The receipt journal's implementations: none, and the embedded SQLite file with its versioned schema. Not API; use
 * {@link io.github.receiptbridge.core.ReceiptJournal}.
 */
@NullMarked
package io.github.receiptbridge.core.internal.journal;

import org.jspecify.annotations.NullMarked;
