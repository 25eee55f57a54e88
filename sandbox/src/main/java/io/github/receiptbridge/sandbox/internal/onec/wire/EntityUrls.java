package io.github.receiptbridge.sandbox.internal.onec.wire;

import io.github.receiptbridge.sandbox.internal.onec.model.CompositeValue;
import io.github.receiptbridge.sandbox.internal.onec.model.Entity;
import io.github.receiptbridge.sandbox.internal.onec.model.EntityTypeDef;
import io.github.receiptbridge.sandbox.internal.onec.model.OnecNames;
import io.github.receiptbridge.sandbox.internal.onec.model.PropertyDef;

/**
 * Canonical key URLs, as 1C writes them in links and {@code Location}: {@code Set(guid'…')} for reference objects,
 * {@code Set(Dim='…',Dim_Type='…',Other_Key=guid'…')} for register records, {@code Set(Ref_Key=guid'…',LineNumber=1)}
 * for rows. Cyrillic stays raw.
 */
public final class EntityUrls {
  private EntityUrls() {
  }

  /** {@code <Set>(<key>)} for an entity of a set. */
  public static String canonical(Entity entity) {
    return entity.type().name() + keyPredicate(entity);
  }

  /** The parenthesized key of an entity. */
  public static String keyPredicate(Entity entity) {
    EntityTypeDef type = entity.type();
    if (type.isReferenceType()) {
      return "(guid'" + entity.get(OnecNames.REF_KEY) + "')";
    }
    StringBuilder key = new StringBuilder("(");
    for (String name : type.keys()) {
      if (key.length() > 1) {
        key.append(',');
      }
      key.append(name).append('=');
      PropertyDef property = type.property(name);
      if (property == null) {
        String composite = name.substring(0, name.length() - "_Type".length());
        key.append(quoted(((CompositeValue) entity.get(composite)).type()));
      } else if (property.kind() == PropertyDef.Kind.COMPOSITE) {
        key.append(quoted(((CompositeValue) entity.get(name)).value()));
      } else if (OnecNames.LINE_NUMBER.equals(name)) {
        key.append(entity.get(name));
      } else {
        key.append("guid'").append(entity.get(name)).append('\'');
      }
    }
    return key.append(')').toString();
  }

  private static String quoted(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
