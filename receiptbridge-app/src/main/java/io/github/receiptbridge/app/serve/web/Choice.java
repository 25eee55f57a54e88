package io.github.receiptbridge.app.serve.web;

import io.github.receiptbridge.app.serve.OrganizationView;
import java.util.List;

/**
 * One option of a select box.
 *
 * @param value what the form sends
 * @param text what the accountant reads
 * @param selected whether it is the chosen one
 */
record Choice(String value, String text, boolean selected) {
  /** The option {@code value} with {@code text}, selected when {@code value} is {@code chosen}. */
  static Choice of(String value, String text, String chosen) {
    return new Choice(value, text, value.equals(chosen));
  }

  /** One option per organization, «name, ИНН …», the one with key {@code chosen} selected. */
  static List<Choice> organizations(List<OrganizationView> organizations, String chosen) {
    return organizations.stream().map(organization -> of(organization.key(),
        organization.name() + (organization.inn().isEmpty() ? "" : ", ИНН " + organization.inn()), chosen)).toList();
  }
}
