package dev.jixiao.record;

import java.util.List;

/**
 * Points a report says its score lost, as its 扣分说明 states them: {@code name} is the part of the score they were lost in
 * (决策指标扣1分: 决策指标), null where the text names none (一是…，扣1分); {@code points} the part's deduction as stated, null
 * where the text gives only what it is made of (决策方面，…扣1分；…扣0.5分); {@code parts} what it is made of (过程指标扣3分，
 * 其中…扣1分、…扣2分: 1 and 2), empty when it names none.
 */
public record ScoreDeduction(String name, PlainNumber points, List<PlainNumber> parts) {
  public ScoreDeduction {
    parts = parts == null ? List.of() : List.copyOf(parts);
  }

  /**
   * A part's name without the words templates put around it, so that a deduction finds the part it is of however each names
   * it: 项目决策, 决策指标, 决策类指标, 决策方面 and 决策指标（含…） are all 决策.
   */
  public static String partKey(String name) {
    if (name == null) {
      return "";
    }
    return name.replaceFirst("^[^\\p{IsHan}]+", "").strip().replaceFirst("^(?:项目|部门)", "").replaceFirst("\\([^()]*\\)$", "")
        .replaceFirst("(?:类?指标|方面|部分|类)$", "");
  }
}
