/**
 * The exceptions of the «Счетмаш Онлайн» client. All are unchecked and extend {@link
 * io.github.receiptbridge.schetmash.errors.SchetmashException}; {@link
 * io.github.receiptbridge.schetmash.errors.SchetmashException#isRetrySafe()} tells whether repeating the same call
 * (with the same {@code external_id}) is safe and may succeed. Business errors are chosen by the API {@code code},
 * not by the HTTP status. No message ever contains the password or the token.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.receiptbridge.schetmash.errors;

import org.jspecify.annotations.NullMarked;
