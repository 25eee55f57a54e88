package io.github.receiptbridge.sandbox.internal.onec.store;

import io.github.receiptbridge.sandbox.internal.onec.model.BpSchema;
import io.github.receiptbridge.sandbox.internal.onec.model.CompositeValue;
import io.github.receiptbridge.sandbox.internal.onec.model.Entity;
import io.github.receiptbridge.sandbox.internal.onec.model.EntityTypeDef;
import io.github.receiptbridge.sandbox.internal.onec.model.OnecNames;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One record of {@code InformationRegister_ДополнительныеСведения}: the dimensions {@code Объект} (a reference of
 * any type) and {@code Свойство}, the resource {@code Значение} (text and type). No DataVersion.
 *
 * @param object     the owner object's key
 * @param objectType the owner's type, for example {@code StandardODATA.Document_ПоступлениеНаРасчетныйСчет}
 * @param property   the property's key
 * @param value      the value as text, as 1C sends it in {@code Значение}
 * @param valueType  the value type, for example {@code Edm.Double}
 */
public record AdditionalInfoRecord(UUID object, String objectType, UUID property, String value, String valueType)
    implements Entity {

  @Override
  public @Nullable Object get(String name) {
    switch (name) {
      case OnecNames.OBJECT: return new CompositeValue(object.toString(), objectType);
      case OnecNames.PROPERTY_KEY: return property;
      case OnecNames.VALUE: return new CompositeValue(value, valueType);
      default: return null;
    }
  }

  @Override
  public EntityTypeDef type() {
    return BpSchema.ADDITIONAL_INFO;
  }

  /** The record's key. */
  public Key key() {
    return new Key(object, objectType, property);
  }

  /** This record with another value. */
  public AdditionalInfoRecord withValue(String newValue, String newValueType) {
    return new AdditionalInfoRecord(object, objectType, property, newValue, newValueType);
  }

  /**
   * The register key: both dimensions, {@code Объект} with its type. Ordered by object, type, property, which is
   * the order records are listed in.
   *
   * @param object     the owner object's key
   * @param objectType the owner's type with namespace
   * @param property   the property's key
   */
  public record Key(UUID object, String objectType, UUID property) implements Comparable<Key> {
    /** The smallest GUID in {@link UUID#compareTo} order. */
    static final UUID MIN = new UUID(Long.MIN_VALUE, Long.MIN_VALUE);
    /** The largest GUID in {@link UUID#compareTo} order. */
    static final UUID MAX = new UUID(Long.MAX_VALUE, Long.MAX_VALUE);

    @Override
    public int compareTo(Key other) {
      int byObject = object.compareTo(other.object);
      if (byObject != 0) {
        return byObject;
      }
      int byType = objectType.compareTo(other.objectType);
      return byType != 0 ? byType : property.compareTo(other.property);
    }
  }
}
