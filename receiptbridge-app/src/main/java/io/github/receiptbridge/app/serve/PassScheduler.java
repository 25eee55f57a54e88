package io.github.receiptbridge.app.serve;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schedule's ticks: starts every pass the {@link Schedule} says is due, over the default period (an audit over
 * the last 13 months). A due pass of an organization that is busy is recorded as {@link PassState#SKIPPED} with the
 * reason; a skipped audit is due again at the next tick.
 */
final class PassScheduler {
  private static final Logger LOG = LoggerFactory.getLogger(PassScheduler.class);

  private final Schedule schedule;
  private final Organizations organizations;
  private final PassLauncher launcher;
  private final ServiceTime time;

  /** Ticks of {@code schedule} over {@code organizations}, launched by {@code launcher}, periods from {@code time}. */
  PassScheduler(Schedule schedule, Organizations organizations, PassLauncher launcher, ServiceTime time) {
    this.schedule = schedule;
    this.organizations = organizations;
    this.launcher = launcher;
    this.time = time;
  }

  /**
   * Starts every pass due at {@code now}.
   *
   * @return the passes started or skipped, per organization in configuration order
   */
  List<PassRecord> tick(Instant now) {
    List<PassRecord> ticked = new ArrayList<>();
    for (OrganizationUnit unit : organizations.all()) {
      for (PassKind kind : schedule.due(unit.key(), now)) {
        PassRequest request = PassRequest.scheduled(unit.key(), kind, time.defaultPeriod(kind));
        LivePass pass = launcher.start(unit, request).orElseGet(() -> skip(unit, request));
        ticked.add(pass.snapshot());
      }
    }
    return ticked;
  }

  private LivePass skip(OrganizationUnit unit, PassRequest request) {
    Optional<LivePass> busy = unit.running();
    boolean audit = request.kind() == PassKind.AUDIT;
    String running = busy.map(pass -> "«" + pass.kind().title() + "» (проход " + pass.id() + ")")
        .orElse("другой проход");
    String next = audit ? "аудит повторится на следующем такте" : "следующий по расписанию";
    String why = "пропущен: в это время шёл " + running + "; " + next;
    if (audit) {
      schedule.retryAudit(unit.key());
    }
    LOG.info("Scheduled «{}» of {} skipped: pass {} is running", request.kind().title(), unit.key(),
        busy.map(LivePass::id).map(String::valueOf).orElse("?"));
    return launcher.skip(request, why);
  }
}
