/**
 * 1C:Бухгалтерия as the workflow's ledger: {@link io.github.receiptbridge.core.onec.OnecLedger#of} adapts an {@code
 * OnecClient}, and {@link io.github.receiptbridge.core.onec.OnecLedger#setupRequirements()} says what the workflow
 * needs in the infobase. The only public package of the core that uses the 1C client's types.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.receiptbridge.core.onec;

import org.jspecify.annotations.NullMarked;
