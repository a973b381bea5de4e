package dev.jixiao.extract.document;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.record.ReportKind;
import dev.jixiao.text.Sentence;
import java.util.regex.Pattern;

/**
 * What the report evaluates. The title decides when it says (部门整体支出 / 专项资金 / 项目支出, or a
 * project or works named before its 绩效评价); else the sentence that states the evaluation's scope
 * ("对…专项资金开展绩效评价"); else a report that lists projects is a project report.
 */
public final class ReportKindClassifier {
  /** The year a title may put between what it evaluates and its 绩效自评 (…建设项目2023年度绩效自评报告). */
  private static final String YEAR = "(?:(?:19|20)\\d{2}[ ]?年度?)?";
  /**
   * A project, a works or a programme evaluated by name (…项目绩效自评报告, 高其坑通组道路工程绩效评价报告, 学生营养改善计划绩效自评报告,
   * 关于…发放项目的绩效自评报告).
   */
  private static final Pattern PROJECT_EVALUATED = Pattern.compile("(项目|工程|计划)(资金)?的?" + YEAR + "(绩效)?(目标)?(自评|评价)");
  /**
   * A fund evaluated by name (就业补助资金绩效自评报告, 保费补贴资金…, 专项债券资金…, 社会救助资金…, 村级组织运转经费…, 学前教育发展资金…,
   * 小型水库安全运行管护经费…, 防汛抗旱物资储备经费…):
   * a special fund's report.
   */
  private static final Pattern FUND_EVALUATED =
      Pattern.compile("(补助|补贴|奖补|奖励|救助|救灾|扶持|债券|转移支付|衔接|发展)(专项)?资金(使用)?" + YEAR + "(绩效)?(自评|评价)"
          + "|(运转|工作|保障|管护|运行|维护|养护|储备)经费(使用)?" + YEAR + "(绩效)?(自评|评价)");
  private static final Pattern ANY_FUND_EVALUATED = Pattern.compile("资金(使用)?" + YEAR + "(绩效)?(自评|评价)");
  /** A department's budget as a whole, executed (部门预算执行情况自评): its overall spending's report. */
  private static final Pattern DEPARTMENT_BUDGET = Pattern.compile("部门(年度)?预算(执行|绩效)");
  private static final Pattern SCOPE = Pattern.compile("(开展|进行)[^。]{0,6}(绩效)?(自评|评价|考核)|绩效(自评|评价)(范围|对象)");

  public ReportKind classify(DocumentView v, String title, boolean listsProjects) {
    ReportKind fromTitle = ofTitle(title);
    if (fromTitle != ReportKind.UNKNOWN) {
      return fromTitle;
    }
    for (Sentence s : v.sentences()) {
      String text = v.normalized(s.start(), s.end());
      if (SCOPE.matcher(text).find()) {
        ReportKind k = byWords(text);
        if (k != ReportKind.UNKNOWN) {
          return k;
        }
      }
    }
    if (count(v.text(), "整体支出") >= 2) {
      return ReportKind.DEPARTMENT_OVERALL;
    }
    return listsProjects ? ReportKind.PROJECT : ReportKind.UNKNOWN;
  }

  /** What the title says the report evaluates, UNKNOWN when it says nothing (or there is none). */
  public static ReportKind ofTitle(String title) {
    return byWords(title == null ? "" : title);
  }

  private static ReportKind byWords(String s) {
    if (s.contains("整体支出") || s.contains("部门整体") || DEPARTMENT_BUDGET.matcher(s).find()) {
      return ReportKind.DEPARTMENT_OVERALL;
    }
    if (s.contains("专项资金") || s.contains("专项经费") || FUND_EVALUATED.matcher(s).find()) {
      return ReportKind.SPECIAL_FUND;
    }
    if (s.contains("项目支出") || PROJECT_EVALUATED.matcher(s).find()) {
      return ReportKind.PROJECT;
    }
    // any other fund evaluated by name (贷款贴息资金, 农村公路养护资金) that names no project is a fund
    if (ANY_FUND_EVALUATED.matcher(s).find()) {
      return ReportKind.SPECIAL_FUND;
    }
    return ReportKind.UNKNOWN;
  }

  /** How many times {@code word} is written in {@code s}. */
  static int count(String s, String word) {
    int n = 0;
    for (int i = s.indexOf(word); i >= 0; i = s.indexOf(word, i + 1)) {
      n++;
    }
    return n;
  }
}
