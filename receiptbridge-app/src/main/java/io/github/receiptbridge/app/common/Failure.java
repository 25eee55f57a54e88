package io.github.receiptbridge.app.common;

/**
 * How the app reports an error: the exit code and one message that says what happened and what to do.
 *
 * @param exitCode one of {@link ExitCodes}
 * @param message the explanation, without a stack trace
 */
public record Failure(int exitCode, String message) {}
