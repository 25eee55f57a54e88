package io.github.receiptbridge.sandbox.internal.onec.model;

import java.util.List;

/**
 * An enumeration as declared in {@code $metadata} (properties holding its values are typed {@code Edm.String} and
 * carry no link to it).
 *
 * @param name   the enumeration name, for example {@code ВидыОперацийПоступлениеДенежныхСредств}
 * @param values value names in configuration order
 */
public record EnumDef(String name, List<String> values) {
  /** Copies the values. */
  public EnumDef {
    values = List.copyOf(values);
  }
}
