/**
 * The client of the 1C:Enterprise standard OData interface for 1C:Бухгалтерия предприятия 3.0: start at {@link
 * io.github.receiptbridge.onec.OnecClient}. Values are in {@code .model}, exceptions in {@code .errors}, the query
 * layer in {@code .query}; {@code .internal} is not API.
 *
 * @since 0.1.0
 */
@ValueStyle
@NullMarked
package io.github.receiptbridge.onec;

import io.github.receiptbridge.common.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
