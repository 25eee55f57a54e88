package io.github.receiptbridge.app.serve.web;

import java.util.Optional;

/**
 * A notice above the «Заполнить» table: what went wrong or what is busy, and where to look.
 *
 * @param kind how it looks
 * @param text what it says
 * @param link where to look, if anywhere
 */
record Notice(Kind kind, String text, Optional<Link> link) {
  /** How a notice looks: its CSS class. */
  enum Kind {
    /** Something failed. */
    ERROR("error"),
    /** The organization is busy with another pass. */
    BUSY("busy");

    private final String cssClass;

    Kind(String cssClass) {
      this.cssClass = cssClass;
    }

    /** The CSS class of {@code console.css}. */
    String cssClass() {
      return cssClass;
    }
  }

  /** A notice of {@code kind} that says {@code text} and links nowhere. */
  static Notice of(Kind kind, String text) {
    return new Notice(kind, text, Optional.empty());
  }
}
