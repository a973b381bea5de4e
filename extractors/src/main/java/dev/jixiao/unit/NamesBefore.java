package dev.jixiao.unit;

import dev.jixiao.unit.Division.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The full higher-level names written directly before each mention of the unit's name
 * (湖北省蕲春县漕河镇, 桐乡市乌镇). Unlike names elsewhere in a report, which may be about
 * neighbours or partners, these describe the unit itself, so a division they contradict does not
 * fit.
 */
final class NamesBefore {

  private NamesBefore() {}

  /** One set per mention of {@code name} at {@code level}, in text order; empty when nothing precedes it. */
  static List<Set<String>> of(String text, List<Mention> mentions, String name, Level level, List<Level> above) {
    Map<Integer, Mention> byEnd = new HashMap<>();
    for (Mention m : mentions) {
      if (above.stream().anyMatch(m.levels()::contains)) {
        byEnd.putIfAbsent(m.end(), m);
      }
    }
    List<Set<String>> out = new ArrayList<>();
    for (Mention m : mentions) {
      if (!m.name().equals(name) || !m.levels().contains(level)) {
        continue;
      }
      Set<String> names = new LinkedHashSet<>();
      Mention before = byEnd.get(skipSpaces(text, m.start()));
      while (before != null && names.add(before.name())) {
        before = byEnd.get(skipSpaces(text, before.start()));
      }
      out.add(names);
    }
    return out;
  }

  static int skipSpaces(String text, int p) {
    while (p > 0 && (text.charAt(p - 1) == ' ' || text.charAt(p - 1) == '\t' || text.charAt(p - 1) == '\u3000')) {
      p--;
    }
    return p;
  }
}
