package io.github.receiptbridge.common.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The body start that exception messages quote. */
class BodySnippetTest {
  @Test
  void putsTheBodyOnOneTrimmedLine() {
    assertThat(BodySnippet.of("  <html>\n  <body>\tDown\r\n</body>  ")).isEqualTo("<html> <body> Down </body>");
  }

  @Test
  void cutsALongBodyAfter200CharactersWithAnEllipsis() {
    String snippet = BodySnippet.of("x".repeat(500));
    assertThat(snippet).hasSize(201).endsWith("x…");
    assertThat(BodySnippet.of("y".repeat(200))).isEqualTo("y".repeat(200));
  }

  @Test
  void anEmptyBodyGivesAnEmptySnippet() {
    assertThat(BodySnippet.of("")).isEmpty();
  }
}
