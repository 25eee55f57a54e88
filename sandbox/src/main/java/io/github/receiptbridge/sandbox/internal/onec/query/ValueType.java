package io.github.receiptbridge.sandbox.internal.onec.query;

import io.github.receiptbridge.sandbox.internal.onec.model.EdmType;

/** The static type of a {@code $filter} expression, checked while parsing. */
enum ValueType {
  STRING, NUMBER, DATE_TIME, BOOLEAN, GUID, REFERENCE, COMPOSITE, NULL;

  /** The type of a primitive property. */
  static ValueType of(EdmType type) {
    switch (type) {
      case GUID: return GUID;
      case DATE_TIME: return DATE_TIME;
      case DOUBLE:
      case INT64:
      case INT16:
        return NUMBER;
      case BOOLEAN: return BOOLEAN;
      default: return STRING;
    }
  }

  /** Whether a value of this type can stand where {@code expected} is needed. */
  boolean fits(ValueType expected) {
    return this == expected || this == COMPOSITE || this == NULL
        || expected == GUID && this == REFERENCE || expected == REFERENCE && this == GUID;
  }
}
