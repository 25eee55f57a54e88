package io.github.receiptbridge.sandbox.internal.onec;

import io.github.receiptbridge.sandbox.internal.server.InjectedFaults;

/** The serving side of {@link io.github.receiptbridge.sandbox.OnecBehavior}, as the simulator consumes it. */
public interface OnecFaults extends InjectedFaults {
  /**
   * Consumes one pending write failure, if any.
   *
   * @return true when this write must fail with 500 / -1
   */
  boolean takeFailedWrite();

  /**
   * Consumes one pending write failure of an additional-info property, if any.
   *
   * @param propertyName the developer name of the property whose value is written
   * @return true when this write must fail with 500 / -1
   */
  boolean takeFailedWriteOf(String propertyName);

  /**
   * Consumes one pending login page, if any.
   *
   * @return true when this request gets the HTML login page with status 200
   */
  boolean takeLoginPage();

  /**
   * Consumes one pending Atom answer, if any.
   *
   * @return true when this JSON answer is to be sent as Atom XML
   */
  boolean takeAtom();

  /** Returns an Atom answer taken for a request whose answer turned out not to depend on the format. */
  void giveBackAtom();
}
