package io.github.receiptbridge.onec.errors;

import java.util.Optional;

/**
 * 1C answered with an error: an {@code odata.error} JSON body (or its Atom XML twin) with a code and a message.
 * Subclasses name the codes this client meets; this class stands for the others.
 *
 * @since 0.1.0
 */
public class OnecApiException extends OnecException {
  private static final long serialVersionUID = 1L;

  /** The answer's HTTP status. */
  private final int httpStatus;

  /** The {@code code} of the answer's body; empty when it had none. */
  private final String odataCode;

  /** 1C's message, verbatim. */
  private final String odataMessage;

  /**
   * An error answer.
   *
   * @param call method and decoded path of the request
   * @param httpStatus the HTTP status
   * @param odataCode the {@code code} string, empty when the body had none
   * @param odataMessage 1C's message, verbatim
   * @param advice what to do, appended to the message; may be empty
   */
  public OnecApiException(String call, int httpStatus, String odataCode, String odataMessage, String advice) {
    super(call + " failed with HTTP " + httpStatus + (odataCode.isEmpty() ? "" : ", 1C code " + odataCode) + ": "
        + odataMessage + (advice.isEmpty() ? "" : ". " + advice), null);
    this.httpStatus = httpStatus;
    this.odataCode = odataCode;
    this.odataMessage = odataMessage;
  }

  /**
   * The HTTP status.
   *
   * @return the status, such as 400, 404 or 500
   */
  public int httpStatus() {
    return httpStatus;
  }

  /**
   * The 1C error code ({@code "9"}, {@code "15"}, {@code "-1"}, …), if the body had one.
   *
   * @return the code as a string; empty when the body had none
   */
  public Optional<String> odataCode() {
    return odataCode.isEmpty() ? Optional.empty() : Optional.of(odataCode);
  }

  /**
   * 1C's message, verbatim.
   *
   * @return the message as 1C wrote it, usually in Russian
   */
  public String odataMessage() {
    return odataMessage;
  }

  @Override
  public boolean isRetrySafe() {
    return httpStatus >= 500 && !"-1".equals(odataCode);
  }
}
