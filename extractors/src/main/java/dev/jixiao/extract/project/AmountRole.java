package dev.jixiao.extract.project;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the words before an amount make it a budget, an expenditure (决算 too: the final account
 * of what was spent), or neither. The word nearest the number decides
 * ("该项支出预算按照序时进度完成238.17万元" is spent, not budgeted), except that 实际 always means what
 * actually happened.
 */
public enum AmountRole {
  BUDGET,
  EXPENDITURE,
  OTHER;

  private static final Pattern BUDGET_WORDS = Pattern.compile("预算|计划|安排|下达|申请|需资金|需要资金|所需资金|总投资");
  /** 完 right before the amount is 完成 with its 成 lost to OCR (按照序时进度完13.06万元), or 用完: spent either way. */
  private static final Pattern SPENT_WORDS = Pattern.compile("完成|支出|支付|拨付|执行数|使用|花费|兑现|发放|决算|完\\s*$");
  private static final Pattern NEITHER = Pattern.compile("调整|结余|结转|到位|退回|上交|未");

  public static AmountRole of(String label) {
    if (label.contains("实际")) {
      return EXPENDITURE;
    }
    int budget = last(BUDGET_WORDS, label);
    int spent = last(SPENT_WORDS, label);
    int neither = last(NEITHER, label);
    if (neither > Math.max(budget, spent)) {
      return OTHER;
    }
    if (budget < 0 && spent < 0) {
      return OTHER;
    }
    return spent > budget ? EXPENDITURE : BUDGET;
  }

  private static int last(Pattern p, String s) {
    Matcher m = p.matcher(s);
    int at = -1;
    while (m.find()) {
      at = m.start();
    }
    return at;
  }
}
