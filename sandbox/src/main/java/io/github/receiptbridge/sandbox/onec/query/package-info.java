/**
 * Query handling of the simulated interface: URL decoding, the system query options, a real {@code $filter}
 * parser (tokenizer, precedence, binding against the entity type, 1C comparison semantics), {@code $select},
 * {@code $orderby}, and the executor that pages pre-sorted storage. <strong>Not API</strong>: public only because
 * Java needs it; may change in any release.
 *
 * <p>Nullness: parameters and return values are non-null unless a method documents otherwise.
 */
package io.github.receiptbridge.sandbox.onec.query;
