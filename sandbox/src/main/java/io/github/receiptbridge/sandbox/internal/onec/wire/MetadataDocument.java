package io.github.receiptbridge.sandbox.internal.onec.wire;

import io.github.receiptbridge.sandbox.internal.onec.model.BpSchema;
import io.github.receiptbridge.sandbox.internal.onec.model.EntityTypeDef;
import io.github.receiptbridge.sandbox.internal.onec.model.EnumDef;
import io.github.receiptbridge.sandbox.internal.onec.model.OnecNames;
import io.github.receiptbridge.sandbox.internal.onec.model.PropertyDef;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The {@code $metadata} EDMX (CSDL, DataServiceVersion 3.0) of the published sets, generated from the same model
 * that answers queries: namespace and default container {@code StandardODATA}; composite fields as two
 * {@code Edm.String} properties; enum-valued properties as {@code Edm.String} with the enumerations declared apart;
 * tabular parts as collections of {@code _RowType} complex types; navigation properties (with associations) only
 * towards published sets; bound {@code Post}/{@code Unpost} function imports for documents.
 */
public final class MetadataDocument {
  private MetadataDocument() {
  }

  /**
   * The document.
   *
   * @param published   the published sets, in service-document order
   * @param isPublished whether a set name is published
   */
  public static byte[] write(List<EntityTypeDef> published, Predicate<String> isPublished) {
    StringBuilder xml = new StringBuilder(32_768).append(Xml.DECLARATION)
        .append("<edmx:Edmx xmlns:edmx=\"http://schemas.microsoft.com/ado/2007/06/edmx\" Version=\"1.0\">\n")
        .append("<edmx:DataServices xmlns:m=\"").append(Xml.METADATA)
        .append("\" m:DataServiceVersion=\"3.0\" m:MaxDataServiceVersion=\"3.0\">\n")
        .append("<Schema xmlns=\"http://schemas.microsoft.com/ado/2009/11/edm\" Namespace=\"StandardODATA\">\n");
    List<String[]> associations = new ArrayList<>();
    for (EntityTypeDef type : published) {
      entityType(xml, type, isPublished, associations);
    }
    for (EntityTypeDef type : published) {
      for (PropertyDef property : type.properties()) {
        if (property.kind() == PropertyDef.Kind.TABULAR) {
          complexType(xml, property.rowType());
        }
      }
    }
    for (EnumDef enumeration : BpSchema.ENUMS) {
      xml.append("<EnumType Name=\"").append(Xml.escape(enumeration.name())).append("\" UnderlyingType=\"Edm.Int32\">");
      for (int i = 0; i < enumeration.values().size(); i++) {
        xml.append("<Member Name=\"").append(Xml.escape(enumeration.values().get(i))).append("\" Value=\"").append(i)
            .append("\"/>");
      }
      xml.append("</EnumType>\n");
    }
    for (String[] association : associations) {
      xml.append("<Association Name=\"").append(Xml.escape(association[0])).append("\"><End Role=\"Begin\" Type=\"")
          .append(Xml.escape(OnecNames.qualified(association[1])))
          .append("\" Multiplicity=\"*\"/><End Role=\"End\" Type=\"")
          .append(Xml.escape(OnecNames.qualified(association[2]))).append("\" Multiplicity=\"0..1\"/></Association>\n");
    }
    container(xml, published, associations);
    xml.append("</Schema>\n</edmx:DataServices>\n</edmx:Edmx>\n");
    return xml.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void entityType(StringBuilder xml, EntityTypeDef type, Predicate<String> isPublished,
      List<String[]> associations) {
    xml.append("<EntityType Name=\"").append(Xml.escape(type.name())).append("\"><Key>");
    for (String key : type.keys()) {
      xml.append("<PropertyRef Name=\"").append(Xml.escape(key)).append("\"/>");
    }
    xml.append("</Key>");
    properties(xml, type);
    for (PropertyDef property : type.properties()) {
      if (property.kind() == PropertyDef.Kind.REFERENCE && BpSchema.entitySet(property.target()) != null
          && isPublished.test(property.target())) {
        String association = type.name() + "_" + property.navigationName();
        associations.add(new String[] {association, type.name(), property.target()});
        xml.append("<NavigationProperty Name=\"").append(Xml.escape(property.navigationName()))
            .append("\" Relationship=\"StandardODATA.").append(Xml.escape(association))
            .append("\" FromRole=\"Begin\" ToRole=\"End\"/>");
      }
    }
    xml.append("</EntityType>\n");
  }

  private static void complexType(StringBuilder xml, EntityTypeDef rowType) {
    xml.append("<ComplexType Name=\"").append(Xml.escape(rowType.name())).append("\">");
    properties(xml, rowType);
    xml.append("</ComplexType>\n");
  }

  private static void properties(StringBuilder xml, EntityTypeDef type) {
    for (PropertyDef property : type.properties()) {
      boolean key = type.keys().contains(property.name());
      switch (property.kind()) {
        case TABULAR:
          property(xml, property.name(), "Collection(" + OnecNames.qualified(property.rowType().name()) + ")", false);
          break;
        case COMPOSITE:
          property(xml, property.name(), "Edm.String", !key);
          property(xml, property.typeMemberName(), "Edm.String", !type.keys().contains(property.typeMemberName()));
          break;
        default:
          property(xml, property.name(), property.type().wireName(), !key);
      }
    }
  }

  private static void property(StringBuilder xml, String name, String type, boolean nullable) {
    xml.append("<Property Name=\"").append(Xml.escape(name)).append("\" Type=\"").append(Xml.escape(type))
        .append("\" Nullable=\"").append(nullable).append("\"/>");
  }

  private static void container(StringBuilder xml, List<EntityTypeDef> published, List<String[]> associations) {
    xml.append("<EntityContainer Name=\"StandardODATA\" m:IsDefaultEntityContainer=\"true\">\n");
    for (EntityTypeDef type : published) {
      xml.append("<EntitySet Name=\"").append(Xml.escape(type.name())).append("\" EntityType=\"")
          .append(Xml.escape(OnecNames.qualified(type.name()))).append("\"/>\n");
    }
    for (String[] association : associations) {
      xml.append("<AssociationSet Name=\"").append(Xml.escape(association[0])).append("\" Association=\"")
          .append(Xml.escape(OnecNames.qualified(association[0]))).append("\"><End Role=\"Begin\" EntitySet=\"")
          .append(Xml.escape(association[1])).append("\"/><End Role=\"End\" EntitySet=\"")
          .append(Xml.escape(association[2])).append("\"/></AssociationSet>\n");
    }
    for (EntityTypeDef type : published) {
      if (type.kind() == EntityTypeDef.Kind.DOCUMENT) {
        String binding = Xml.escape(OnecNames.qualified(type.name()));
        xml.append("<FunctionImport Name=\"Post\" IsBindable=\"true\" IsSideEffecting=\"true\">")
            .append("<Parameter Name=\"bindingParameter\" Type=\"").append(binding).append("\"/>")
            .append("<Parameter Name=\"PostingModeOperational\" Type=\"Edm.Boolean\"/></FunctionImport>\n")
            .append("<FunctionImport Name=\"Unpost\" IsBindable=\"true\" IsSideEffecting=\"true\">")
            .append("<Parameter Name=\"bindingParameter\" Type=\"").append(binding).append("\"/></FunctionImport>\n");
      }
    }
    xml.append("</EntityContainer>\n");
  }
}
