package io.github.receiptbridge.app.common;

import io.github.receiptbridge.core.DocumentNotFoundException;
import io.github.receiptbridge.core.FatalServiceException;
import io.github.receiptbridge.core.JournalException;
import io.github.receiptbridge.core.RunAbortedException;
import io.github.receiptbridge.core.RunReport;
import io.github.receiptbridge.core.ServiceFailureException;
import io.github.receiptbridge.core.SetupException;
import io.github.receiptbridge.app.common.config.ConfigurationException;
import io.github.receiptbridge.onec.errors.OnecAccessDeniedException;
import io.github.receiptbridge.onec.errors.OnecAuthenticationException;
import io.github.receiptbridge.onec.errors.OnecEntitySetNotPublishedException;
import io.github.receiptbridge.onec.errors.OnecException;
import io.github.receiptbridge.onec.errors.OnecTransportException;
import io.github.receiptbridge.onec.errors.OnecUnexpectedResponseException;
import io.github.receiptbridge.schetmash.errors.SchetmashException;
import io.github.receiptbridge.schetmash.errors.SchetmashInvalidCredentialsException;
import io.github.receiptbridge.schetmash.errors.SchetmashInvalidTokenException;
import io.github.receiptbridge.schetmash.errors.SchetmashNoActiveCashRegisterException;
import io.github.receiptbridge.schetmash.errors.SchetmashTransportException;
import io.github.receiptbridge.schetmash.errors.SchetmashUnexpectedResponseException;
import io.github.receiptbridge.schetmash.errors.SchetmashUnknownShopException;

/**
 * Turns an exception into an exit code and a message that says what to do. An unreachable service is exit code 3,
 * like refused credentials: both are found only by connecting, and both are fixed in the environment (URL, network,
 * server), whereas exit code 2 is kept for what is wrong on the command line or in the configuration itself.
 */
public final class FailureExplainer {
  private FailureExplainer() {}

  /** The exit code and explanation of {@code error}. */
  public static Failure explain(Throwable error) {
    if (error instanceof ConfigurationException) {
      // our own text, with placeholders such as <name>: only the line breaks go, not what looks like a tag
      return new Failure(ExitCodes.USAGE, error.getMessage().replaceAll("\\s+", " ").trim());
    }
    if (error instanceof DocumentNotFoundException) {
      return new Failure(ExitCodes.USAGE, oneLine(error.getMessage()));
    }
    if (error instanceof JournalException) {
      return setup(error.getMessage());
    }
    if (error instanceof SetupException) {
      return new Failure(ExitCodes.SETUP, error.getMessage() + (error.getMessage().contains("\n") ? "" : " ("
          + "check-setup lists the organizations and what 1C lacks)"));
    }
    if (error instanceof RunAbortedException aborted) {
      return explainAbort(aborted);
    }
    if (error instanceof ServiceFailureException failure) {
      return explainService(failure);
    }
    if (error instanceof SchetmashException schetmash) {
      return explainSchetmash(schetmash);
    }
    if (error instanceof OnecException onec) {
      return explainOnec(onec);
    }
    return new Failure(ExitCodes.INCOMPLETE, "Unexpected error, the run did not complete: " + describe(error)
        + " (--verbose shows the stack trace)");
  }

  private static Failure explainAbort(RunAbortedException aborted) {
    Throwable cause = aborted.getCause() == null ? aborted : aborted.getCause();
    Failure reason = cause == aborted ? new Failure(ExitCodes.SETUP, describe(aborted)) : explain(cause);
    RunReport partial = aborted.partialReport();
    int done = partial == null ? 0 : partial.outcomes().size();
    return new Failure(ExitCodes.SETUP, "The run stopped after " + done + " documents, nothing was doubled and the "
        + "next run goes on from there: " + reason.message());
  }

  /** A service's failure as the workflow reports it: explained by the client's exception it translates, if any. */
  private static Failure explainService(ServiceFailureException failure) {
    if (failure.getCause() instanceof SchetmashException || failure.getCause() instanceof OnecException) {
      return explain(failure.getCause());
    }
    return failure instanceof FatalServiceException ? setup(describe(failure))
        : new Failure(ExitCodes.INCOMPLETE, "A service failed: " + describe(failure));
  }

  private static Failure explainSchetmash(SchetmashException error) {
    String text = describe(error);
    if (error instanceof SchetmashInvalidCredentialsException || error instanceof SchetmashInvalidTokenException) {
      return setup(withAdvice("Счетмаш refused the login or password: " + text, "SCHETMASH_PASSWORD",
          "check SCHETMASH_LOGIN and SCHETMASH_PASSWORD against the API credentials in the Счетмаш cabinet"));
    }
    if (error instanceof SchetmashUnknownShopException) {
      return setup(withAdvice("Счетмаш does not know the shop: " + text, "SCHETMASH_SHOP_ID",
          "check SCHETMASH_SHOP_ID"));
    }
    if (error instanceof SchetmashNoActiveCashRegisterException) {
      return setup("The Счетмаш shop has no active cash register: " + text + ": enable one in the cabinet");
    }
    if (error instanceof SchetmashTransportException) {
      return setup(withAdvice("Cannot reach Счетмаш: " + text, "SCHETMASH_URL",
          "check SCHETMASH_URL and the network"));
    }
    if (error instanceof SchetmashUnexpectedResponseException) {
      return setup(withAdvice("Счетмаш answered something that is not its API: " + text, "SCHETMASH_URL",
          "check that SCHETMASH_URL ends with /lk/api/v1/"));
    }
    return new Failure(ExitCodes.INCOMPLETE, "Счетмаш failed: " + text);
  }

  private static Failure explainOnec(OnecException error) {
    String text = describe(error);
    if (error instanceof OnecAuthenticationException) {
      return setup(withAdvice("1C refused the user or password: " + text, "ONEC_PASSWORD", "check ONEC_USER and "
          + "ONEC_PASSWORD; the user must be allowed to use the standard OData interface"));
    }
    if (error instanceof OnecAccessDeniedException) {
      return setup("1C denied access: " + text + ": give ONEC_USER the rights to read and write the published "
          + "objects");
    }
    if (error instanceof OnecEntitySetNotPublishedException) {
      return setup(text);
    }
    if (error instanceof OnecTransportException) {
      return setup(withAdvice("Cannot reach 1C: " + text, "ONEC_ODATA_URL", "check ONEC_ODATA_URL and that the "
          + "web server publishing the infobase is running"));
    }
    if (error instanceof OnecUnexpectedResponseException) {
      return setup(withAdvice("1C answered something that is not OData: " + text, "ONEC_ODATA_URL",
          "check that ONEC_ODATA_URL is the infobase publication (http://host/base or "
              + "http://host/base/odata/standard.odata/)"));
    }
    return new Failure(ExitCodes.INCOMPLETE, "1C failed: " + text);
  }

  private static Failure setup(String message) {
    return new Failure(ExitCodes.SETUP, oneLine(message));
  }

  /** {@code text}, followed by {@code advice} unless the text already names {@code key}. */
  private static String withAdvice(String text, String key, String advice) {
    return text.contains(key) ? text : text + ": " + advice;
  }

  private static String describe(Throwable error) {
    String message = error.getMessage();
    return oneLine(message == null || message.isBlank() ? error.getClass().getSimpleName() : message);
  }

  /** {@code text} on one line, without the markup of an HTML error page a server may have sent. */
  private static String oneLine(String text) {
    return text.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").trim();
  }
}
