/**
 * The ledger side's adapter over the 1C OData client: the only place of the core that knows the client's exceptions,
 * and turns each into the core's own ({@link io.github.receiptbridge.core.ServiceFailureException} and its
 * subclasses). Not API.
 */
@NullMarked
package io.github.receiptbridge.core.internal.onec;

import org.jspecify.annotations.NullMarked;
