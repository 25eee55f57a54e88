package io.github.receiptbridge.app;

import io.github.receiptbridge.app.common.FailureExplainer;

import io.github.receiptbridge.app.common.Failure;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Prints a failed command's explanation on stderr, with the stack trace only under {@code --verbose}. */
final class FailureHandler implements IExecutionExceptionHandler {
  /** Prints the explanation of {@code error} and returns its exit code. */
  @Override
  public int handleExecutionException(Exception error, CommandLine commandLine, ParseResult parseResult) {
    Failure failure = FailureExplainer.explain(error);
    PrintWriter err = commandLine.getErr();
    err.println("error: " + failure.message());
    if (verbose(parseResult)) {
      error.printStackTrace(err);
    }
    err.flush();
    return failure.exitCode();
  }

  private static boolean verbose(ParseResult parseResult) {
    for (ParseResult result = parseResult; result != null; result = result.subcommand()) {
      if (result.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
