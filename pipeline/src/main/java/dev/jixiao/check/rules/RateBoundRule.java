package dev.jixiao.check.rules;

import dev.jixiao.check.FindingBuilder;
import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleInfo;
import dev.jixiao.record.Figure;
import dev.jixiao.record.Finding;
import dev.jixiao.record.Report;
import dev.jixiao.record.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rate of some of a whole above the whole: no more than all can pass (合格率), be satisfied
 * (满意度), be covered (覆盖率, 普及率, 参保率), know (知晓率), be paid on time (发放及时率) or settled
 * (调解成功率), be treated or collected (无害化处理率, 收运率), nor more than all residents have a health record (建档率) or be looked after (规范管理率),
 * so 105% is a slip whatever the counts. Rates of a plan or a budget (完成率, 执行率) and of change (增长率) may exceed 100% and are
 * other rules' to hold; a bound (≥100%) is a target, not a result. A vaccination's 接种率 and a bed's 使用率
 * are left out: reported over a registered population or a bed count, they do exceed 100% in true reports.
 */
@RuleInfo(
    id = "rate.bound",
    severity = Severity.ERROR,
    zh = "合格率、满意度等比率超过100%",
    en = "a rate of some of a whole (合格率, 满意度, 覆盖率) above 100%")
public final class RateBoundRule implements Rule {
  private static final BigDecimal ALL = BigDecimal.valueOf(100);
  /** Rates that are a part of a whole, the label ending in them (验收合格率, 群众满意度为). */
  private static final Pattern SHARE_OF_A_WHOLE = Pattern.compile(
      "(合格率|满意度|满意率|普及率|覆盖率|参保率|知晓率|知晓度|入学率|巩固率|出勤率|及格率|通过率|优良率|达标率|合规率|准确率|正确率"
          + "|及时率|成功率|就业率|完好率|回收率|发放率|宣传率|调解率|落实率|兑现率|核实率|查处率"
          + "|建档率|管理率|签约率|随访率|筛查率|发生率|化解率|办结率|结案率|整改率|开工率|完工率|处理率|处置率|收运率|清运率|收集率)"
          + "(?:为|是|达到|达)?$");

  /** A result named only as one (实际94.20%, 实际完成值100%), of the indicator its clause opens with. */
  private static final Pattern RESULT_ALONE = Pattern.compile("^(?:实际|实际完成|完成|实际完成值|完成值|实际值)(?:为|是|达到|达)?$");
  /** An indicator's name before the colon that opens its clause (学生及家长满意度：目标值≥90%，实际94.20%), numbering left out. */
  private static final Pattern INDICATOR = Pattern.compile("^[\\s\\d.、()（）一二三四五六七八九十]*([^:：,，]{2,30})[:：]");

  @Override
  public List<Finding> check(Report report) {
    List<Finding> out = new ArrayList<>();
    for (Figure f : report.figures()) {
      if (!Figure.PERCENT.equals(f.kind()) || f.op() != null || f.value().compareTo(ALL) <= 0) {
        continue;
      }
      String name = SpendingLabels.rateName(f);
      if (RESULT_ALONE.matcher(SpendingLabels.label(f)).matches()) {
        name = indicatorOf(report.text(), f);
      }
      Matcher m = SHARE_OF_A_WHOLE.matcher(name);
      if (!m.find()) {
        continue;
      }
      out.add(FindingBuilder.of(this)
          .subject(name)
          .message(name + "写作" + f.text() + "，超过100%：" + m.group(1) + "是部分占全体的比率，不能超过100%。",
              name + " is stated as " + f.text() + ": a rate of some of a whole cannot exceed 100%.")
          .stated(f.text())
          .expected("≤100%")
          .evidence(f.evidence())
          .build());
    }
    return out;
  }

  /** The name the clause of a result opens with before its colon, or "" when it opens with none. */
  private static String indicatorOf(String text, Figure result) {
    if (text == null) {
      return "";
    }
    int end = result.evidence().start();
    int start = end;
    while (start > 0 && "\n。;；".indexOf(text.charAt(start - 1)) < 0) {
      start--;
    }
    Matcher m = INDICATOR.matcher(text.substring(start, end));
    return m.find() ? m.group(1).strip() : "";
  }
}
