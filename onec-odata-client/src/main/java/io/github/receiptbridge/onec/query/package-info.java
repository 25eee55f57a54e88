/**
 * A small typed layer over OData v3 query options as 1C understands them: literals, filters and queries that render
 * themselves safely. No caller text is ever pasted into a URL unescaped.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.receiptbridge.onec.query;

import org.jspecify.annotations.NullMarked;
