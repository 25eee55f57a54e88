package io.github.receiptbridge.sandbox.internal.onec.wire;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Atom XML bodies, what 1C answers without {@code $format}: a {@code <feed>} of {@code <entry>} elements with
 * {@code <m:properties>}, a single {@code <entry>}, the AtomPub service document, and {@code <m:error>}.
 */
public final class AtomBodies {
  private AtomBodies() {
  }

  /**
   * One entry of a feed.
   *
   * @param typeName  the entity type, for example {@code Catalog_Организации}
   * @param canonical the key URL relative to the service root
   * @param members   the entity's members
   */
  public record Entry(String typeName, String canonical, List<Member> members) {
  }

  /**
   * A feed.
   *
   * @param count {@code m:count}, or {@code null}
   */
  public static byte[] feed(String serviceRoot, String entitySet, @Nullable Long count,
      List<Entry> entries) {
    StringBuilder xml = new StringBuilder(Xml.DECLARATION);
    xml.append("<feed xmlns=\"").append(Xml.ATOM).append("\" xmlns:d=\"").append(Xml.DATA)
        .append("\" xmlns:m=\"").append(Xml.METADATA).append("\" xml:base=\"").append(Xml.escape(serviceRoot))
        .append("\">\n<id>").append(Xml.escape(serviceRoot + entitySet)).append("</id>\n<title type=\"text\">")
        .append(Xml.escape(entitySet)).append("</title>\n<updated>").append(now()).append("</updated>\n<author/>\n")
        .append("<link rel=\"self\" href=\"").append(Xml.escape(entitySet)).append("\" title=\"")
        .append(Xml.escape(entitySet)).append("\"/>\n");
    if (count != null) {
      xml.append("<m:count>").append(count).append("</m:count>\n");
    }
    for (Entry entry : entries) {
      entry(xml, serviceRoot, entry, false);
    }
    xml.append("</feed>\n");
    return xml.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A single entry as a document. */
  public static byte[] entry(String serviceRoot, Entry entry) {
    StringBuilder xml = new StringBuilder(Xml.DECLARATION);
    entry(xml, serviceRoot, entry, true);
    return xml.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The AtomPub service document listing the published sets. */
  public static byte[] serviceDocument(String serviceRoot, List<String> entitySets) {
    StringBuilder xml = new StringBuilder(Xml.DECLARATION);
    xml.append("<service xmlns=\"http://www.w3.org/2007/app\" xmlns:atom=\"").append(Xml.ATOM)
        .append("\" xml:base=\"").append(Xml.escape(serviceRoot)).append("\">\n<workspace>\n")
        .append("<atom:title>Default</atom:title>\n");
    for (String set : entitySets) {
      xml.append("<collection href=\"").append(Xml.escape(set)).append("\"><atom:title>").append(Xml.escape(set))
          .append("</atom:title></collection>\n");
    }
    xml.append("</workspace>\n</service>\n");
    return xml.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** {@code <m:error>} with the code and message. */
  public static byte[] error(String code, String message) {
    return (Xml.DECLARATION + "<m:error xmlns:m=\"" + Xml.METADATA + "\"><m:code>" + Xml.escape(code)
        + "</m:code><m:message xml:lang=\"ru\">" + Xml.escape(message) + "</m:message></m:error>\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static void entry(StringBuilder xml, String serviceRoot, Entry entry, boolean document) {
    xml.append("<entry");
    if (document) {
      xml.append(" xmlns=\"").append(Xml.ATOM).append("\" xmlns:d=\"").append(Xml.DATA).append("\" xmlns:m=\"")
          .append(Xml.METADATA).append("\" xml:base=\"").append(Xml.escape(serviceRoot)).append('"');
    }
    xml.append(">\n<id>").append(Xml.escape(serviceRoot + entry.canonical())).append("</id>\n")
        .append("<category term=\"StandardODATA.").append(Xml.escape(entry.typeName()))
        .append("\" scheme=\"http://schemas.microsoft.com/ado/2007/08/dataservices/scheme\"/>\n")
        .append("<title type=\"text\"/>\n<updated>").append(now()).append("</updated>\n<author/>\n")
        .append("<link rel=\"edit\" href=\"").append(Xml.escape(entry.canonical())).append("\" title=\"")
        .append(Xml.escape(entry.typeName())).append("\"/>\n<content type=\"application/xml\">\n<m:properties>\n");
    for (Member member : entry.members()) {
      if (!member.name().contains("@") && member.kind() != Member.Kind.ENTITY
          && member.kind() != Member.Kind.NULL) {
        property(xml, member);
        xml.append('\n');
      }
    }
    xml.append("</m:properties>\n</content>\n</entry>\n");
  }

  private static void property(StringBuilder xml, Member member) {
    xml.append("<d:").append(member.name());
    if (!"Edm.String".equals(member.edmType())) {
      xml.append(" m:type=\"").append(Xml.escape(member.edmType())).append('"');
    }
    xml.append('>');
    if (member.kind() == Member.Kind.ROWS) {
      String rowType = member.edmType().substring("Collection(".length(), member.edmType().length() - 1);
      for (List<Member> row : member.rows()) {
        xml.append("<d:element m:type=\"").append(Xml.escape(rowType)).append("\">");
        for (Member column : row) {
          property(xml, column);
        }
        xml.append("</d:element>");
      }
    } else {
      xml.append(Xml.escape(member.text()));
    }
    xml.append("</d:").append(member.name()).append('>');
  }

  private static String now() {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
