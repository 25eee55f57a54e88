/**
 * Local simulators of the services the SDK talks to, for tests, examples and demos.
 *
 * <p>{@link io.github.receiptbridge.sandbox.SchetmashSandbox} simulates the «Счетмаш Онлайн» HTTP API v1 on
 * 127.0.0.1, with live fault injection through {@link io.github.receiptbridge.sandbox.Behavior} and receipt
 * outcomes through {@link io.github.receiptbridge.sandbox.Outcome}. Nothing here depends on the SDK's own
 * code, so a wire bug in a client cannot be mirrored by the simulator.
 *
 * <p>Nullness: parameters and return values are non-null unless a method documents otherwise.
 */
package io.github.receiptbridge.sandbox;
