package dev.jixiao.extract.breakdown;

import dev.jixiao.record.Figure;
import java.util.List;
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
    LinkedParts.byTotal(partOf).forEach((total, ps) -> {
      boolean levels = ps.stream().allMatch(k -> figures.get(k).label() != null && LEVEL.matcher(figures.get(k).label()).lookingAt());
      if (ps.size() >= 2 && levels) {
        LinkedParts.unlink(total, ps, partOf, closed);
      }
    });
  }
}
