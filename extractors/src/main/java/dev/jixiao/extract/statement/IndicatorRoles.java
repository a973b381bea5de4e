package dev.jixiao.extract.statement;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.text.Line;
import java.util.regex.Pattern;

/**
 * Whether a figure is an indicator's target or its reported actual, from the headings above it:
 * "部门2024年度绩效目标 › 产出指标" holds targets; "部门产出指标完成情况", "绩效目标实现情况" and a
 * project's "项目绩效情况 › 产出指标" hold actuals. Figures under neither kind of heading have no
 * role, and neither have those under a heading that joins the year's money to its targets
 * ("收支与绩效目标"): what was taken in and spent there is a fact, and a target says so itself (≥98%).
 */
public final class IndicatorRoles {
  public static final String TARGET = "target";
  public static final String ACTUAL = "actual";
  /** Headings of results: 目标完成情况, 绩效目标实现情况, and a project's 项目绩效情况 or 绩效分析 (its 产出指标, 效益指标 below). */
  private static final Pattern ACTUAL_WORDS = Pattern.compile("完成情况|实现情况|完成|执行情况|实际|绩效情况|绩效分析");
  private static final Pattern TARGET_WORDS = Pattern.compile("目标");
  /** The year's money joined to something else (收支与…, 收入和支出及…), not money that names whose targets they are (项目支出绩效目标). */
  private static final Pattern MONEY_AND = Pattern.compile("(?:收支|收入|支出)(?:情况)?[与和及、]");

  /** A label that names an indicator's target (验收合格率目标值, 新建集中供水工程目标), under whatever heading. */
  private static final Pattern TARGET_LABEL = Pattern.compile("(?:目标值|目标|指标值|计划值)$");

  /**
   * The role of a figure at {@code pos} labelled {@code label}: the heading's, but a label naming the
   * target is one under a heading of actuals, as reports of results state each target beside its
   * result (验收合格率目标值≥95%，实际完成值100%).
   */
  public String roleOf(DocumentView v, int pos, String label) {
    String role = roleAt(v, pos);
    return ACTUAL.equals(role) && TARGET_LABEL.matcher(label).find() ? TARGET : role;
  }

  public String roleAt(DocumentView v, int pos) {
    for (Line heading : v.layout().ancestors(v.layout().lineAt(pos))) {
      String h = v.layout().content(heading);
      if (ACTUAL_WORDS.matcher(h).find()) {
        return ACTUAL;
      }
      if (TARGET_WORDS.matcher(h).find()) {
        return MONEY_AND.matcher(h).find() ? null : TARGET;
      }
    }
    return null;
  }
}
