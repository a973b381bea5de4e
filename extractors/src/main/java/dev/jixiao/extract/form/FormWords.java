package dev.jixiao.extract.form;

/**
 * The words a self-evaluation form labels its rows with, as regular expressions, for both of its
 * readers (a table's cells, {@link SelfEvaluationForms}; the lines of a scan or a paste, {@link
 * FormLines}): where a province words the template its own way, the word goes here once.
 */
final class FormWords {
  /** The label of a project's form's first row. */
  static final String PROJECT_NAME = "项目名称";
  /**
   * The label of a department's form's first row (部门（单位）名称, in the normalised text with ASCII
   * parentheses; Hunan's 预算部门、单位名称).
   */
  static final String UNIT_NAME = "部门\\(单位\\)名称|单位\\(部门\\)名称|部门名称|单位名称|预算单位(?:名称)?|预算部门[、,]?(?:单位)?名称";
  /** The words of the funds header's columns (年初预算数, 全年预算数, 执行数, 分值, 执行率, 得分; Sichuan's 调整后预算数, 权重). */
  static final String FUNDS_HEADER = "年初预算数?|全年预算数?|调整后预算数?|预算数|执行数|分值|权重|执行率|得分";
  /** The label of the row whose figures are the funds' totals. */
  static final String FUNDS_TOTAL = "资金总额";
  /** The label of the last row, the form's score. */
  static final String TOTAL_SCORE = "(?:自评)?(?:总分|总得分)";

  private FormWords() {}
}
