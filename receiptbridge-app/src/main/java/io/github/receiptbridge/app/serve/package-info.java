/**
 * The {@code serve} command: one long-running process that registers receipts for several organizations on a
 * schedule, keeps the history of its passes, and offers the accountant's «Регистрация чеков» form, health and metrics
 * over HTTP. {@link io.github.receiptbridge.app.serve.ReceiptService} is the service as one object, made of parts
 * that each do one thing (schedule, pass runner, history, «Заполнить» table, health and metrics), which {@link
 * io.github.receiptbridge.app.serve.ServiceAssembly} builds. The web console ({@code ...serve.web}) depends on this
 * package, never the other way round: {@code serve} finds it through {@link
 * io.github.receiptbridge.app.serve.ConsoleStarter}. It uses only the public API of core and the clients. Not API.
 */
@NullMarked
package io.github.receiptbridge.app.serve;

import org.jspecify.annotations.NullMarked;
