package dev.jixiao.unit;

import dev.jixiao.unit.Division.Level;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The division names a report states, per level: every full name found anywhere in the text or
 * title (保定市, 徐水区, 河北省), plus the names written right before the unit's own name, where
 * reports also shorten them (桃源郑家驿镇, 湖北蕲春漕河镇). Short names are only read in that
 * position: elsewhere 桃源 or 湖北 is as likely to be a word as a place. One instance per
 * resolution; not shared.
 */
final class StatedNames {

  private final Map<Level, Set<String>> names = new EnumMap<>(Level.class);

  StatedNames(List<Mention> mentions) {
    for (Level level : Level.values()) {
      names.put(level, new HashSet<>());
    }
    for (Mention m : mentions) {
      for (Level level : m.levels()) {
        names.get(level).add(m.name());
      }
    }
  }

  boolean states(Level level, String name) {
    return name != null && names.get(level).contains(name);
  }

  /**
   * Records which of the candidate's higher-level names the text writes directly before
   * {@code pos} (the start of the unit's name), in any order, each in full or shortened, with
   * nothing but spaces between them.
   */
  void readBefore(String text, Tokens tokens, int pos, Division candidate, List<Level> above) {
    Set<Level> open = new HashSet<>(above);
    int p = pos;
    boolean matched = true;
    while (matched && !open.isEmpty()) {
      matched = false;
      p = NamesBefore.skipSpaces(text, p);
      for (Level level : above) {
        String name = candidate.nameAt(level);
        int length = open.contains(level) ? writtenBefore(text, tokens, p, name) : 0;
        if (length > 0) {
          names.get(level).add(name);
          open.remove(level);
          p -= length;
          matched = true;
          break;
        }
      }
    }
  }

  /** Length of {@code name} or a shortened form of it that ends at {@code end} and starts a word; else 0. */
  private static int writtenBefore(String text, Tokens tokens, int end, String name) {
    if (name == null || PlaceNames.GENERIC.contains(name)) {
      return 0;
    }
    for (int length = name.length(); length >= 2; length--) {
      int start = end - length;
      if (start < 0 || !tokens.isBoundary(start)) {
        continue;
      }
      String prefix = name.substring(0, length);
      boolean fits = length == name.length() || PlaceNames.isShortened(prefix, name);
      if (fits && text.startsWith(prefix, start)) {
        return length;
      }
    }
    return 0;
  }
}
