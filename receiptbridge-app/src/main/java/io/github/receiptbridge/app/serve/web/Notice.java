package io.github.receiptbridge.app.serve.web;

import java.util.Optional;

/**
 * A notice above the «Заполнить» table: what went wrong or what is busy, in Russian, saying what to do; where to look;
 * and the technical detail (an exception's message, a URL), folded behind «Подробнее».
 *
 * @param kind how it looks
 * @param text what it says
 * @param link where to look, if anywhere
 * @param detail the technical detail, if any, for whoever asks the administrator
 */
record Notice(Kind kind, String text, Optional<Link> link, Optional<String> detail) {
  /** How a notice looks: its CSS class. */
  enum Kind {
    /** Something failed. */
    ERROR("error"),
    /** The organization is busy with another pass. */
    BUSY("busy"),
    /** Something is shown incompletely; the rest works. */
    WARNING("busy");

    private final String cssClass;

    Kind(String cssClass) {
      this.cssClass = cssClass;
    }

    /** The CSS class of {@code console.css}. */
    String cssClass() {
      return cssClass;
    }
  }

  /** A notice of {@code kind} that says {@code text}, links nowhere and has no detail. */
  Notice(Kind kind, String text, Optional<Link> link) {
    this(kind, text, link, Optional.empty());
  }

  /** A notice of {@code kind} that says {@code text} and links nowhere. */
  static Notice of(Kind kind, String text) {
    return new Notice(kind, text, Optional.empty());
  }

  /** This notice with {@code technical} folded behind «Подробнее» (nothing when it is null or blank). */
  Notice withDetail(String technical) {
    return new Notice(kind, text, link, Optional.ofNullable(technical).filter(value -> !value.isBlank()));
  }
}
