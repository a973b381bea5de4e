package dev.jixiao.unit;

import dev.jixiao.unit.Division.Level;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Picks the name of one level that a report mentions most. */
final class MentionTally {

  /** A mention in the title counts as much as this many in the body: titles name the unit. */
  static final int TITLE_WEIGHT = 3;

  /**
   * A mention that names an organ (古饶镇人民政府) counts double: that is how a report names its own
   * unit, while a bare name may be a neighbour or a phrase (新城镇建设).
   */
  static final int ORGAN_WEIGHT = 2;

  private static final class Tally {
    final String name;
    int weight;
    int firstInTitle = Integer.MAX_VALUE;
    int firstInText = Integer.MAX_VALUE;

    Tally(String name) {
      this.name = name;
    }
  }

  private final Map<String, Tally> tallies = new LinkedHashMap<>();
  private final Level level;

  MentionTally(Level level) {
    this.level = level;
  }

  void count(Iterable<Mention> mentions, boolean inTitle) {
    for (Mention m : mentions) {
      if (!m.levels().contains(level)) {
        continue;
      }
      Tally t = tallies.computeIfAbsent(m.name(), Tally::new);
      int w = m.namesUnit() ? ORGAN_WEIGHT : 1;
      t.weight += inTitle ? TITLE_WEIGHT * w : w;
      if (inTitle) {
        t.firstInTitle = Math.min(t.firstInTitle, m.start());
      } else {
        t.firstInText = Math.min(t.firstInText, m.start());
      }
    }
  }

  /** The heaviest name; ties go to the earliest in the title, then in the text. Null when none. */
  String winner() {
    return tallies.values().stream()
        .min(Comparator.comparingInt((Tally t) -> -t.weight)
            .thenComparingInt(t -> t.firstInTitle)
            .thenComparingInt(t -> t.firstInText))
        .map(t -> t.name)
        .orElse(null);
  }
}
