/**
 * Immutable request and response types of the «Счетмаш Онлайн» API v1, and the enums of its wire values.
 *
 * <p>Each type mirrors the wire JSON of the contract: build requests with {@code X.builder()}, read responses
 * through their accessors. Absent values are {@link java.util.Optional#empty()}, never {@code null}; money is
 * {@link java.math.BigDecimal}.
 *
 * @since 0.1.0
 */
@ValueStyle
@NullMarked
package io.github.receiptbridge.schetmash.model;

import io.github.receiptbridge.common.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
