package io.github.receiptbridge.app.serve;

import io.github.receiptbridge.core.DateRange;
import io.github.receiptbridge.core.RunReport;
import java.time.Instant;
import java.util.Optional;

/**
 * One pass, running or finished, as the history keeps it.
 *
 * @param id the pass's id, unique in this process
 * @param organizationKey the organization's key
 * @param kind what it does
 * @param period the period it covers
 * @param trigger {@code schedule}, or the session that started it
 * @param state where it stands
 * @param startedAt when it started (or was skipped)
 * @param finishedAt when it finished, empty while running
 * @param done documents done so far
 * @param total documents in all, when known
 * @param summary one line on what it did (or why it was skipped), in Russian as the console shows it
 * @param failure why it failed, when it failed
 * @param report the run's report once finished (JSON and CSV through {@link RunReport#toJson()}/{@code toCsv()})
 */
public record PassRecord(long id, String organizationKey, PassKind kind, DateRange period, String trigger,
    PassState state, Instant startedAt, Optional<Instant> finishedAt, long done, Optional<Long> total,
    String summary, Optional<PassFailure> failure, Optional<RunReport> report) {}
