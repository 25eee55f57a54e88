/**
 * The exceptions of the 1C OData client. All are unchecked and extend {@link
 * io.github.receiptbridge.onec.errors.OnecException}; {@link
 * io.github.receiptbridge.onec.errors.OnecException#isRetrySafe()} tells whether repeating the same call is safe
 * and may succeed. 1C's own message (Russian) is kept verbatim; the password never appears in any message.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.receiptbridge.onec.errors;

import org.jspecify.annotations.NullMarked;
