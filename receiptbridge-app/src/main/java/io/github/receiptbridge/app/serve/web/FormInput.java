package io.github.receiptbridge.app.serve.web;

import io.github.receiptbridge.core.DateRange;
import io.github.receiptbridge.app.serve.OrganizationView;
import io.github.receiptbridge.app.serve.ServiceConsole;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The head of the «Регистрация чеков» form: the organization and the period, read from a request's parameters
 * ({@code org}, {@code from}, {@code to}), each defaulting to the first organization and the default period.
 *
 * @param organization the chosen organization
 * @param period the chosen period
 */
record FormInput(OrganizationView organization, DateRange period) {
  /**
   * Reads the form head from {@code parameter} (a query or form parameter by name, null when absent).
   *
   * @throws Refusal 400 for a date that is not {@code YYYY-MM-DD} or a period ending before it starts, 404 for an
   *     organization that is not configured
   */
  static FormInput read(Function<String, @Nullable String> parameter, ServiceConsole console) {
    List<OrganizationView> organizations = console.organizations();
    if (organizations.isEmpty()) {
      throw new Refusal(503, "Нет ни одной организации: добавьте организации в файл настройки serve.");
    }
    @Nullable String key = blankToNull(parameter.apply("org"));
    OrganizationView organization = organizations.get(0);
    if (key != null) {
      organization = organizations.stream().filter(candidate -> candidate.key().equals(key)).findFirst()
          .orElseThrow(() -> Refusal.notFound("Организация «" + key + "» не настроена: выберите её из списка."));
    }
    DateRange defaults = console.defaultPeriod();
    LocalDate from = day(parameter.apply("from"), defaults.from());
    LocalDate to = day(parameter.apply("to"), defaults.to());
    if (to.isBefore(from)) {
      throw Refusal.badRequest("Период заканчивается (" + Formats.day(to) + ") раньше, чем начинается ("
          + Formats.day(from) + "): исправьте даты.");
    }
    return new FormInput(organization, DateRange.of(from, to));
  }

  /** The parameters that choose this organization and period again, in a link. */
  Map<String, String> parameters() {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("org", organization.key());
    parameters.put("from", period.from().toString());
    parameters.put("to", period.to().toString());
    return parameters;
  }

  /** The hidden fields that carry this organization and period in a form. */
  List<HiddenField> hiddenFields() {
    return HiddenField.all(parameters());
  }

  /** The link to the «Заполнить» table of this organization and period. */
  String tableLink() {
    Map<String, String> parameters = parameters();
    parameters.put("fill", "1");
    return Links.to("/", parameters) + "#table";
  }

  private static LocalDate day(@Nullable String text, LocalDate fallback) {
    if (blankToNull(text) == null) {
      return fallback;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw Refusal.badRequest("«" + text + "» не дата: укажите её как ГГГГ-ММ-ДД, например 2026-11-01.");
    }
  }

  private static @Nullable String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
