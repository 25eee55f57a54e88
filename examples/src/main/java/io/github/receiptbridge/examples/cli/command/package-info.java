/**
 * The commands of the command-line app ({@code fill}, {@code register}, {@code status}, {@code run}, {@code
 * check-setup}, {@code sandbox}), their shared options and the session that connects them to the services. Not API.
 */
package io.github.receiptbridge.examples.cli.command;
