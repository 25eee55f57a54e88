package io.github.receiptbridge.app.serve.web;

/**
 * A link on a page.
 *
 * @param href where it leads, plain text (the template escapes it)
 * @param text what it says
 */
record Link(String href, String text) {}
