package io.github.receiptbridge.sandbox.internal.onec;

import io.github.receiptbridge.sandbox.internal.onec.model.ODataError;
import io.github.receiptbridge.sandbox.internal.onec.model.OnecNames;
import io.github.receiptbridge.sandbox.internal.onec.model.Entity;
import io.github.receiptbridge.sandbox.internal.onec.store.BankReceiptEntity;
import io.github.receiptbridge.sandbox.internal.onec.store.Infobase;
import io.github.receiptbridge.sandbox.internal.onec.wire.ODataResponse;
import io.github.receiptbridge.sandbox.internal.onec.wire.Projector;
import io.github.receiptbridge.sandbox.internal.onec.wire.ResponseFormat;
import java.util.Map;
import java.util.UUID;

/**
 * {@code Post} and {@code Unpost} of a document: 200 with an empty body, {@code Posted} flipped and
 * {@code DataVersion} bumped (also by an Unpost of an unposted document). Posting a document marked for deletion,
 * or in operational mode (real-time posting is denied for bank receipts), fails with 500 / -1.
 */
final class ActionHandler {
  private final Infobase infobase;

  ActionHandler(Infobase infobase) {
    this.infobase = infobase;
  }

  /** Runs {@code action} on the document the key names. */
  ODataResponse run(String action, String keyText, String operationalMode, ResponseFormat format) {
    UUID key = KeyPredicate.referenceKey(keyText);
    if (infobase.bankWithdrawals().get(key).isPresent()) {
      return runOnWithdrawal(action, key, operationalMode, format);
    }
    BankReceiptEntity document = infobase.bankReceipts().get(key).orElseThrow(ODataError::entityNotFound);
    boolean post = "Post".equals(action);
    if (post && Boolean.TRUE.equals(document.get(OnecNames.DELETION_MARK))) {
      throw ODataError.internal("Не удалось провести \"" + describe(document) + "\": документ помечен на удаление");
    }
    if (post && "true".equalsIgnoreCase(operationalMode)) {
      throw ODataError.internal("Не удалось провести \"" + describe(document)
          + "\": оперативное проведение документов этого вида запрещено");
    }
    infobase.bankReceipts().update(key, current -> current.with(Map.of(OnecNames.POSTED, post)))
        .orElseThrow(ODataError::entityNotFound);
    return ODataResponse.json(200, format.isJson() ? format : ResponseFormat.JSON_MINIMAL, new byte[0]);
  }

  private ODataResponse runOnWithdrawal(String action, UUID key, String operationalMode, ResponseFormat format) {
    Entity document = infobase.bankWithdrawals().get(key).orElseThrow(ODataError::entityNotFound);
    boolean post = "Post".equals(action);
    if (post && Boolean.TRUE.equals(document.get(OnecNames.DELETION_MARK))) {
      throw ODataError.internal("Не удалось провести \"" + Projector.presentation(document)
          + "\": документ помечен на удаление");
    }
    if (post && "true".equalsIgnoreCase(operationalMode)) {
      throw ODataError.internal("Не удалось провести \"" + Projector.presentation(document)
          + "\": оперативное проведение документов этого вида запрещено");
    }
    infobase.bankWithdrawals().update(key, current -> current.with(Map.of(OnecNames.POSTED, post)))
        .orElseThrow(ODataError::entityNotFound);
    return ODataResponse.json(200, format.isJson() ? format : ResponseFormat.JSON_MINIMAL, new byte[0]);
  }

  private static String describe(BankReceiptEntity document) {
    return Projector.presentation(document);
  }
}
