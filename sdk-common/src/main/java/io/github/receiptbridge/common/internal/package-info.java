/**
 * Pieces both service clients share: the retrying executor with its backoff policy and the classifier each client
 * gives it, the HTTP client factory, configuration lookup, the refusal of plain http:// and the Immutables style.
 * Public only because Java needs it; not API, may change in any release.
 */
@NullMarked
package io.github.receiptbridge.common.internal;

import org.jspecify.annotations.NullMarked;
