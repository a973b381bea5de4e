package dev.jixiao.extract.breakdown;

import dev.jixiao.record.Figure;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Undoes links whose parts are a budget and what the year added to it and cut from it (当年预算中，年初预算13,965.20万元，追加
 * 1,128.60万元，调减206.20万元): the total nets them, and a cut is taken from it, not added, so they are no parts that add up.
 */
final class CutsAmongParts {
  /** What the year cut from an amount: 调减, 压减, 核减, at the end of the cut's label. */
  private static final Pattern CUT = Pattern.compile("(?:调减|压减|核减)(?:预算|资金)?$");

  private CutsAmongParts() {}

  /** Unlinks the parts of each total one of which is a cut, where the total is no cut itself (调减96.80万元，其中调减基本支出…). */
  static void unlink(List<Figure> figures, String[] partOf, Boolean[] closed) {
    Map<String, List<Integer>> parts = new HashMap<>();
    for (int k = 0; k < partOf.length; k++) {
      if (partOf[k] != null) {
        parts.computeIfAbsent(partOf[k], x -> new ArrayList<>()).add(k);
      }
    }
    for (Map.Entry<String, List<Integer>> e : parts.entrySet()) {
      int total = Integer.parseInt(e.getKey().substring(1)) - 1;
      boolean netted = e.getValue().stream().anyMatch(k -> isCut(figures.get(k))) && !isCut(figures.get(total));
      if (netted) {
        e.getValue().forEach(k -> partOf[k] = null);
        closed[total] = null;
      }
    }
  }

  private static boolean isCut(Figure f) {
    return f.label() != null && CUT.matcher(f.label().strip()).find();
  }
}
