package io.github.receiptbridge.sandbox.internal.onec.wire;

import java.util.List;

/**
 * One member of an entity as sent: its name, EDM type, and the value already in 1C's text form (a GUID, a
 * {@code yyyy-MM-ddTHH:mm:ss} date, a plain number), or the rows of a tabular part.
 *
 * @param name    the member name, for example {@code Контрагент_Type} or {@code Организация@navigationLinkUrl}
 * @param edmType the EDM type for Atom, for example {@code Edm.Double} or {@code Collection(StandardODATA.…)}
 * @param kind    how JSON writes the value
 * @param text    the value's text; {@code null} for rows
 * @param rows    the rows of a tabular part, or the one member list of an expanded object; {@code null} otherwise
 */
public record Member(String name, String edmType, Kind kind, String text, List<List<Member>> rows) {
  /** How a value is written in JSON. */
  public enum Kind {
    /** A JSON string (also Int64, GUIDs and dates). */
    STRING,
    /** A JSON number, written verbatim. */
    NUMBER,
    /** {@code true}/{@code false}. */
    BOOLEAN,
    /** An array of row objects. */
    ROWS,
    /** An expanded navigation property: the object in {@code rows.get(0)}. */
    ENTITY,
    /** {@code null}: an expanded empty or missing reference. */
    NULL
  }

  /** A string member of type {@code Edm.String}. */
  public static Member string(String name, String text) {
    return new Member(name, "Edm.String", Kind.STRING, text, null);
  }
}
