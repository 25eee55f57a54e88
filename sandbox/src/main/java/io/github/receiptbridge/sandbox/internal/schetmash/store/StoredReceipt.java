package io.github.receiptbridge.sandbox.internal.schetmash.store;

import io.github.receiptbridge.sandbox.SchetmashSandboxReceipt;
import io.github.receiptbridge.sandbox.internal.schetmash.model.FiscalData;
import io.github.receiptbridge.sandbox.internal.schetmash.model.Operation;
import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One row of the {@code processing} table. The immutable columns are fixed at registration; status, error
 * text and fiscal data change under this object's monitor. A generation counter lets an admin edit cancel
 * worker steps that were scheduled before it.
 */
public final class StoredReceipt {
  /** Internal status values the server knows. */
  public static final int ACCEPT = 1;
  /** Status 2: prepare / retry ("processing"). */
  public static final int PREPARE = 2;
  /** Status 3: fiscalized, waiting for the callback. */
  public static final int SEND_CLIENT = 3;
  /** Status 4: done. */
  public static final int SUCCESS = 4;
  /** Status 5: print in process. */
  public static final int PRINT_PROCESS = 5;
  /** Status 6: print error. */
  public static final int ERROR_PRINT = 6;
  /** Status 200: the worker's in-flight marker. */
  public static final int IN_FLIGHT = 200;

  private final long id;
  private final long shopId;
  private final Operation operation;
  private final String externalId;
  private final String requestBody;
  private final @Nullable String callbackUrl;
  private final BigDecimal sum;

  private int status = ACCEPT;
  private @Nullable String errorText;
  private @Nullable FiscalData fiscalData;
  private long generation;

  /** Creates a row in status 1. */
  public StoredReceipt(long id, long shopId, Operation operation, String externalId, String requestBody,
      @Nullable String callbackUrl, BigDecimal sum) {
    this.id = id;
    this.shopId = shopId;
    this.operation = operation;
    this.externalId = externalId;
    this.requestBody = requestBody;
    this.callbackUrl = callbackUrl;
    this.sum = sum;
  }

  /** Primary key. */
  public long id() {
    return id;
  }

  /** Owning shop. */
  public long shopId() {
    return shopId;
  }

  /** Operation of the register call. */
  public Operation operation() {
    return operation;
  }

  /** Stored external id (PHP string form). */
  public String externalId() {
    return externalId;
  }

  /** {@code service.callback_url}, or {@code null}. */
  public @Nullable String callbackUrl() {
    return callbackUrl;
  }

  /** The DECIMAL(12,2) sum. */
  public BigDecimal sum() {
    return sum;
  }

  /** A consistent copy of the mutable columns. */
  public synchronized State state() {
    return new State(status, errorText, fiscalData, generation);
  }

  /**
   * The report's read: returns the state it renders and, when the row is in status 3 without an error
   * text, moves it to 4 first, as {@code ReportAction} does.
   */
  public synchronized State readForReport() {
    if (!hasErrorText(errorText) && status == SEND_CLIENT) {
      status = SUCCESS;
    }
    return state();
  }

  /** Applies a worker step unless an admin edit happened since it was scheduled. */
  public synchronized boolean applyIfGeneration(long expectedGeneration, int newStatus,
      @Nullable String newErrorText, @Nullable FiscalData newFiscalData) {
    if (generation != expectedGeneration) {
      return false;
    }
    status = newStatus;
    errorText = newErrorText;
    if (newFiscalData != null) {
      fiscalData = newFiscalData;
    }
    return true;
  }

  /** Admin edit: sets status and error text, and cancels pending worker steps. */
  public synchronized void adminSet(int newStatus, @Nullable String newErrorText,
      @Nullable FiscalData fiscalIfMissing) {
    generation++;
    status = newStatus;
    errorText = newErrorText;
    if (fiscalData == null && fiscalIfMissing != null) {
      fiscalData = fiscalIfMissing;
    }
  }

  /** PHP truthiness of the error column, which decides the report's error branch. */
  public static boolean hasErrorText(@Nullable String text) {
    return text != null && !text.isEmpty() && !"0".equals(text);
  }

  /** A public snapshot for tests. */
  public SchetmashSandboxReceipt snapshot() {
    State state = state();
    return new Snapshot(id, shopId, operation.wireName(), externalId, requestBody, sum, state.status(),
        Optional.ofNullable(state.errorText()), state.reportedStatus());
  }

  /**
   * The mutable columns at one moment.
   *
   * @param status     internal status
   * @param errorText  error column, may be {@code null}
   * @param fiscalData fiscal columns, {@code null} before printing
   * @param generation admin edit counter
   */
  public record State(int status, @Nullable String errorText, @Nullable FiscalData fiscalData, long generation) {
    /** The report's {@code status} for this state (without the 3 → 4 side effect). */
    public String reportedStatus() {
      if (hasErrorText(errorText)) {
        return "error";
      }
      if (status == ACCEPT) {
        return "accept";
      }
      if (status == PREPARE) {
        return "processing";
      }
      return fiscalData != null ? "success" : "http500";
    }
  }

  private record Snapshot(long id, long shopId, String operation, String externalId, String requestBody,
      BigDecimal total, int internalStatus, Optional<String> errorText, String reportedStatus) implements SchetmashSandboxReceipt {
  }
}
