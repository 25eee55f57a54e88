package io.github.receiptbridge.sandbox.internal.schetmash;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.receiptbridge.sandbox.internal.schetmash.model.ApiCode;
import io.github.receiptbridge.sandbox.internal.schetmash.model.Operation;
import io.github.receiptbridge.sandbox.internal.schetmash.php.PhpCrashException;
import io.github.receiptbridge.sandbox.internal.schetmash.php.PhpJsonDecoder;
import io.github.receiptbridge.sandbox.internal.schetmash.php.PhpJsonEncoder;
import io.github.receiptbridge.sandbox.internal.schetmash.php.PhpQueryString;
import io.github.receiptbridge.sandbox.internal.schetmash.php.PhpValues;
import io.github.receiptbridge.sandbox.internal.schetmash.store.DecimalColumn;
import io.github.receiptbridge.sandbox.internal.schetmash.store.ReceiptStore;
import io.github.receiptbridge.sandbox.internal.schetmash.store.StoredReceipt;
import io.github.receiptbridge.sandbox.internal.schetmash.wire.WireResponse;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /lk/api/v1/{shopId}/{operation}} ({@code RegisterCheckAction}): after the gate, decode the
 * body (code 9 + decoder message), require an array with a non-empty {@code external_id} (code 9
 * "не корректный json"), answer an existing (shop, external_id) with its id and "accept" before any
 * validation, else validate, store and hand the receipt to the worker. One shop's registrations are
 * serialized, so concurrent duplicates store exactly one receipt.
 */
final class RegisterEndpoint {
  private static final String DATA_PREFIX = ApiCode.INCORRECT_DATA.message() + ", ";
  private static final int VARCHAR_LIMIT = 256;
  private static final int TEXT_LIMIT_BYTES = 65_535;

  private final RequestGate gate;
  private final ReceiptStore store;
  private final NormalReceiptValidator normalValidator;
  private final CorrectionReceiptValidator correctionValidator;
  private final ProcessingWorker worker;
  private final SchetmashFaults faults;

  /** Creates the endpoint. */
  public RegisterEndpoint(RequestGate gate, ReceiptStore store, NormalReceiptValidator normalValidator,
      CorrectionReceiptValidator correctionValidator, ProcessingWorker worker, SchetmashFaults faults) {
    this.gate = gate;
    this.store = store;
    this.normalValidator = normalValidator;
    this.correctionValidator = correctionValidator;
    this.worker = worker;
    this.faults = faults;
  }

  /** Handles one registration. */
  public WireResponse handle(Route route, PhpQueryString query, byte[] body) {
    RequestGate.Verdict verdict = gate.check(query, route.shopId(), route.operation());
    if (verdict.rejection() != null) {
      return verdict.rejection();
    }
    long shopId = verdict.passed().shopId();
    Operation operation = verdict.passed().operation();
    JsonNode json;
    try {
      json = PhpJsonDecoder.decode(body);
    } catch (PhpJsonDecoder.DecodingFailedException e) {
      return WireResponse.error(ApiCode.INCORRECT_DATA, DATA_PREFIX + e.getMessage());
    }
    JsonNode externalIdNode = PhpValues.lookup(json, "external_id");
    if (!PhpValues.isArray(json) || PhpValues.isEmpty(externalIdNode)) {
      return WireResponse.error(ApiCode.INCORRECT_DATA, DATA_PREFIX + "не корректный json");
    }
    if (externalIdNode.isContainerNode()) {
      throw new PhpCrashException("Array to string conversion (external_id)");
    }
    String externalId = PhpValues.toPhpString(externalIdNode);
    synchronized (store.lockFor(shopId)) {
      Optional<StoredReceipt> existing = store.find(shopId, externalId);
      if (existing.isPresent()) {
        return accepted(existing.get().id());
      }
      Validation validation = operation.isCorrection()
          ? correctionValidator.validate(json)
          : normalValidator.validate(json);
      if (validation.isRejected()) {
        return WireResponse.error(ApiCode.INCORRECT_DATA, DATA_PREFIX + validation.rejection());
      }
      String callbackUrl = callbackUrl(json);
      checkColumns(json, body.length, externalId, callbackUrl);
      BigDecimal sum = DecimalColumn.store(validation.boundSum());
      StoredReceipt receipt = store.insert(shopId, operation, externalId,
          new String(body, StandardCharsets.UTF_8), callbackUrl, sum);
      worker.submit(receipt, faults::takeOutcome);
      return accepted(receipt.id()).asCommittedRegistration();
    }
  }

  private static @Nullable String callbackUrl(JsonNode json) {
    JsonNode url = PhpValues.lookup(PhpValues.lookup(json, "service"), "callback_url");
    if (!PhpValues.isSet(url)) {
      return null;
    }
    if (url.isContainerNode()) {
      throw new PhpCrashException("Array to string conversion (callback_url)");
    }
    return PhpValues.toPhpString(url);
  }

  /** MySQL strict mode: varchar(256) columns, utf8 (3-byte) charset, TEXT raw data. */
  private static void checkColumns(JsonNode json, int bodyLength, String externalId,
      @Nullable String callbackUrl) {
    checkVarchar(externalId);
    if (callbackUrl != null) {
      checkVarchar(callbackUrl);
    }
    // Re-encoding grows a body at most six-fold (one byte to a six-character escape), so small bodies fit.
    if ((long) bodyLength * 6 > TEXT_LIMIT_BYTES
        && PhpJsonEncoder.encodeZendJson(json).length() > TEXT_LIMIT_BYTES) {
      throw new PhpCrashException("Data too long for column 'raw_data'");
    }
  }

  private static void checkVarchar(String value) {
    if (value.codePointCount(0, value.length()) > VARCHAR_LIMIT) {
      throw new PhpCrashException("Data too long for a varchar(256) column");
    }
    if (value.codePoints().anyMatch(Character::isSupplementaryCodePoint)) {
      throw new PhpCrashException("Incorrect string value for a utf8 column");
    }
  }

  private static WireResponse accepted(long id) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("id", id);
    body.put("status", "accept");
    return WireResponse.json(200, body);
  }
}
