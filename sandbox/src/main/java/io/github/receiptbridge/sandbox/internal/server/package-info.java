/**
 * What both simulators share, written once. <strong>Not API</strong>: public only because the two simulator
 * packages and the public facades use it; may change in any release.
 *
 * <p>{@code LoopbackServer} is the server bootstrap of both: a MockWebServer bound to 127.0.0.1 (a given port or
 * any free one) with no-delay sockets, its per-request logging silenced, its record of requests drained and the
 * requests counted, able to go offline and online again on the same port. {@code FaultDice} and
 * {@code CountedFault} are the machinery of the fault knobs both behaviours build on (see
 * {@link io.github.receiptbridge.sandbox.SandboxBehavior}). {@code CommandLineArgs} is the command-line grammar of
 * both {@code main} methods and {@code SimulatorMain} their run-until-killed loop.
 */
@NullMarked
package io.github.receiptbridge.sandbox.internal.server;

import org.jspecify.annotations.NullMarked;
