/**
 * Implementation of {@link io.github.receiptbridge.sandbox.SchetmashSandbox}, the simulator of the «Счетмаш Онлайн»
 * HTTP API v1 as the 2019 server implements it. <strong>Not API</strong>: public only because the facade in the
 * parent package uses it; may change in any release.
 *
 * <p>Laid out like {@link io.github.receiptbridge.sandbox.internal.onec}: this package wires the simulator
 * ({@code SchetmashEngine}) and handles HTTP: the dispatcher (fault injection, crash pages), FastRoute's routing
 * ({@code SchetmashRouter}), the request checks ({@code RequestGate}), one endpoint per route, the two receipt
 * validators, the fake cash register and the background worker. {@code model} holds the codes, operations and
 * fiscal data, {@code store} the tables, {@code wire} the answer forms, {@code php} the PHP semantics the server's
 * answers depend on.
 */
@NullMarked
package io.github.receiptbridge.sandbox.internal.schetmash;

import org.jspecify.annotations.NullMarked;
