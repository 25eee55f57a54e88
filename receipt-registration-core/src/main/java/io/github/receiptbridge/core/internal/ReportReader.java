package io.github.receiptbridge.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.receiptbridge.core.Action;
import io.github.receiptbridge.core.DocumentOutcome;
import io.github.receiptbridge.core.FailureKind;
import io.github.receiptbridge.core.Phase;
import io.github.receiptbridge.core.Reason;
import io.github.receiptbridge.core.ReasonCode;
import io.github.receiptbridge.core.RunReport;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads back the JSON {@link ReportFormats#json} wrote. The {@code reason} text is not read (it is in whatever words
 * the writer chose): the reason is rebuilt from {@code reasonCode} and {@code reasonArguments}; {@code totals} are
 * derived from the outcomes. Anything else is an {@link IllegalArgumentException} naming the field.
 */
public final class ReportReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ReportReader() {}

  /**
   * The report {@code json} holds.
   *
   * @throws IllegalArgumentException when {@code json} is not a report's JSON
   */
  public static RunReport read(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Not a run report: the text is not JSON (" + e.getOriginalMessage() + ")",
          e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("Not a run report: a report is a JSON object with phase and outcomes");
    }
    String phaseName = text(root, "phase", "the report");
    Phase phase = Arrays.stream(Phase.values()).filter(p -> p.displayName().equals(phaseName)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Not a run report: unknown phase '" + phaseName + "'"));
    RunReport.Builder report = RunReport.builder()
        .phase(phase)
        .startedAt(parse(root, "startedAt", "the report", Instant::parse))
        .finishedAt(parse(root, "finishedAt", "the report", Instant::parse));
    JsonNode stopped = root.get("stopped");
    if (stopped != null) {
      if (!stopped.isBoolean()) {
        throw new IllegalArgumentException("Not a run report: 'stopped' is not true or false");
      }
      report.stopped(stopped.booleanValue());
    }
    JsonNode outcomes = root.get("outcomes");
    if (outcomes == null || !outcomes.isArray()) {
      throw new IllegalArgumentException("Not a run report: 'outcomes' is missing or not an array");
    }
    for (int i = 0; i < outcomes.size(); i++) {
      report.addOutcomes(outcome(outcomes.get(i), "outcome " + (i + 1)));
    }
    return report.build();
  }

  private static DocumentOutcome outcome(JsonNode node, String where) {
    if (!node.isObject()) {
      throw new IllegalArgumentException("Not a run report: " + where + " is not a JSON object");
    }
    DocumentOutcome.Builder outcome = DocumentOutcome.builder()
        .documentKey(parse(node, "documentKey", where, UUID::fromString))
        .number(text(node, "number", where))
        .date(parse(node, "date", where, LocalDateTime::parse))
        .amount(amount(node, where))
        .externalId(text(node, "externalId", where))
        .rawStatus(optionalText(node, "status", where))
        .action(parse(node, "action", where, Action::valueOf))
        .error(optionalText(node, "error", where))
        .failureKind(optionalText(node, "failureKind", where).map(kind -> parseValue(kind, "failureKind", where,
            FailureKind::valueOf)))
        .dueBy(parse(node, "dueBy", where, LocalDate::parse))
        .overdue(bool(node, "overdue", where))
        .requestJson(optionalText(node, "requestJson", where));
    JsonNode receiptId = node.get("receiptId");
    if (receiptId != null) {
      if (!receiptId.canConvertToExactIntegral() || !receiptId.canConvertToLong()) {
        throw new IllegalArgumentException("Not a run report: 'receiptId' of " + where + " is not a whole number");
      }
      outcome.receiptId(receiptId.longValue());
    }
    reason(node, where).ifPresent(outcome::reason);
    return outcome.build();
  }

  /** The amount with its scale ({@code amountText}), or the stripped {@code amount} of a report written before it. */
  private static BigDecimal amount(JsonNode node, String where) {
    Optional<String> exact = optionalText(node, "amountText", where);
    if (exact.isPresent()) {
      return parseValue(exact.get(), "amountText", where, BigDecimal::new);
    }
    JsonNode amount = node.get("amount");
    if (amount == null || !amount.isNumber()) {
      throw new IllegalArgumentException("Not a run report: 'amount' of " + where + " is missing or not a number");
    }
    return amount.decimalValue();
  }

  private static Optional<Reason> reason(JsonNode node, String where) {
    String code = text(node, "reasonCode", where);
    if (code.isEmpty()) {
      return Optional.empty();
    }
    ReasonCode reasonCode = parseValue(code, "reasonCode", where, ReasonCode::valueOf);
    JsonNode arguments = node.get("reasonArguments");
    List<String> values = new ArrayList<>();
    if (arguments != null) {
      if (!arguments.isArray()) {
        throw new IllegalArgumentException("Not a run report: 'reasonArguments' of " + where + " is not an array");
      }
      for (JsonNode argument : arguments) {
        if (!argument.isTextual()) {
          throw new IllegalArgumentException("Not a run report: 'reasonArguments' of " + where
              + " holds something other than text");
        }
        values.add(argument.textValue());
      }
    }
    return Optional.of(Reason.of(reasonCode, values));
  }

  private static String text(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException("Not a run report: '" + field + "' of " + where + " is missing or not text");
    }
    return value.textValue();
  }

  private static Optional<String> optionalText(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw new IllegalArgumentException("Not a run report: '" + field + "' of " + where + " is not text");
    }
    return Optional.of(value.textValue());
  }

  private static boolean bool(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || !value.isBoolean()) {
      throw new IllegalArgumentException("Not a run report: '" + field + "' of " + where
          + " is missing or not true or false");
    }
    return value.booleanValue();
  }

  private static <T> T parse(JsonNode node, String field, String where, Function<String, T> parser) {
    return parseValue(text(node, field, where), field, where, parser);
  }

  private static <T> T parseValue(String text, String field, String where, Function<String, T> parser) {
    try {
      return parser.apply(text);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("Not a run report: '" + field + "' of " + where + " is not valid: '"
          + text + "'", e);
    }
  }
}
