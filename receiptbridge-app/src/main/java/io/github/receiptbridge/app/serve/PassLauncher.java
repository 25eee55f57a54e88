package io.github.receiptbridge.app.serve;

import java.time.Clock;
import java.util.Optional;

/**
 * Lets a pass in, or not: gives it its id and start time, makes it its organization's running pass unless another
 * one runs, records it in the history and hands it to the runner. Ids come from the history, so they continue after a
 * restart. A pass that may not run is recorded as skipped.
 */
final class PassLauncher {
  private final Clock clock;
  private final PassHistory history;
  private final PassRunner runner;

  /** Passes started at {@code clock}'s time, recorded in {@code history}, run by {@code runner}. */
  PassLauncher(Clock clock, PassHistory history, PassRunner runner) {
    this.clock = clock;
    this.history = history;
    this.runner = runner;
  }

  /**
   * Starts the pass {@code request} asks for on {@code unit}, unless a pass of the unit is running.
   *
   * @return the pass, running; empty when the unit was busy (nothing was recorded then)
   */
  Optional<LivePass> start(OrganizationUnit unit, PassRequest request) {
    LivePass pass = newPass(request);
    if (!unit.tryStart(pass)) {
      return Optional.empty();
    }
    history.add(pass);
    runner.run(unit, pass);
    return Optional.of(pass);
  }

  /** Records the pass {@code request} asks for as not run, for the reason {@code why}. */
  LivePass skip(PassRequest request, String why) {
    LivePass pass = newPass(request);
    pass.skip(why);
    history.add(pass);
    return pass;
  }

  private LivePass newPass(PassRequest request) {
    return new LivePass(history.nextId(), request, clock.instant());
  }
}
