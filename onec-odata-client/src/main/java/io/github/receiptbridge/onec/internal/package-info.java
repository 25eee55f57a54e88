/**
 * Implementation of the 1C OData client. Public only because Java needs it; not API, may change in any release.
 */
@NullMarked
package io.github.receiptbridge.onec.internal;

import org.jspecify.annotations.NullMarked;
