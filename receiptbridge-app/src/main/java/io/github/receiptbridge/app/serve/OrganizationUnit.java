package io.github.receiptbridge.app.serve;

import io.github.receiptbridge.core.DocumentOutcome;
import io.github.receiptbridge.core.Phase;
import io.github.receiptbridge.core.ProgressListener;
import io.github.receiptbridge.core.RunReport;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * One organization at run time: its work (the registrar), the lock that keeps its passes from overlapping, its
 * «Заполнить» cache and what its last pass said about the services. The registrar's progress goes to the running
 * pass.
 */
final class OrganizationUnit implements ProgressListener {
  private final OrganizationSettings settings;
  private final AtomicReference<@Nullable LivePass> running = new AtomicReference<>();
  private final FillCache fillCache = new FillCache();
  private volatile OrganizationView view;
  private volatile Diagnosis diagnosis = Diagnosis.UNKNOWN;
  private volatile @Nullable OrganizationWork work;

  /** The organization of {@code settings}, in the Счетмаш shop {@code shopId}; its work is set next. */
  OrganizationUnit(OrganizationSettings settings, long shopId) {
    this.settings = settings;
    this.view = new OrganizationView(settings.key(), settings.organization(), "", shopId);
  }

  /** Sets the work, whose registrar was built with this unit as its progress listener. */
  void work(OrganizationWork built) {
    this.work = built;
  }

  /** What its passes and its «Заполнить» read do. */
  OrganizationWork work() {
    OrganizationWork built = work;
    if (built == null) {
      throw new IllegalStateException("the registrar of " + settings.key() + " is not built yet");
    }
    return built;
  }

  OrganizationSettings settings() {
    return settings;
  }

  String key() {
    return settings.key();
  }

  OrganizationView view() {
    return view;
  }

  /** Shows the organization as 1C names it. */
  void named(String name, String inn) {
    view = new OrganizationView(view.key(), name, inn, view.shopId());
  }

  FillCache fillCache() {
    return fillCache;
  }

  Diagnosis diagnosis() {
    return diagnosis;
  }

  void diagnosis(Diagnosis latest) {
    diagnosis = latest;
  }

  /** Makes {@code pass} the running one; false when another pass is running. */
  boolean tryStart(LivePass pass) {
    return running.compareAndSet(null, pass);
  }

  /** The running pass, if any. */
  Optional<LivePass> running() {
    return Optional.ofNullable(running.get());
  }

  /** {@code pass} ended. */
  void ended(LivePass pass) {
    running.compareAndSet(pass, null);
  }

  @Override
  public void started(Phase phase, OptionalLong total) {
    running().ifPresent(pass -> pass.started(phase, total));
  }

  @Override
  public void documentDone(DocumentOutcome outcome) {
    running().ifPresent(pass -> pass.documentDone(outcome));
  }

  @Override
  public void finished(RunReport report) {
    // the pass records its report itself
  }
}
