package io.github.receiptbridge.sandbox.internal.onec.model;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** Empty values as 1C sends them, and the {@code DataVersion} stamp. */
public final class Defaults {
  /** The empty reference. */
  public static final UUID EMPTY_REF = new UUID(0L, 0L);
  /** The empty date, sent as {@code 0001-01-01T00:00:00}. */
  public static final LocalDateTime EMPTY_DATE = LocalDateTime.of(1, 1, 1, 0, 0);

  private Defaults() {
  }

  /** The value a new object has in {@code property} before anything is written to it. */
  public static Object of(PropertyDef property) {
    switch (property.kind()) {
      case COMPOSITE:
        return CompositeValue.UNDEFINED;
      case TABULAR:
        return List.of();
      case REFERENCE:
        return EMPTY_REF;
      default:
        return ofType(property.type());
    }
  }

  /** The empty value of a primitive type. */
  public static Object ofType(EdmType type) {
    switch (type) {
      case GUID:
        return EMPTY_REF;
      case DATE_TIME:
        return EMPTY_DATE;
      case DOUBLE:
        return BigDecimal.ZERO;
      case INT64:
      case INT16:
        return 0L;
      case BOOLEAN:
        return Boolean.FALSE;
      default:
        return "";
    }
  }

  /**
   * The opaque {@code DataVersion} of the {@code version}-th write: 8 bytes in Base64, the counter in the first
   * four ({@code AAAAAAAAAAA=} right after creation, {@code AAAAAwAAAAA=} after three more writes).
   */
  public static String dataVersion(int version) {
    byte[] bytes = {(byte) (version >>> 24), (byte) (version >>> 16), (byte) (version >>> 8), (byte) version, 0, 0,
        0, 0};
    return Base64.getEncoder().encodeToString(bytes);
  }
}
