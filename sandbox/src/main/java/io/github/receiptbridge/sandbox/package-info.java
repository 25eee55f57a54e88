/**
 * Local simulators of the services the SDK talks to, for tests, examples and demos.
 *
 * <p>{@link io.github.receiptbridge.sandbox.SchetmashSandbox} simulates the «Счетмаш Онлайн» HTTP API v1 on
 * 127.0.0.1, with live fault injection through {@link io.github.receiptbridge.sandbox.SchetmashBehavior} and receipt
 * outcomes through {@link io.github.receiptbridge.sandbox.SchetmashOutcome}. {@link io.github.receiptbridge.sandbox.OnecSandbox}
 * simulates the 1C:Enterprise standard OData interface of БП 3.0 (organizations, counterparties, bank receipts,
 * additional information), seeded through {@link io.github.receiptbridge.sandbox.OnecData} and disturbed through
 * {@link io.github.receiptbridge.sandbox.OnecBehavior}. Nothing here depends on the SDK's own
 * code, so a wire bug in a client cannot be mirrored by the simulator.
 *
 * <p>Nullness: parameters and return values are non-null unless a method documents otherwise.
 */
package io.github.receiptbridge.sandbox;
