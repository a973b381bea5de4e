package dev.jixiao.extract.project;

import dev.jixiao.record.MoneyUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which column of a project table holds what, read from its header (项目名称, 全年预算（万元）,
 * 执行数（万元）, 执行率（%）…), and the money unit the header names. A column a header does not
 * name is -1; money columns without a unit in their header take the unit of the table's
 * "单位：万元" line, else none (a figure without a unit is not read as money).
 */
record TableColumns(int seq, int name, int budget, int expenditure, int rate, int score, int grade, MoneyUnit budgetUnit,
    MoneyUnit expenditureUnit) {
  private static final Pattern UNIT = Pattern.compile("\\((亿元|万元|千元|元)\\)");
  private static final Pattern SEQ = Pattern.compile("^(序号|编号|序)$");
  /**
   * The name column: a project's, or that of each school, township or unit a fund was shared out among (学校名称), or of each
   * road section or works it paid for (路段).
   */
  private static final Pattern NAME = Pattern.compile("项目名称|^项目$|^名称$|资金名称|^(?:学校|乡镇|单位)名称$|^(?:路段|工程)(?:名称)?$");
  private static final Pattern RATE = Pattern.compile("执行率|完成率|支出率|执行进度|使用率");
  private static final Pattern SPENT =
      Pattern.compile("执行数|实际支出|支出数|实际执行|执行金额|完成数|实际完成|已支出|支出金额|决算数|^(?:全年|年度|累计)?支出(?:$|[(（])");
  private static final Pattern BUDGET = Pattern.compile("预算|全年预算|年初预算|预算数|资金总额|安排金额|计划|^下达(?:资金|金额)|^分配(?:资金|金额)");
  private static final Pattern ADJUSTED = Pattern.compile("调整后|调整预算|预算调整");
  /** The project's own score (自评得分), not the most it could score (分值). */
  private static final Pattern SCORE = Pattern.compile("得分|评分|分数");
  private static final Pattern GRADE = Pattern.compile("等级|评级|评价结果|自评结果");

  /** The columns of {@code headers} (normalised header cell texts), or null when no name and budget column is named. */
  static TableColumns of(List<String> headers, MoneyUnit tableUnit) {
    int seq = -1;
    int name = -1;
    int budget = -1;
    int spent = -1;
    int rate = -1;
    int score = -1;
    int grade = -1;
    MoneyUnit budgetUnit = tableUnit;
    MoneyUnit spentUnit = tableUnit;
    for (int i = 0; i < headers.size(); i++) {
      String h = headers.get(i).replaceAll("\\s", "");
      if (seq < 0 && SEQ.matcher(h).find()) {
        seq = i;
      } else if (name < 0 && NAME.matcher(h).find()) {
        name = i;
      } else if (rate < 0 && RATE.matcher(h).find()) {
        rate = i;
      } else if (spent < 0 && SPENT.matcher(h).find()) {
        spent = i;
        spentUnit = unit(h, tableUnit);
      } else if (BUDGET.matcher(h).find() && (budget < 0 || ADJUSTED.matcher(h).find())) {
        // the budget after its adjustment (年初预算 · 调整后预算 · 实际支出 · 执行率) is the one spent against
        budget = i;
        budgetUnit = unit(h, tableUnit);
      } else if (score < 0 && SCORE.matcher(h).find() && !h.contains("分值")) {
        score = i;
      } else if (grade < 0 && GRADE.matcher(h).find()) {
        grade = i;
      }
    }
    return name >= 0 && budget >= 0 ? new TableColumns(seq, name, budget, spent, rate, score, grade, budgetUnit, spentUnit) : null;
  }

  private static MoneyUnit unit(String header, MoneyUnit fallback) {
    Matcher m = UNIT.matcher(header);
    return m.find() ? MoneyUnit.of(m.group(1)) : fallback;
  }
}
