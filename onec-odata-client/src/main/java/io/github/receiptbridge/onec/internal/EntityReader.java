package io.github.receiptbridge.onec.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.receiptbridge.common.internal.BodySnippet;
import io.github.receiptbridge.onec.errors.OnecUnexpectedResponseException;
import io.github.receiptbridge.onec.model.AdditionalInfoRecord;
import io.github.receiptbridge.onec.model.AdditionalProperty;
import io.github.receiptbridge.onec.model.AdditionalValue;
import io.github.receiptbridge.onec.model.BankReceipt;
import io.github.receiptbridge.onec.model.BankWithdrawal;
import io.github.receiptbridge.onec.model.BankWithdrawalRow;
import io.github.receiptbridge.onec.model.DocumentRef;
import io.github.receiptbridge.onec.model.LegalForm;
import io.github.receiptbridge.onec.model.Organization;
import io.github.receiptbridge.onec.model.PayerContacts;
import io.github.receiptbridge.onec.model.PayerKind;
import io.github.receiptbridge.onec.model.PayerRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Reads 1C JSON entities into model values. Amounts become exact decimals whether 1C writes {@code 20000},
 * {@code 124947.34} or a string; Int64 values come as strings; empty references are the zero GUID or {@code
 * StandardODATA.Undefined}.
 */
public final class EntityReader {
  private static final UUID EMPTY_REF = new UUID(0, 0);
  private static final String UNDEFINED = "StandardODATA.Undefined";

  private final ZoneId serverZone;

  /** A reader that places 1C dates in {@code serverZone}. */
  public EntityReader(ZoneId serverZone) {
    this.serverZone = serverZone;
  }

  /** The entities of a collection answer ({@code value}). */
  static List<JsonNode> values(JsonNode collection, String call) {
    JsonNode value = collection.get("value");
    if (value == null || !value.isArray()) {
      throw new OnecUnexpectedResponseException(call, 200, BodySnippet.of(collection.toString()),
          "a collection answer without a value array");
    }
    List<JsonNode> list = new ArrayList<>(value.size());
    value.forEach(list::add);
    return list;
  }

  /** An organization. */
  public Organization organization(JsonNode node) {
    return Organization.builder()
        .key(uuid(node, ODataNames.REF_KEY))
        .name(text(node, ODataNames.DESCRIPTION))
        .inn(text(node, ODataNames.INN).trim())
        .kpp(text(node, ODataNames.KPP).trim())
        .fullName(text(node, ODataNames.FULL_NAME))
        .build();
  }

  /** A bank receipt (header). */
  public BankReceipt bankReceipt(JsonNode node) {
    LocalDateTime date = dateTime(node, ODataNames.DATE);
    return BankReceipt.builder()
        .key(uuid(node, ODataNames.REF_KEY))
        .number(text(node, ODataNames.NUMBER).trim())
        .date(date)
        .zonedDate(date.atZone(serverZone))
        .posted(node.path(ODataNames.POSTED).asBoolean(false))
        .deletionMark(node.path(ODataNames.DELETION_MARK).asBoolean(false))
        .organizationKey(uuid(node, ODataNames.ORGANIZATION_KEY))
        .operationKind(text(node, ODataNames.OPERATION_KIND))
        .amount(decimal(node, ODataNames.AMOUNT))
        .paymentPurpose(text(node, ODataNames.PURPOSE))
        .incomingNumber(Optional.of(text(node, ODataNames.INCOMING_NUMBER).trim()).filter(text -> !text.isEmpty()))
        .incomingDate(optionalDate(node, ODataNames.INCOMING_DATE))
        .payer(reference(node, ODataNames.PAYER, ODataNames.PAYER_TYPE))
        .build();
  }

  /**
   * A bank withdrawal with the rows of its {@code РасшифровкаПлатежа} (sorted by {@code LineNumber}; none when the
   * answer carries no such array).
   */
  public BankWithdrawal bankWithdrawal(JsonNode node) {
    LocalDateTime date = dateTime(node, ODataNames.DATE);
    List<BankWithdrawalRow> rows = new ArrayList<>();
    for (JsonNode row : node.path(ODataNames.DECODING)) {
      rows.add(BankWithdrawalRow.builder()
          .lineNumber(row.path(ODataNames.LINE_NUMBER).asInt(rows.size() + 1))
          .settlementDocument(reference(row, ODataNames.SETTLEMENT_DOCUMENT, ODataNames.SETTLEMENT_DOCUMENT_TYPE)
              .map(ref -> DocumentRef.of(ref.key(), ref.rawType())))
          .amount(decimal(row, ODataNames.ROW_AMOUNT))
          .build());
    }
    rows.sort(Comparator.comparingInt(BankWithdrawalRow::lineNumber));
    return BankWithdrawal.builder()
        .key(uuid(node, ODataNames.REF_KEY))
        .number(text(node, ODataNames.NUMBER).trim())
        .date(date)
        .zonedDate(date.atZone(serverZone))
        .posted(node.path(ODataNames.POSTED).asBoolean(false))
        .deletionMark(node.path(ODataNames.DELETION_MARK).asBoolean(false))
        .organizationKey(uuid(node, ODataNames.ORGANIZATION_KEY))
        .operationKind(text(node, ODataNames.OPERATION_KIND))
        .amount(decimal(node, ODataNames.AMOUNT))
        .paymentPurpose(text(node, ODataNames.PURPOSE))
        .recipient(reference(node, ODataNames.PAYER, ODataNames.PAYER_TYPE))
        .basisDocument(reference(node, ODataNames.BASIS_DOCUMENT, ODataNames.BASIS_DOCUMENT_TYPE)
            .map(ref -> DocumentRef.of(ref.key(), ref.rawType())))
        .rows(rows)
        .build();
  }

  /**
   * The contacts of a counterparty or natural person: its legal form and every e-mail and phone text of its {@code
   * КонтактнаяИнформация} rows, in row order.
   */
  public PayerContacts payerContacts(PayerRef payer, JsonNode node) {
    List<String> emails = new ArrayList<>();
    List<String> phones = new ArrayList<>();
    for (JsonNode row : node.path(ODataNames.CONTACTS)) {
      String kind = row.path(ODataNames.CONTACT_KIND).asText("");
      if (ODataNames.KIND_EMAIL.equals(kind)) {
        addTexts(emails, row.path(ODataNames.CONTACT_EMAIL).asText(""), row);
      } else if (ODataNames.KIND_PHONE.equals(kind)) {
        addTexts(phones, row.path(ODataNames.CONTACT_PHONE).asText(""), row);
      }
    }
    String inn = text(node, ODataNames.INN).trim();
    return PayerContacts.builder()
        .payer(payer)
        .name(text(node, ODataNames.DESCRIPTION))
        .inn(inn.isEmpty() ? Optional.empty() : Optional.of(inn))
        .legalForm(payer.kind() == PayerKind.NATURAL_PERSON ? LegalForm.NATURAL_PERSON
            : LegalForm.of(text(node, ODataNames.LEGAL_FORM)))
        .emails(emails)
        .phones(phones)
        .build();
  }

  /** Adds a row's structured value, then its presentation when that differs; blank texts are left out. */
  private static void addTexts(List<String> texts, String structured, JsonNode row) {
    String field = structured.trim();
    String presentation = row.path(ODataNames.CONTACT_PRESENTATION).asText("").trim();
    if (!field.isEmpty()) {
      texts.add(field);
    }
    if (!presentation.isEmpty() && !presentation.equals(field)) {
      texts.add(presentation);
    }
  }

  /** An additional property definition. */
  public AdditionalProperty additionalProperty(JsonNode node) {
    return AdditionalProperty.builder()
        .key(uuid(node, ODataNames.REF_KEY))
        .name(text(node, ODataNames.PROPERTY_NAME))
        .title(text(node, ODataNames.PROPERTY_TITLE))
        .description(text(node, ODataNames.DESCRIPTION))
        .additionalInfo(node.path(ODataNames.PROPERTY_IS_INFO).asBoolean(false))
        .deletionMark(node.path(ODataNames.DELETION_MARK).asBoolean(false))
        .build();
  }

  /** An additional-info record. */
  public AdditionalInfoRecord additionalInfoRecord(JsonNode node) {
    return AdditionalInfoRecord.builder()
        .objectKey(uuid(node, ODataNames.OBJECT))
        .objectType(text(node, ODataNames.OBJECT_TYPE))
        .propertyKey(uuid(node, ODataNames.PROPERTY_KEY))
        .value(AdditionalValue.of(text(node, ODataNames.VALUE), text(node, ODataNames.VALUE_TYPE)))
        .build();
  }

  /** The {@code Свойство_Key} of each row of a property set's {@code ДополнительныеСведения}. */
  public static Set<UUID> propertySetMembers(JsonNode set) {
    Set<UUID> members = new LinkedHashSet<>();
    for (JsonNode row : set.path(ODataNames.SET_ADDITIONAL_INFO)) {
      members.add(uuid(row, ODataNames.PROPERTY_KEY));
    }
    return Collections.unmodifiableSet(members);
  }

  private static Optional<PayerRef> reference(JsonNode node, String field, String typeField) {
    String value = text(node, field).trim();
    String type = text(node, typeField);
    if (value.isEmpty() || type.isEmpty() || UNDEFINED.equals(type)) {
      return Optional.empty();
    }
    UUID key = parseUuid(value, field);
    return key.equals(EMPTY_REF) ? Optional.empty() : Optional.of(PayerRef.of(key, type));
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? "" : value.asText();
  }

  private static UUID uuid(JsonNode node, String field) {
    String value = text(node, field);
    if (value.isEmpty()) {
      throw malformed(node, "no " + field);
    }
    return parseUuid(value, field);
  }

  private static UUID parseUuid(String value, String field) {
    try {
      return UUID.fromString(value.trim());
    } catch (IllegalArgumentException e) {
      throw new OnecUnexpectedResponseException("read", 200, value, field + " is not a GUID");
    }
  }

  private static BigDecimal decimal(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return BigDecimal.ZERO;
    }
    if (value.isNumber()) {
      return value.decimalValue();
    }
    try {
      return new BigDecimal(value.asText().trim());
    } catch (NumberFormatException e) {
      throw malformed(node, field + " is not a number: " + value.asText());
    }
  }

  private static LocalDateTime dateTime(JsonNode node, String field) {
    String value = text(node, field);
    try {
      return LocalDateTime.parse(value);
    } catch (DateTimeParseException e) {
      throw malformed(node, field + " is not a 1C date: " + value);
    }
  }

  /** A date field that may be absent or 1C's empty date {@code 0001-01-01T00:00:00}. */
  private static Optional<LocalDate> optionalDate(JsonNode node, String field) {
    if (text(node, field).isBlank()) {
      return Optional.empty();
    }
    LocalDate date = dateTime(node, field).toLocalDate();
    return date.getYear() <= 1 ? Optional.empty() : Optional.of(date);
  }

  private static OnecUnexpectedResponseException malformed(JsonNode node, String reason) {
    return new OnecUnexpectedResponseException("read", 200, BodySnippet.of(node.toString()), reason);
  }
}
