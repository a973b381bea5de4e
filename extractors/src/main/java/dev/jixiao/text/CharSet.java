package dev.jixiao.text;

import java.util.stream.IntStream;

/**
 * A set of characters as one bit each (8 KB), for tests made at every character of a text. On C1, the workers' compiler,
 * {@link java.util.BitSet#get}'s checks and calls cost more than the scans they guard; this is one array read. Immutable.
 */
public final class CharSet {
  private final long[] bits = new long[1 << 10];

  private CharSet() {}

  public static CharSet of(IntStream chars) {
    CharSet set = new CharSet();
    chars.forEach(c -> set.bits[(char) c >>> 6] |= 1L << c);
    return set;
  }

  public static CharSet of(CharSequence chars) {
    return of(chars.chars());
  }

  public boolean contains(char c) {
    return (bits[c >>> 6] & 1L << c) != 0;
  }
}
