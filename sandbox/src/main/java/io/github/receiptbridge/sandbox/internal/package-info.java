/**
 * Implementation of the sandboxes. <strong>Not API</strong>: public only because Java needs it; may change
 * in any release.
 *
 * <p>The classes mirror the 2019 server: routing ({@code Router}), the request checks ({@code RequestGate}),
 * the three endpoints, the two validators, PHP value and JSON semantics ({@code PhpValues},
 * {@code IsFloatRule}, {@code PhpJsonDecoder}, {@code PhpJsonEncoder}), the receipt table, the report
 * renderer, the background worker and the fault-injection knobs.
 *
 * <p>Nullness: parameters and return values are non-null unless a method documents otherwise.
 */
package io.github.receiptbridge.sandbox.internal;
