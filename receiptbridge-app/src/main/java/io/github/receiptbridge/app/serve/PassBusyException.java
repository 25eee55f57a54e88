package io.github.receiptbridge.app.serve;

/** A pass of the organization is running; passes of one organization never overlap. Try again when it finished. */
public final class PassBusyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The organization {@code organizationKey} is busy with {@code running}. */
  public PassBusyException(String organizationKey, PassRecord running) {
    super("«" + running.kind().title() + "» of " + organizationKey + " is running (pass " + running.id()
        + "); try again when it finished");
  }

  /** The organization {@code organizationKey} is busy with a pass that has ended by now. */
  public PassBusyException(String organizationKey) {
    super("a pass of " + organizationKey + " was running; try again");
  }
}
