/**
 * The commands of the command-line app ({@code fill}, {@code register}, {@code status}, {@code run}, {@code
 * check-setup}, {@code sandbox}, {@code audit}, {@code reissue}), their shared options and the session that connects
 * them to the services. Not API.
 */
@NullMarked
package io.github.receiptbridge.app.cli;

import org.jspecify.annotations.NullMarked;
