package io.github.receiptbridge.sandbox.internal.onec.wire;

import io.github.receiptbridge.sandbox.internal.onec.model.BpSchema;
import io.github.receiptbridge.sandbox.internal.onec.model.CompositeValue;
import io.github.receiptbridge.sandbox.internal.onec.model.Defaults;
import io.github.receiptbridge.sandbox.internal.onec.model.EdmType;
import io.github.receiptbridge.sandbox.internal.onec.model.Entity;
import io.github.receiptbridge.sandbox.internal.onec.model.EntityTypeDef;
import io.github.receiptbridge.sandbox.internal.onec.model.OnecNames;
import io.github.receiptbridge.sandbox.internal.onec.model.PropertyDef;
import io.github.receiptbridge.sandbox.internal.onec.query.Expansion;
import io.github.receiptbridge.sandbox.internal.onec.query.Navigator;
import io.github.receiptbridge.sandbox.internal.onec.query.Selection;
import io.github.receiptbridge.sandbox.internal.onec.store.Composition;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns an entity into the members 1C sends, in 1C order: the selected properties (a composite as {@code X} and
 * {@code X_Type}, a tabular part as rows), then requested presentations, then {@code <Nav>@navigationLinkUrl} for
 * each reference whose target set is published. Values take 1C's forms: dates without zone, Double as a plain
 * number, Int64 as a string, fixed-length strings padded, types of unpublished objects as
 * {@code UnavailableEntities.UnavailableEntity_<id>}.
 */
public final class Projector {
  private static final DateTimeFormatter PRESENTATION_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy H:mm:ss",
      Locale.ROOT);

  private final Composition composition;
  private final Navigator navigator;

  /** A projector that consults {@code composition} for types and {@code navigator} for presentations. */
  public Projector(Composition composition, Navigator navigator) {
    this.composition = composition;
    this.navigator = navigator;
  }

  /**
   * The members of an entity.
   *
   * @param links whether to add navigation links (not under {@code nometadata})
   */
  public List<Member> project(Entity entity, Selection selection, boolean links) {
    return project(entity, selection, Expansion.NONE, links);
  }

  /**
   * The members of an entity with expanded navigation properties (placed before the navigation links; an empty or
   * dangling reference expands to {@code null}).
   *
   * @param links whether to add navigation links (not under {@code nometadata})
   */
  public List<Member> project(Entity entity, Selection selection, Expansion expansion, boolean links) {
    EntityTypeDef type = entity.type();
    List<Member> members = new ArrayList<>(type.properties().size() + 4);
    for (PropertyDef property : type.properties()) {
      if (!selection.includes(property)) {
        continue;
      }
      Object value = entity.get(property.name());
      if (property.kind() == PropertyDef.Kind.TABULAR) {
        members.add(rows(property, value, selection));
      } else {
        addValue(members, property, value);
      }
    }
    addPresentations(members, entity, selection);
    for (Expansion.Item item : expansion.items()) {
      Object key = entity.get(item.reference().name());
      Optional<Entity> target = key instanceof UUID && !Defaults.EMPTY_REF.equals(key)
          ? navigator.find(item.target().name(), (UUID) key) : Optional.empty();
      members.add(target.map(found -> new Member(item.reference().navigationName(),
              OnecNames.qualified(item.target().name()), Member.Kind.ENTITY, null,
              List.of(project(found, item.selection(), item.nested(), links))))
          .orElse(new Member(item.reference().navigationName(), OnecNames.qualified(item.target().name()),
              Member.Kind.NULL, null, null)));
    }
    if (links && type.isReferenceType()) {
      addLinks(members, entity, selection);
    }
    return members;
  }

  /** The presentation of an object, as in 1C lists: the name, or a document's title, number and date. */
  public static String presentation(Entity entity) {
    if (entity.type().kind() == EntityTypeDef.Kind.DOCUMENT) {
      LocalDateTime date = (LocalDateTime) entity.get(OnecNames.DATE);
      String title = OnecNames.BANK_WITHDRAWALS.equals(entity.type().name()) ? "Списание с расчетного счета "
          : "Поступление на расчетный счет ";
      return title + ((String) entity.get(OnecNames.NUMBER)).trim() + " от "
          + PRESENTATION_DATE.format(date);
    }
    Object description = entity.get(OnecNames.DESCRIPTION);
    return description == null ? "" : description.toString();
  }

  private void addValue(List<Member> members, PropertyDef property, Object value) {
    if (property.kind() == PropertyDef.Kind.COMPOSITE) {
      CompositeValue composite = (CompositeValue) value;
      members.add(Member.string(property.name(), composite.value()));
      members.add(Member.string(property.typeMemberName(), composition.wireType(composite.type())));
      return;
    }
    members.add(primitive(property, value));
  }

  @SuppressWarnings("unchecked")
  private Member rows(PropertyDef property, Object value, Selection selection) {
    List<List<Member>> rows = new ArrayList<>();
    for (Entity row : (List<Entity>) value) {
      List<Member> members = new ArrayList<>();
      for (PropertyDef column : property.rowType().properties()) {
        if (selection.includesColumn(property, column.name())) {
          addValue(members, column, row.get(column.name()));
        }
      }
      rows.add(members);
    }
    return new Member(property.name(), "Collection(" + OnecNames.qualified(property.rowType().name()) + ")",
        Member.Kind.ROWS, null, rows);
  }

  private static Member primitive(PropertyDef property, Object value) {
    EdmType type = property.type();
    String name = property.name();
    switch (type) {
      case DATE_TIME:
        return new Member(name, type.wireName(), Member.Kind.STRING,
            Values.dateTime(value == null ? Defaults.EMPTY_DATE : (LocalDateTime) value), null);
      case DOUBLE:
        return new Member(name, type.wireName(), Member.Kind.NUMBER, Values.plain((BigDecimal) value), null);
      case INT64:
        return new Member(name, type.wireName(), Member.Kind.STRING, String.valueOf(value), null);
      case INT16:
        return new Member(name, type.wireName(), Member.Kind.NUMBER, String.valueOf(value), null);
      case BOOLEAN:
        return new Member(name, type.wireName(), Member.Kind.BOOLEAN, String.valueOf(value), null);
      case GUID:
        return new Member(name, type.wireName(), Member.Kind.STRING, String.valueOf(value), null);
      default:
        String text = value == null ? "" : value.toString();
        if (property.fixedLength() && text.length() < property.maxLength()) {
          text = text + " ".repeat(property.maxLength() - text.length());
        }
        return Member.string(name, text);
    }
  }

  private void addPresentations(List<Member> members, Entity entity, Selection selection) {
    for (PropertyDef property : entity.type().properties()) {
      String base = property.kind() == PropertyDef.Kind.REFERENCE ? property.navigationName() : property.name();
      if (property.kind() == PropertyDef.Kind.TABULAR || !selection.includesPresentation(base)) {
        continue;
      }
      members.add(Member.string(base + "____Presentation", presentationOf(property, entity.get(property.name()))));
    }
  }

  private String presentationOf(PropertyDef property, Object value) {
    if (value instanceof CompositeValue) {
      CompositeValue composite = (CompositeValue) value;
      if (!composite.type().startsWith(OnecNames.NAMESPACE)) {
        return composite.value();
      }
      String set = composite.type().substring(OnecNames.NAMESPACE.length());
      try {
        return navigator.find(set, UUID.fromString(composite.value())).map(Projector::presentation).orElse("");
      } catch (IllegalArgumentException notAKey) {
        return "";
      }
    }
    if (value instanceof UUID && property.target() != null) {
      return navigator.find(property.target(), (UUID) value).map(Projector::presentation).orElse("");
    }
    return "";
  }

  private void addLinks(List<Member> members, Entity entity, Selection selection) {
    String self = EntityUrls.canonical(entity);
    for (PropertyDef property : entity.type().properties()) {
      if (property.kind() == PropertyDef.Kind.REFERENCE && selection.includes(property)
          && BpSchema.entitySet(property.target()) != null && composition.isPublished(property.target())) {
        members.add(Member.string(property.navigationName() + "@navigationLinkUrl",
            self + "/" + property.navigationName()));
      }
    }
  }
}
