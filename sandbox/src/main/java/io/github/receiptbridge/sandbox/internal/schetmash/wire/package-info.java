/**
 * The wire forms of the simulated «Счетмаш Онлайн» API: one HTTP answer independent of the server library, the
 * report bodies with their fiscal payload, and the framework's HTML 404/500 pages. <strong>Not API</strong>: public
 * only because Java needs it; may change in any release.
 */
@NullMarked
package io.github.receiptbridge.sandbox.internal.schetmash.wire;

import org.jspecify.annotations.NullMarked;
