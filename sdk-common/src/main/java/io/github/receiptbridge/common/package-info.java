/**
 * What the Счетмаш and 1C clients have in common: the transport settings ({@link
 * io.github.receiptbridge.common.TransportConfig}) and the builder base that sets them ({@link
 * io.github.receiptbridge.common.ClientBuilder}).
 */
@ValueStyle
package io.github.receiptbridge.common;

import io.github.receiptbridge.common.internal.ValueStyle;
