package dev.jixiao.extract.breakdown;

import dev.jixiao.record.Figure;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Undoes links whose parts are levels of a hierarchy (一级指标3个，二级指标9个), which each count the whole again. */
final class Levels {
  /** A level of a hierarchy: 一级指标, 二级指标. */
  private static final Pattern LEVEL = Pattern.compile("[一二三四五六]级");

  private Levels() {}

  /**
   * Unlinks the parts of a total that are its levels ("共编制12个绩效目标指标，其中一级指标3个，二级指标9个，
   * 三级指标12个"): each level of a hierarchy counts the whole again, so they do not add up to it.
   */
  static void unlink(List<Figure> figures, String[] partOf, Boolean[] closed) {
    Map<String, List<Integer>> parts = new HashMap<>();
    for (int k = 0; k < partOf.length; k++) {
      if (partOf[k] != null) {
        parts.computeIfAbsent(partOf[k], x -> new ArrayList<>()).add(k);
      }
    }
    for (Map.Entry<String, List<Integer>> e : parts.entrySet()) {
      List<Integer> ps = e.getValue();
      boolean levels = ps.stream().allMatch(k -> figures.get(k).label() != null && LEVEL.matcher(figures.get(k).label()).lookingAt());
      if (ps.size() >= 2 && levels) {
        ps.forEach(k -> partOf[k] = null);
        closed[Integer.parseInt(e.getKey().substring(1)) - 1] = null;
      }
    }
  }
}
