/**
 * Implementation of the «Счетмаш Онлайн» client. Public only because Java needs it; not API, may change in any
 * release.
 */
@NullMarked
package io.github.receiptbridge.schetmash.internal;

import org.jspecify.annotations.NullMarked;
