/**
 * Local simulators of the services the SDK talks to, for tests, examples and demos.
 *
 * <p>{@link io.github.receiptbridge.sandbox.SchetmashSandbox} simulates the «Счетмаш Онлайн» HTTP API v1 on
 * 127.0.0.1, with live fault injection through {@link io.github.receiptbridge.sandbox.SchetmashBehavior} and receipt
 * outcomes through {@link io.github.receiptbridge.sandbox.SchetmashOutcome}.
 * {@link io.github.receiptbridge.sandbox.OnecSandbox} simulates the 1C:Enterprise standard OData interface of БП 3.0
 * (organizations, counterparties, bank receipts, additional information), seeded through
 * {@link io.github.receiptbridge.sandbox.OnecData} and disturbed through
 * {@link io.github.receiptbridge.sandbox.OnecBehavior}. The knobs both behaviours have are on
 * {@link io.github.receiptbridge.sandbox.SandboxBehavior}. Each simulator tells a client how to reach it through
 * {@code clientSettings()}, under the clients' own setting names. Nothing here depends on the SDK's own code, so a
 * wire bug in a client cannot be mirrored by the simulator.
 *
 * <p>The public API is this package and {@link io.github.receiptbridge.sandbox.junit} (the JUnit 5 extension).
 * The implementation lives under {@code sandbox.internal}, which is <strong>not API</strong> and may change in any
 * release. It is laid out alike for both simulators: {@code sandbox.internal.schetmash} and
 * {@code sandbox.internal.onec}, each with its {@code model}, {@code store} and {@code wire} sub-packages (plus
 * {@code php} for the Счетмаш server's PHP semantics and {@code query} for 1C's query options), and
 * {@code sandbox.internal.server} for what both share.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.receiptbridge.sandbox;

import org.jspecify.annotations.NullMarked;
