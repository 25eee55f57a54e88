/**
 * Immutable values read from and written to 1C: organizations, bank receipts, bank withdrawals (refunds among them), payers and their contacts, additional
 * properties and their values. Java names are English; the Cyrillic OData names appear only in the Javadoc.
 *
 * @since 0.1.0
 */
@ValueStyle
@NullMarked
package io.github.receiptbridge.onec.model;

import io.github.receiptbridge.common.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
