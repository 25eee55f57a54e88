/**
 * Implementation of {@link io.github.receiptbridge.sandbox.OnecSandbox}, the simulator of the 1C:Enterprise 8.3
 * standard OData interface. <strong>Not API</strong>: public only because Java needs it; may change in any
 * release.
 *
 * <p>The root package wires the simulator and handles HTTP: the dispatcher (authentication, fault injection,
 * routing), the request and key-URL parsers, and one handler per kind of operation (reads, writes of objects,
 * writes of register records, Post/Unpost). {@code model} holds the simulated metadata, {@code store} the data,
 * {@code query} the query options, {@code wire} the answer formats.
 */
@NullMarked
package io.github.receiptbridge.sandbox.internal.onec;

import org.jspecify.annotations.NullMarked;
