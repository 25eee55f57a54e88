/**
 * The simulated server's tables: the {@code processing} table of receipts with its unique key and lookups, the API
 * key row with its token, the shops and their cash registers, and MySQL's {@code DECIMAL(12,2)} column semantics.
 * Thread-safe. <strong>Not API</strong>: public only because Java needs it; may change in any release.
 */
@NullMarked
package io.github.receiptbridge.sandbox.internal.schetmash.store;

import org.jspecify.annotations.NullMarked;
