/**
 * What the Счетмаш and 1C clients have in common: the transport settings ({@link
 * io.github.receiptbridge.common.TransportConfig}), the builder base that sets them and checks what every client
 * needs ({@link io.github.receiptbridge.common.ClientBuilder}), and the {@link io.github.receiptbridge.common.Sleeper}
 * that waits between retries.
 *
 * @since 0.1.0
 */
@ValueStyle
@NullMarked
package io.github.receiptbridge.common;

import io.github.receiptbridge.common.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
