/**
 * Implementation of the registration workflow: the passes ({@link io.github.receiptbridge.core.internal.Workflow}),
 * the fill stream and its classifier, the receipt factory and the report formats. Public only where the API package
 * needs it; not API. The adapters to the two clients live in {@code .schetmash} and {@code .onec}.
 */
@NullMarked
package io.github.receiptbridge.core.internal;

import org.jspecify.annotations.NullMarked;
