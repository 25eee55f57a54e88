/**
 * The command-line app {@code receiptbridge-cli}: its entry point, the context it runs in, exit codes and how errors
 * are explained. Subpackages hold the configuration, the service selection, the output and the commands. Not API.
 */
package io.github.receiptbridge.examples.cli;
