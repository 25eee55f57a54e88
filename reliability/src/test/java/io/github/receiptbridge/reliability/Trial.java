package io.github.receiptbridge.reliability;

/**
 * One row of the README's Reliability table: what was tried, how often, and what it left behind.
 *
 * @param area       crash, fault, bad input or security
 * @param tried      what was done to the SDK
 * @param times      how many times it was done (kills, injected faults, inputs, secrets checked)
 * @param outcome    what the SDK did about it, in a few words
 * @param duplicates documents that got a second receipt (must be 0)
 * @param lost       eligible documents left without a receipt, or with a wrong id or status in 1C (must be 0)
 */
record Trial(String area, String tried, int times, String outcome, int duplicates, int lost) {
  /** The row as a Markdown table line. */
  String markdown() {
    return "| " + area + " | " + tried + " | " + times + " | " + outcome + " | " + duplicates + " | " + lost + " |";
  }
}
