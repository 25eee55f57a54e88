package io.github.receiptbridge.app.serve.web;

/**
 * The confirmation «Повторить чек» asks for ({@code reissue.jte}): what the Счетмаш cabinet must show first, and a box
 * the operator ticks to say it does. The re-issue is posted only with the box ticked.
 *
 * @param frame the page's frame
 * @param document the document whose receipt is in {@code error}
 * @param receiptId that receipt
 * @param form the confirmation form
 */
record ReissueView(Frame frame, DocumentFacts document, long receiptId, ConfirmationForm form) {}
