/**
 * The simulated infobase: catalog, document and register tables, the OData composition, key generation, and the
 * seeding and demo-data generators. Tables are thread-safe; entities are immutable and replaced on write.
 * <strong>Not API</strong>: public only because Java needs it; may change in any release.
 */
@NullMarked
package io.github.receiptbridge.sandbox.internal.onec.store;

import org.jspecify.annotations.NullMarked;
