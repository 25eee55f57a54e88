package io.github.receiptbridge.sandbox.internal.onec.query;

import java.util.UUID;

/**
 * A typed reference, the value of {@code cast(guid'…','Document_X')}.
 *
 * @param key  the object's key
 * @param type the type with namespace, for example {@code StandardODATA.Document_X}
 */
record Reference(UUID key, String type) {
}
