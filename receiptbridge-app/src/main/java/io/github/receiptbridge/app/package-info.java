/**
 * The command-line app {@code receiptbridge-cli}: its entry point, the context it runs in, exit codes and how errors
 * are explained. Subpackages hold the configuration, the service selection, the output and the commands.
 *
 * <p>API, for tests and applications that embed the app: {@link io.github.receiptbridge.app.ReceiptBridgeCli}
 * (its {@code main} and {@code execute} methods), {@link io.github.receiptbridge.app.common.CliContext} and
 * {@link io.github.receiptbridge.app.common.ExitCodes}. Everything else here and in the subpackages is not API.
 */
@NullMarked
package io.github.receiptbridge.app;

import org.jspecify.annotations.NullMarked;
