package io.github.receiptbridge.app.serve;

import io.github.receiptbridge.core.DateRange;
import java.util.List;
import java.util.Objects;

/**
 * What a pass is asked to do: which organization, what kind of pass, over which period, on which named documents,
 * and who asked.
 *
 * @param organizationKey the organization's key
 * @param kind what the pass does
 * @param period the period it covers
 * @param documents the named documents (numbers or Ref_Keys) of a pass that {@linkplain PassKind#namesDocuments()
 *     names documents}; empty for every other kind
 * @param trigger {@value #SCHEDULE} or the session that asked, for the log and the history
 */
public record PassRequest(String organizationKey, PassKind kind, DateRange period, List<String> documents,
    String trigger) {
  /** The trigger of the passes the schedule starts. */
  public static final String SCHEDULE = "schedule";

  /**
   * Checks that the kind and the documents go together.
   *
   * @throws IllegalArgumentException when a kind that names documents has none, or another kind names some
   */
  public PassRequest {
    Objects.requireNonNull(organizationKey, "organizationKey");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(trigger, "trigger");
    documents = List.copyOf(documents);
    if (kind.namesDocuments() && documents.isEmpty()) {
      throw new IllegalArgumentException("«" + kind.title() + "» needs the documents an operator named; it never "
          + "works on the whole period");
    }
    if (!kind.namesDocuments() && !documents.isEmpty()) {
      throw new IllegalArgumentException("only «Повторить чек» and «Отдельный платёж» name documents, «"
          + kind.title() + "» works on the whole period");
    }
  }

  /** A pass of {@code kind} over the whole {@code period}, started by the schedule. */
  public static PassRequest scheduled(String organizationKey, PassKind kind, DateRange period) {
    return new PassRequest(organizationKey, kind, period, List.of(), SCHEDULE);
  }
}
