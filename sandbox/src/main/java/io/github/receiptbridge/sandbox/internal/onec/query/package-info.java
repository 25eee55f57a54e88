/**
 * Query handling of the simulated 1C interface: URL decoding, the system query options, {@code $select},
 * {@code $orderby}, {@code $expand}, and the executor that pages pre-sorted storage. <strong>Not API</strong>: public
 * only because Java needs it; may change in any release.
 *
 * <p>The {@code $filter} engine here reproduces how the 1C:Enterprise 8.3 platform evaluates {@code $filter}, not
 * generic OData: a real parser (tokenizer, the platform's operator precedence from {@code ()} and {@code /} down to
 * {@code or}, binding against the entity type) with the platform's literal forms ({@code guid'…'},
 * {@code datetime'…'}, numbers without suffix or exponent), its supported functions ({@code substringof},
 * {@code startswith}, {@code like}, date parts, {@code cast}, {@code isof}; {@code length}, {@code tolower} and the
 * like refused) and its comparison semantics: a composite-typed field matches only
 * {@code cast(guid'…','Document_X')}, never a bare {@code guid'…'}, which silently matches nothing; a syntax error
 * answers 400 with code 14 and string and date literals hidden as {@code <<?>>}.
 */
@NullMarked
package io.github.receiptbridge.sandbox.internal.onec.query;

import org.jspecify.annotations.NullMarked;
