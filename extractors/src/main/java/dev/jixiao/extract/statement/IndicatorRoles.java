package dev.jixiao.extract.statement;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.text.Line;
import dev.jixiao.text.Sentence;
import java.util.regex.Matcher;
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
  /**
   * Words of headings of results: 目标完成情况, 绩效目标实现情况, and a project's 项目绩效情况 or 绩效分析 (its 产出指标, 效益指标 below); 完成
   * holds 完成情况. Plain words rather than a pattern: every figure's headings are asked, and a pattern's find tries each word at
   * every character.
   */
  private static final String[] ACTUAL_WORDS = {"完成", "实现情况", "执行情况", "实际", "绩效情况", "绩效分析"};
  /** The word of a heading over what was set out to be done. */
  private static final String TARGET_WORD = "目标";
  /** The year's money joined to something else (收支与…, 收入和支出及…), not money that names whose targets they are (项目支出绩效目标). */
  private static final Pattern MONEY_AND = Pattern.compile("(?:收支|收入|支出)(?:情况)?[与和及、]");

  /** A numbered line's own title, closed by a full stop or a colon: （二）绩效目标。 */
  private static final Pattern LEAD = Pattern.compile("\\s*([\\p{IsHan}]{2,12})[。：:]");

  /** A label that names an indicator's target (验收合格率目标值, 新建集中供水工程目标), under whatever heading. */
  private static final Pattern TARGET_LABEL = Pattern.compile("(?:目标值|目标|指标值|计划值)$");
  /** A label of what was done as a share of the target (完成目标值的120%, 为年度目标的101%): a result, not a target. */
  private static final Pattern SHARE_OF_TARGET =
      Pattern.compile("^(?:完成|为|达到|达|占)(?:年度|全年)?(?:绩效)?(?:目标|计划|任务|指标)(?:值|数|任务)?的?$");

  /**
   * The role of a figure at {@code pos} labelled {@code label}: the heading's, but a label naming the
   * target is one under a heading of actuals, as reports of results state each target beside its
   * result (验收合格率目标值≥95%，实际完成值100%).
   */
  public String roleOf(DocumentView v, int pos, String label) {
    String role = roleAt(v, pos);
    return ACTUAL.equals(role) && TARGET_LABEL.matcher(label).find() && !shareOfATarget(label) ? TARGET : role;
  }

  /**
   * Whether a label is the words of what was done as a share of a target, before the rate or before the target written in it
   * (完成目标值的120%, 完成年度目标45次的120.00%): no target itself, and no amount of the work.
   */
  public static boolean shareOfATarget(String label) {
    // asked of every figure's label many times over; most labels name none of the four
    boolean mayBe = label.contains("目标") || label.contains("计划") || label.contains("任务") || label.contains("指标");
    return mayBe && SHARE_OF_TARGET.matcher(label.strip()).matches();
  }

  public String roleAt(DocumentView v, int pos) {
    Line line = v.layout().lineAt(pos);
    String lead = leadBefore(v, line, pos);
    if (lead != null && (namesWhatWasDone(lead) || lead.contains(TARGET_WORD))) {
      return roleUnder(lead);
    }
    for (Line heading : v.layout().ancestors(line)) {
      String h = v.layout().content(heading);
      if (namesWhatWasDone(h) || h.contains(TARGET_WORD)) {
        return roleUnder(h);
      }
    }
    return null;
  }

  private static String roleUnder(String heading) {
    if (namesWhatWasDone(heading)) {
      return ACTUAL;
    }
    return MONEY_AND.matcher(heading).find() ? null : TARGET;
  }

  private static boolean namesWhatWasDone(String heading) {
    return Sentence.containsAnyWord(heading, 0, heading.length(), ACTUAL_WORDS);
  }

  /**
   * The title a numbered line opens with before its own text, when {@code pos} is in that text: 绩效目标 in
   * （二）绩效目标。完成户厕改造1500户, which heads what follows it on the line as a heading line would. Else null.
   */
  private static String leadBefore(DocumentView v, Line line, int pos) {
    if (line.marker() == null) {
      return null;
    }
    Matcher m = LEAD.matcher(v.layout().text()).region(line.markerEnd(), line.contentEnd());
    return m.lookingAt() && m.end() <= pos ? m.group(1) : null;
  }
}
