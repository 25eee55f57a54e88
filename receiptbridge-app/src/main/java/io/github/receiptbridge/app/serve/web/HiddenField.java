package io.github.receiptbridge.app.serve.web;

import java.util.List;
import java.util.Map;

/**
 * A hidden field of a form, as a template writes it.
 *
 * @param name the field's name
 * @param value its value, plain text
 */
record HiddenField(String name, String value) {
  /** One field per entry of {@code parameters}, in their order. */
  static List<HiddenField> all(Map<String, String> parameters) {
    return parameters.entrySet().stream().map(entry -> new HiddenField(entry.getKey(), entry.getValue())).toList();
  }
}
