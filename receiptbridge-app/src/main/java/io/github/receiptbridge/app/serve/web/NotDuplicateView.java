package io.github.receiptbridge.app.serve.web;

import java.util.Optional;

/**
 * The confirmation «Это отдельный платёж» asks for ({@code notDuplicate.jte}): the document, the payment it looks
 * like, and a box the operator ticks to say the bank statement shows two payments. The document is sent only with
 * the box ticked.
 *
 * @param frame the page's frame
 * @param document the possible duplicate
 * @param paymentOrder the number of its payment order, if 1C has one
 * @param reason why it looks like a duplicate
 * @param form the confirmation form
 */
record NotDuplicateView(Frame frame, DocumentFacts document, Optional<String> paymentOrder, String reason,
    ConfirmationForm form) {}
