package io.github.receiptbridge.sandbox;

import io.github.receiptbridge.sandbox.internal.onec.OnecFaults;
import io.github.receiptbridge.sandbox.internal.server.CountedFault;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Live fault-injection knobs of a running {@link OnecSandbox}. Every setter is thread-safe, takes effect for the
 * next request and returns this object. Defaults: no latency, no faults. The knobs both simulators have are
 * described on {@link SandboxBehavior}; here the HTML 500 page is an application-server crash, and of the answers
 * only JSON ones count for {@link #malformedJsonNext} (not Atom XML).
 *
 * <pre>{@code
 * sandbox.behavior()
 *     .seed(7)
 *     .html500Rate(0.1)       // one request in ten gets the platform's HTML error page
 *     .failNextWrites(2);     // the next two writes fail with 500 / -1 and change nothing
 * }</pre>
 *
 * @since 0.1.0
 */
public final class OnecBehavior extends SandboxBehavior<OnecBehavior> {
  private final CountedFault failedWrites = countedFault();
  private final CountedFault loginPages = countedFault();
  private final CountedFault atomAnswers = countedFault();
  private final Map<String, CountedFault> failedWritesOf = new ConcurrentHashMap<>();

  OnecBehavior() {
  }

  /**
   * The next {@code n} writes (POST, PATCH, MERGE, PUT, DELETE, including Post/Unpost) that pass authentication
   * answer HTTP 500 {@code {"odata.error":{"code":"-1",…"Ошибка при записи (имитация сбоя)"}}} and change
   * nothing, as a configuration handler that throws would.
   *
   * @param n number of writes, added to any still pending
   * @return this
   */
  public OnecBehavior failNextWrites(int n) {
    failedWrites.add(n);
    return this;
  }

  /**
   * The next {@code n} writes of one «дополнительное сведение» (a POST or PATCH of an {@code
   * InformationRegister_ДополнительныеСведения} record of that property) fail as {@link #failNextWrites} does, while
   * the writes of other values go through: for example the last of the three values a write-back saves.
   *
   * @param propertyName the property's developer name, e.g. {@code СчетМаш_СтатусЧека}
   * @param n number of writes, added to any still pending
   * @return this
   */
  public OnecBehavior failNextWritesOf(String propertyName, int n) {
    failedWritesOf.computeIfAbsent(Objects.requireNonNull(propertyName, "propertyName"), name -> countedFault())
        .add(n);
    return this;
  }

  /**
   * The next {@code n} authenticated requests get an HTML login page with status 200, as a misconfigured
   * publication sends, which a client must not take for data.
   *
   * @param n number of requests, added to any still pending
   * @return this
   */
  public OnecBehavior loginPageNext(int n) {
    loginPages.add(n);
    return this;
  }

  /**
   * The next {@code n} authenticated requests that would be answered with JSON (by {@code $format=json} or
   * {@code Accept: application/json}) are answered in Atom XML instead, as a publication that ignores
   * {@code $format=json} would: feeds, entries and the service document as Atom, errors as {@code <m:error>}, the
   * status unchanged and a write still performed. Answers that look the same in every format ({@code $metadata},
   * {@code $count}, empty answers, Post/Unpost) do not count.
   *
   * @param n number of answers, added to any still pending
   * @return this
   */
  public OnecBehavior atomNext(int n) {
    atomAnswers.add(n);
    return this;
  }

  @Override
  OnecBehavior self() {
    return this;
  }

  /** The serving side of these knobs, for the simulator. */
  OnecFaults faults() {
    return new OnecFaults() {
      @Override
      public void applyLatency() throws InterruptedException {
        OnecBehavior.this.applyLatency();
      }

      @Override
      public boolean takeHtml500() {
        return rollHtml500();
      }

      @Override
      public boolean takeMalformedJson() {
        return OnecBehavior.this.takeMalformedJson();
      }

      @Override
      public boolean takeFailedWrite() {
        return failedWrites.take();
      }

      @Override
      public boolean takeFailedWriteOf(String propertyName) {
        CountedFault fault = failedWritesOf.get(propertyName);
        return fault != null && fault.take();
      }

      @Override
      public boolean takeLoginPage() {
        return loginPages.take();
      }

      @Override
      public boolean takeAtom() {
        return atomAnswers.take();
      }

      @Override
      public void giveBackAtom() {
        atomAnswers.giveBack();
      }
    };
  }
}
