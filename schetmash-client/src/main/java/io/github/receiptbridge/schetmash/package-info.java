/**
 * The «Счетмаш Онлайн» client: start at {@link io.github.receiptbridge.schetmash.SchetmashClient}. Request and
 * answer types are in {@code .model}, exceptions in {@code .errors}; {@code .internal} is not API.
 *
 * @since 0.1.0
 */
@ValueStyle
@NullMarked
package io.github.receiptbridge.schetmash;

import io.github.receiptbridge.common.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
