package io.github.receiptbridge.schetmash.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.receiptbridge.schetmash.errors.SchetmashInvalidCredentialsException;
import io.github.receiptbridge.schetmash.errors.SchetmashInvalidReceiptException;
import io.github.receiptbridge.schetmash.errors.SchetmashInvalidTokenException;
import io.github.receiptbridge.schetmash.errors.SchetmashNoActiveCashRegisterException;
import io.github.receiptbridge.schetmash.errors.SchetmashReceiptNotFoundException;
import io.github.receiptbridge.schetmash.errors.SchetmashApiException;
import io.github.receiptbridge.schetmash.errors.SchetmashUnexpectedResponseException;
import io.github.receiptbridge.schetmash.errors.SchetmashUnknownOperationException;
import io.github.receiptbridge.schetmash.errors.SchetmashUnknownShopException;
import io.github.receiptbridge.schetmash.model.ReceiptPayload;
import io.github.receiptbridge.schetmash.model.ReceiptReport;
import io.github.receiptbridge.schetmash.model.RegistrationResult;
import io.github.receiptbridge.schetmash.model.ReportError;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Turns JSON answers into results or typed exceptions. Business errors are recognised by their shape ({@code code}
 * without {@code status}) and chosen by {@code code}, never by the HTTP status. Numbers are accepted as JSON numbers
 * or numeric strings, because the service sends both.
 */
public final class ResponseDecoder {
  private static final int CODE_INVALID_TOKEN = 4;

  private ResponseDecoder() {}

  /** Whether the answer is code 4: the token is missing, expired or replaced. */
  public static boolean isInvalidToken(Answer answer) {
    return answer.isBusinessError() && answer.json().path("code").asInt() == CODE_INVALID_TOKEN;
  }

  /** Throws the typed exception for a business-error answer; returns normally otherwise. */
  public static void throwIfError(Answer answer) {
    if (!answer.isBusinessError()) {
      return;
    }
    JsonNode code = answer.json().get("code");
    if (!code.canConvertToInt() && !code.isTextual()) {
      throw malformed(answer, "a non-numeric code");
    }
    String message = answer.json().path("message").asText("");
    throw forCode(answer.httpStatus(), code.asInt(), message);
  }

  /** The exception for an API {@code code}. */
  static SchetmashApiException forCode(int httpStatus, int code, String message) {
    switch (code) {
      case 1:
        return new SchetmashInvalidCredentialsException(httpStatus, message);
      case CODE_INVALID_TOKEN:
        return new SchetmashInvalidTokenException(httpStatus, message);
      case 5:
        return new SchetmashUnknownShopException(httpStatus, message);
      case 6:
        return new SchetmashUnknownOperationException(httpStatus, message);
      case 7:
        return new SchetmashNoActiveCashRegisterException(httpStatus, message);
      case 8:
        return new SchetmashReceiptNotFoundException(httpStatus, message);
      case 9:
        return new SchetmashInvalidReceiptException(httpStatus, message);
      default:
        return new SchetmashApiException(httpStatus, code, message, "This code is unknown to the SDK");
    }
  }

  /** The token of a successful token answer (code 2 or 3). */
  public static String token(Answer answer) {
    throwIfError(answer);
    JsonNode token = answer.json().get("token");
    if (token == null || !token.isTextual() || token.asText().isEmpty()) {
      throw malformed(answer, "no token in the token answer");
    }
    return token.asText();
  }

  /** The result of a registration answer. */
  public static RegistrationResult registration(Answer answer) {
    throwIfError(answer);
    return RegistrationResult.builder().id(requiredLong(answer, answer.json(), "id")).rawStatus(
        requiredText(answer, answer.json(), "status")).build();
  }

  /** The report of a report answer. */
  public static ReceiptReport report(Answer answer) {
    throwIfError(answer);
    JsonNode json = answer.json();
    ReceiptReport.Builder report = ReceiptReport.builder()
        .id(requiredLong(answer, json, "id"))
        .rawStatus(requiredText(answer, json, "status"))
        .timestamp(optionalDateTime(answer, json, "timestamp"));
    JsonNode payload = json.get("payload");
    if (payload != null && payload.isObject()) {
      report.payload(payload(answer, payload));
    }
    JsonNode error = json.get("error");
    if (error != null && error.isObject()) {
      report.error(ReportError.builder()
          .code(error.path("code").asInt(0))
          .message(error.path("message").asText(""))
          .build());
    }
    return report.build();
  }

  private static ReceiptPayload payload(Answer answer, JsonNode payload) {
    JsonNode qr = payload.get("qr");
    return ReceiptPayload.builder()
        .total(requiredDecimal(answer, payload, "total"))
        .fnsSite(requiredText(answer, payload, "fns_site"))
        .fnNumber(requiredText(answer, payload, "fn_number"))
        .shiftNumber(requiredLong(answer, payload, "shift_number"))
        .receiptDatetime(optionalDateTime(answer, payload, "receipt_datetime")
            .orElseThrow(() -> malformed(answer, "no payload.receipt_datetime")))
        .fiscalReceiptNumber(requiredLong(answer, payload, "fiscal_receipt_number"))
        .fiscalDocumentNumber(requiredLong(answer, payload, "fiscal_document_number"))
        .ecrRegistrationNumber(requiredText(answer, payload, "ecr_registration_number"))
        .fiscalDocumentAttribute(requiredLong(answer, payload, "fiscal_document_attribute"))
        .qr(qr == null || qr.isNull() || qr.asText().isEmpty() ? Optional.empty() : Optional.of(qr.asText()))
        .build();
  }

  private static String requiredText(Answer answer, JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull() || value.isContainerNode()) {
      throw malformed(answer, "no " + field);
    }
    return value.asText();
  }

  private static BigDecimal requiredDecimal(Answer answer, JsonNode node, String field) {
    String text = requiredText(answer, node, field).trim();
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw malformed(answer, field + " is not a number: " + text);
    }
  }

  private static long requiredLong(Answer answer, JsonNode node, String field) {
    BigDecimal value = requiredDecimal(answer, node, field);
    try {
      return value.longValueExact();
    } catch (ArithmeticException e) {
      throw malformed(answer, field + " is not a whole number: " + value);
    }
  }

  private static Optional<LocalDateTime> optionalDateTime(Answer answer, JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull() || value.asText().isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(WireDates.parseDateTime(value.asText()));
    } catch (DateTimeParseException e) {
      throw malformed(answer, field + " is not a date-time: " + value.asText());
    }
  }

  private static SchetmashUnexpectedResponseException malformed(Answer answer, String reason) {
    return SchetmashHttp.unexpected(answer.call(), answer.httpStatus(), answer.json().toString(), reason);
  }
}
