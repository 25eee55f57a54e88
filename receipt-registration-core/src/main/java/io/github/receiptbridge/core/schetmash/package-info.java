/**
 * «Счетмаш Онлайн» as the workflow's fiscal service: {@link
 * io.github.receiptbridge.core.schetmash.SchetmashFiscalService#of} adapts a {@code SchetmashClient}. The only public
 * package of the core that uses the Счетмаш client's types.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.receiptbridge.core.schetmash;

import org.jspecify.annotations.NullMarked;
