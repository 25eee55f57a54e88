package io.github.receiptbridge.sandbox.internal.onec;

import io.github.receiptbridge.sandbox.internal.onec.model.BpSchema;
import io.github.receiptbridge.sandbox.internal.onec.model.EdmType;
import io.github.receiptbridge.sandbox.internal.onec.model.EntityTypeDef;
import io.github.receiptbridge.sandbox.internal.onec.model.ODataError;
import io.github.receiptbridge.sandbox.internal.onec.model.OnecNames;
import io.github.receiptbridge.sandbox.internal.onec.store.BpKeys;
import io.github.receiptbridge.sandbox.internal.onec.store.Composition;
import java.util.Set;

/**
 * Checks the {@code _Type} values a client sends and turns them into the stored form: references must name a
 * published set with the {@code StandardODATA.} namespace (without it 1C answers 400 «Недопустимое значение … для
 * свойства составного типа»); {@code UnavailableEntities.UnavailableEntity_<id>} is accepted as 1C sent it.
 */
final class TypeNames {
  private static final Set<String> PRIMITIVES = Set.of(EdmType.STRING.wireName(), EdmType.DOUBLE.wireName(),
      EdmType.DATE_TIME.wireName(), EdmType.BOOLEAN.wireName());

  private TypeNames() {
  }

  /**
   * The stored type of a reference.
   *
   * @param property the {@code _Type} member's name, for the error text
   * @throws ODataError 400 / 4 when it is not a reference type of the interface
   */
  static String reference(String wire, String property, Composition composition) {
    if (wire.startsWith(OnecNames.NAMESPACE) && !OnecNames.UNDEFINED_TYPE.equals(wire)) {
      String set = wire.substring(OnecNames.NAMESPACE.length());
      EntityTypeDef type = BpSchema.entitySet(set);
      if (type != null && type.isReferenceType() && composition.isPublished(set)) {
        return wire;
      }
    } else if (wire.startsWith(OnecNames.UNAVAILABLE_ENTITY_PREFIX)) {
      String id = wire.substring(OnecNames.UNAVAILABLE_ENTITY_PREFIX.length());
      for (EntityTypeDef type : BpSchema.ENTITY_SETS) {
        if (type.isReferenceType() && BpKeys.metadataObject(type.name()).toString().equalsIgnoreCase(id)) {
          return OnecNames.qualified(type.name());
        }
      }
      return wire;
    }
    throw ODataError.invalidCompositeType(wire, property);
  }

  /** The stored type of any composite value: a primitive {@code Edm.*}, Undefined, or a reference. */
  static String value(String wire, String property, Composition composition) {
    if (PRIMITIVES.contains(wire) || OnecNames.UNDEFINED_TYPE.equals(wire)) {
      return wire;
    }
    return reference(wire, property, composition);
  }
}
