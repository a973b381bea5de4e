package dev.jixiao.unit;

import dev.jixiao.unit.Division.Level;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Narrows the divisions a name could be to those the text's other place names support. */
final class Narrowing {

  private Narrowing() {}

  /**
   * The candidates that fit the names written directly before the unit's name: a candidate fits
   * a mention when every such name is one of its own higher-level names, and is kept when it fits
   * at least one mention that has names before it. Without such names, every candidate fits.
   */
  static List<Division> fittingNamesBefore(List<Division> candidates, List<Set<String>> namesBefore, List<Level> above) {
    List<Set<String>> written = namesBefore.stream().filter(s -> !s.isEmpty()).toList();
    if (written.isEmpty()) {
      return candidates;
    }
    List<Division> kept = new ArrayList<>();
    for (Division d : candidates) {
      Set<String> own = new HashSet<>();
      for (Level level : above) {
        own.add(d.nameAt(level));
      }
      if (written.stream().anyMatch(own::containsAll)) {
        kept.add(d);
      }
    }
    return List.copyOf(kept);
  }

  /**
   * The candidates for which the text states the most of their higher-level names (county, city,
   * province: at most one point each), or all of them when it states none. A tie keeps every tied candidate: the text
   * then does not tell them apart, and choosing would be guessing.
   */
  static List<Division> keepBestSupported(List<Division> candidates, List<Level> above, StatedNames stated) {
    int best = 0;
    List<Division> kept = new ArrayList<>(candidates);
    for (Division d : candidates) {
      best = Math.max(best, support(d, above, stated));
    }
    if (best > 0) {
      final int max = best;
      kept.removeIf(d -> support(d, above, stated) < max);
    }
    return List.copyOf(kept);
  }

  /** The name all candidates share at {@code level}, if the text states it; else null. */
  static String sharedAndStated(List<Division> candidates, Level level, StatedNames stated) {
    String shared = null;
    for (Division d : candidates) {
      String name = d.nameAt(level);
      if (name == null || (shared != null && !shared.equals(name))) {
        return null;
      }
      shared = name;
    }
    return stated.states(level, shared) ? shared : null;
  }

  private static int support(Division d, List<Level> above, StatedNames stated) {
    int n = 0;
    for (Level level : above) {
      if (stated.states(level, d.nameAt(level))) {
        n++;
      }
    }
    return n;
  }
}
