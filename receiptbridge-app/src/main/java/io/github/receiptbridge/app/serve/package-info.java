/**
 * The {@code serve} command: one long-running process that registers receipts for several organizations on a
 * schedule, keeps the history of its passes, and offers the accountant's «Регистрация чеков» form, health and metrics
 * over HTTP ({@code ...serve.web}). It uses only the public API of core and the clients. Not API.
 */
@NullMarked
package io.github.receiptbridge.app.serve;

import org.jspecify.annotations.NullMarked;
