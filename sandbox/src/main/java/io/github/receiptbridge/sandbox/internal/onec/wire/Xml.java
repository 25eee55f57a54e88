package io.github.receiptbridge.sandbox.internal.onec.wire;

/** XML text escaping for the hand-written Atom and EDMX documents. */
final class Xml {
  /** The XML declaration 1C starts its documents with. */
  static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  /** The Atom namespace. */
  static final String ATOM = "http://www.w3.org/2005/Atom";
  /** The OData data-services namespace ({@code d:}). */
  static final String DATA = "http://schemas.microsoft.com/ado/2007/08/dataservices";
  /** The OData metadata namespace ({@code m:}). */
  static final String METADATA = "http://schemas.microsoft.com/ado/2007/08/dataservices/metadata";

  private Xml() {
  }

  /** {@code text} with {@code & < > "} escaped, safe in content and in double-quoted attributes. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&': out.append("&amp;"); break;
        case '<': out.append("&lt;"); break;
        case '>': out.append("&gt;"); break;
        case '"': out.append("&quot;"); break;
        default: out.append(c);
      }
    }
    return out.toString();
  }
}
