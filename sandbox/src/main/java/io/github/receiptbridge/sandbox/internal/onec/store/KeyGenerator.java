package io.github.receiptbridge.sandbox.internal.onec.store;

import java.util.Random;
import java.util.UUID;

/**
 * New {@code Ref_Key}s that look like 1C's: version-1 layout ({@code xxxxxxxx-xxxx-11ee-8xxx-<node>}) with 62
 * random bits and the infobase server's fixed node. Deterministic for a seeded generator. Thread-safe.
 */
public final class KeyGenerator {
  private static final long NODE = 0x0050569f1a01L;

  private final Random random;

  /** A generator seeded with {@code seed}. */
  public KeyGenerator(long seed) {
    this.random = new Random(seed);
  }

  /** An unseeded generator. */
  public KeyGenerator() {
    this.random = new Random();
  }

  /** The next key. */
  public synchronized UUID next() {
    long timeLowAndMid = random.nextLong() & 0xffffffffffff0000L;
    long clockSequence = 0x8000L | (random.nextInt() & 0x3fff);
    return new UUID(timeLowAndMid | 0x11eeL, (clockSequence << 48) | NODE);
  }
}
