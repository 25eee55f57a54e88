/**
 * The wire forms of the simulated interface: format negotiation, projection of entities into members in 1C order
 * with 1C's value forms, and the JSON (verbose-light, minimal metadata), Atom, EDMX, error and HTML bodies, all
 * built here with Jackson generators or by hand, never from the SDK's classes. <strong>Not API</strong>: public
 * only because Java needs it; may change in any release.
 */
@NullMarked
package io.github.receiptbridge.sandbox.internal.onec.wire;

import org.jspecify.annotations.NullMarked;
