/**
 * The implementation of the simulators. <strong>Not API</strong>: everything under {@code sandbox.internal} is public
 * only because Java needs it for the facades in {@link io.github.receiptbridge.sandbox}, is left out of the published
 * Javadoc and may change in any release. Use the root package and {@code sandbox.junit} instead.
 *
 * <p>{@code onec} simulates the 1C standard OData interface, {@code schetmash} the «Счетмаш Онлайн» API, and
 * {@code server} holds what both share (the loopback server, the fault dice, the command line).
 */
@NullMarked
package io.github.receiptbridge.sandbox.internal;

import org.jspecify.annotations.NullMarked;
