package io.github.receiptbridge.common.internal;

/** The start of an answer's body, on one line, for exception messages. */
public final class BodySnippet {
  /** Longest snippet, in characters, before the ellipsis. */
  public static final int MAX_LENGTH = 200;

  private BodySnippet() {}

  /** {@code body} with every run of whitespace made one space, cut after {@value #MAX_LENGTH} characters with "…". */
  public static String of(String body) {
    String oneLine = body.replaceAll("\\s+", " ").trim();
    return oneLine.length() > MAX_LENGTH ? oneLine.substring(0, MAX_LENGTH) + "…" : oneLine;
  }
}
