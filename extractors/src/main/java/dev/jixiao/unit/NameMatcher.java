package dev.jixiao.unit;

import dev.jixiao.text.CharSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every occurrence of every name of a fixed set in a text, overlapping ones included, by
 * looking up the two characters at each position and testing the few names that start with them.
 *
 * <p>This replaced HanLP's Aho-Corasick automaton, which finds the same occurrences in one pass
 * but took 0.7 CPU-s to build over the ~33k division names in every worker JVM, where classes are
 * still interpreted (14% of a worker's CPU over 500 reports). This table builds in a small
 * fraction of that, and a report's text of about a thousand characters still costs only that many
 * hash lookups.
 *
 * @param <V> what each name stands for
 */
final class NameMatcher<V> {

  /** Receives one occurrence: {@code text[begin, end)} is the name {@code value} stands for. */
  interface Hit<V> {
    void hit(int begin, int end, V value);
  }

  private record Entry<V>(String name, V value) {}

  /**
   * The names by their first two characters, in an open-addressing table of int keys: a scan looks
   * up every position of the text, and a boxed key in a {@code HashMap} made that lookup most of
   * the scan. Slot {@code i} is empty when {@code keys[i]} is 0, which no name's key is (no name
   * starts with two NULs).
   */
  private final int[] keys;
  private final Entry<V>[][] entries;
  private final int mask;
  private final int shift;
  /**
   * The characters names start with, and those they go on with, one bit each (8 KB apiece): in a report's text only about a third
   * of the positions have both, so two reads of a table that stays in the processor's nearest cache spare the rest a probe of
   * the key table, which does not fit there.
   */
  private final CharSet firstChars;
  private final CharSet secondChars;

  /** @param names the names (each at least two characters) and what each stands for */
  @SuppressWarnings("unchecked")
  NameMatcher(Map<String, V> names) {
    Map<Integer, List<Entry<V>>> byKey = new HashMap<>(names.size() * 2);
    names.forEach((name, value) -> {
      if (name.length() < 2) {
        throw new IllegalArgumentException("a name of fewer than two characters: " + name);
      }
      if (key(name, 0) == 0) {
        throw new IllegalArgumentException("a name that starts with two NUL characters");
      }
      byKey.computeIfAbsent(key(name, 0), k -> new ArrayList<>(1)).add(new Entry<>(name, value));
    });
    this.firstChars = CharSet.of(names.keySet().stream().mapToInt(name -> name.charAt(0)));
    this.secondChars = CharSet.of(names.keySet().stream().mapToInt(name -> name.charAt(1)));
    int capacity = Integer.highestOneBit(Math.max(2, byKey.size()) * 4 - 1);
    this.keys = new int[capacity];
    this.entries = new Entry[capacity][];
    this.mask = capacity - 1;
    this.shift = 32 - Integer.numberOfTrailingZeros(capacity);
    byKey.forEach((key, list) -> {
      int i = slot(key);
      while (keys[i] != 0) {
        i = (i + 1) & mask;
      }
      keys[i] = key;
      entries[i] = list.toArray(new Entry[0]);
    });
  }

  /** Reports each occurrence in {@code text}, by start and then in no particular order. */
  void scan(String text, Hit<V> hit) {
    // the characters in an array: String.charAt's checks cost more than the rest of a position's work where it is not inlined
    char[] chars = text.toCharArray();
    for (int i = 0; i + 1 < chars.length; i++) {
      if (!firstChars.contains(chars[i]) || !secondChars.contains(chars[i + 1])) {
        continue;
      }
      Entry<V>[] candidates = candidates(key(chars[i], chars[i + 1]));
      if (candidates == null) {
        continue;
      }
      for (Entry<V> e : candidates) {
        if (text.startsWith(e.name(), i)) {
          hit.hit(i, i + e.name().length(), e.value());
        }
      }
    }
  }

  private Entry<V>[] candidates(int key) {
    if (key == 0) {
      return null;
    }
    for (int i = slot(key); keys[i] != 0; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return entries[i];
      }
    }
    return null;
  }

  /** Fibonacci hashing: the top bits of the key times the golden ratio spread keys that differ only in their low bits. */
  private int slot(int key) {
    return (key * 0x9E3779B9) >>> shift;
  }

  private static int key(String s, int at) {
    return key(s.charAt(at), s.charAt(at + 1));
  }

  private static int key(char first, char second) {
    return first << 16 | second;
  }

}
