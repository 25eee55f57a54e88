/**
 * Pieces both service clients share: retry backoff, the sleeper behind it, configuration lookup, the refusal
 * of plain http:// and the Immutables style. Public only because Java needs it; not API, may change in any release.
 */
package io.github.receiptbridge.common.internal;
