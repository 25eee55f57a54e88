package io.github.receiptbridge.sandbox.onec;

import io.github.receiptbridge.sandbox.internal.CountedFault;
import io.github.receiptbridge.sandbox.internal.FaultDice;
import java.time.Duration;

/**
 * The live fault-injection state behind {@code OnecBehavior}. Thread-safe; with no faults configured a request
 * costs a few volatile reads.
 */
public final class OnecKnobs {
  private final FaultDice dice = new FaultDice();
  private volatile double html500Rate;
  private final CountedFault failedWrites = new CountedFault();
  private final CountedFault loginPages = new CountedFault();
  private final CountedFault atomAnswers = new CountedFault();
  private final CountedFault malformedJson = new CountedFault();

  /** Sets the delay before each request is handled. */
  public void latency(Duration perRequest) {
    dice.latency(perRequest);
  }

  /** Sets the probability of an HTML 500 page instead of any handling. */
  public void html500Rate(double rate) {
    html500Rate = FaultDice.checkRate(rate);
  }

  /** The next {@code n} writes fail with 500 / -1 (added to any still pending). */
  public void failNextWrites(int n) {
    failedWrites.add(n);
  }

  /** The next {@code n} authenticated requests get an HTML login page with status 200. */
  public void loginPageNext(int n) {
    loginPages.add(n);
  }

  /** The next {@code n} answers that would be JSON come as Atom XML (added to any still pending). */
  public void atomNext(int n) {
    atomAnswers.add(n);
  }

  /** The next {@code n} JSON answers are sent with their body cut in half (added to any still pending). */
  public void malformedJsonNext(int n) {
    malformedJson.add(n);
  }

  /** Reseeds the random source of the rates. */
  public void seed(long seed) {
    dice.seed(seed);
  }

  /** Counted faults not yet served: failing writes, login pages, Atom and cut-off answers. */
  public int pendingFaults() {
    return failedWrites.pending() + loginPages.pending() + atomAnswers.pending() + malformedJson.pending();
  }

  /** No latency, no faults, an unseeded random source. */
  public void reset() {
    dice.reset();
    html500Rate = 0.0d;
    failedWrites.clear();
    loginPages.clear();
    atomAnswers.clear();
    malformedJson.clear();
  }

  /** Sleeps for the configured latency. */
  void applyLatency() throws InterruptedException {
    dice.applyLatency();
  }

  /** Decides whether this request gets an HTML 500 page. */
  boolean takeHtml500() {
    return dice.roll(html500Rate);
  }

  /** Consumes one pending write failure, if any. */
  boolean takeFailedWrite() {
    return failedWrites.take();
  }

  /** Consumes one pending login page, if any. */
  boolean takeLoginPage() {
    return loginPages.take();
  }

  /** Consumes one pending Atom answer, if any. */
  boolean takeAtom() {
    return atomAnswers.take();
  }

  /** Returns an Atom answer taken for a request whose answer turned out not to depend on the format. */
  void giveBackAtom() {
    atomAnswers.giveBack();
  }

  /** Consumes one pending cut JSON body, if any. */
  boolean takeMalformedJson() {
    return malformedJson.take();
  }
}
