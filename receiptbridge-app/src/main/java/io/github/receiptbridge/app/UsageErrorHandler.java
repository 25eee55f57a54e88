package io.github.receiptbridge.app;

import io.github.receiptbridge.app.common.ExitCodes;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/** Answers a malformed command line with one line on stderr and exit code 2, instead of the whole usage text. */
final class UsageErrorHandler implements IParameterExceptionHandler {
  /** Prints what is wrong and where the help is. */
  @Override
  public int handleParseException(ParameterException error, String[] args) {
    CommandLine commandLine = error.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println("error: " + error.getMessage().replaceAll("\\s*\\R\\s*", " ").trim() + " (see '"
        + commandLine.getCommandSpec().qualifiedName() + " --help')");
    err.flush();
    return ExitCodes.USAGE;
  }
}
