package dev.jixiao.unit;

import dev.jixiao.unit.Division.Level;
import java.util.ArrayList;
import java.util.List;

/** Narrows the divisions a name could be to those the text's other place names support. */
final class Narrowing {

  private Narrowing() {}

  /**
   * The candidates whose higher-level names the text states most often (counting each level
   * once), or all of them when the text states none. A tie keeps every tied candidate: the text
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
