package dev.jixiao.check.rules;

import dev.jixiao.check.FindingBuilder;
import dev.jixiao.check.Figures;
import dev.jixiao.check.Interval;
import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleInfo;
import dev.jixiao.record.Evidence;
import dev.jixiao.record.Figure;
import dev.jixiao.record.Finding;
import dev.jixiao.record.Report;
import dev.jixiao.record.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Funds said to be all spent, or all arrived, then their rate right after in the same sentence: 省级补助资金20.00万元全部支出，执行率
 * 100%; 中央资金和省级资金均已全部支出，执行率均为100.00%; 全部拨付学校，执行率100.00%; 资金已全部到位，到位率100%; 各级资金均已足额到位，资金到位率
 * 100%; 资金已全部拨付到乡镇，到位率100%. All of it is 100%, so any other rate contradicts the words. A claim of spending goes with a rate of spending, one of
 * arrival with 到位率. The rate must follow the claim's clause at once, its name alone (，执行率): 全部支出，市级资金执行率92.41% names
 * other funds' rate, and 占全部支出的45.89% is a share. A claim the clause takes back (未全部支出, 除结余外全部支出, 基本全部支出) claims
 * nothing.
 */
@RuleInfo(
    id = "funds.all",
    severity = Severity.ERROR,
    zh = "称资金已全部支出（全额拨付）或全部到位，紧随其后的执行率或到位率却不是100%",
    en = "funds said to be all spent or paid out (全部支出, 全额拨付), or all arrived (全部到位), with the rate right after not 100%")
public final class AllFundsRule implements Rule {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** The rest of the claim's clause (to whom it was paid: 拨付学校), no figure in it, then the clause's mark. */
  private static final String REST_OF_THE_CLAUSE = "[^，,。；;：:\\d%％（）()、]{0,8}[，,]\\s*";
  /** All spent or paid out, then a rate of spending named alone. */
  private static final Pattern ALL_SPENT = Pattern.compile("(?<claim>(?:全部|全额)(?:支出|拨付|使用|兑付|发放)(?:完毕)?)" + REST_OF_THE_CLAUSE
      + "(?:预算|资金)?(?:执行率|支出率|拨付率|使用率)(?:均)?(?:为|达到|达)?\\s*");
  /**
   * All arrived, then the rate of arrival: 全部到位, 全部下达到位, 全部拨付到位, and all paid to where the funds arrive (全部拨付到乡镇,
   * 全额拨付至县林业局), which is their arrival.
   */
  private static final Pattern ALL_ARRIVED = Pattern.compile(
      "(?<claim>(?:全部|全额|足额)(?:(?:下达|拨付|下拨)?到位|(?:拨付|下达|下拨)(?:到|至)))" + REST_OF_THE_CLAUSE
      + "(?:资金)?到位率(?:均)?(?:为|达到|达)?\\s*");
  /** The words every claim opens with. */
  private static final List<String> CLAIM_WORDS = List.of("全部", "全额", "足额");
  /** Words of the clause before the claim that take it back: not all (未, 尚未), all but something (除…外), nearly all (基本). */
  private static final Pattern TAKEN_BACK = Pattern.compile("未|没有|除|基本|大部|大多|几乎|接近|部分");

  @Override
  public List<Finding> check(Report report) {
    String text = report.text();
    List<Finding> out = new ArrayList<>();
    if (text == null || nextClaimWord(text, 0) < 0) {
      return out;
    }
    Map<Integer, Figure> rateAt = new HashMap<>();
    for (Figure f : report.figures()) {
      if (Figure.PERCENT.equals(f.kind()) && f.op() == null) {
        rateAt.put(f.evidence().start(), f);
      }
    }
    // the claims open with one of three words: the patterns are tried where those stand, not at every character of the text
    // (a find over the whole text made this rule the costliest of all, 216 µs a report of the generated ones)
    Matcher spent = ALL_SPENT.matcher(text);
    Matcher arrived = ALL_ARRIVED.matcher(text);
    for (int at = nextClaimWord(text, 0); at >= 0; at = nextClaimWord(text, at + 1)) {
      for (Matcher m : List.of(spent, arrived)) {
        if (!m.region(at, text.length()).lookingAt()) {
          continue;
        }
        Figure rate = rateAt.get(m.end());
        if (rate == null || TAKEN_BACK.matcher(Sentences.clauseBefore(text, m.start())).find()
            || Figures.of(rate).intersects(Interval.exact(HUNDRED))) {
          continue;
        }
        String claim = m.group("claim");
        out.add(finding(rate, claim, new Evidence(m.start("claim"), m.end("claim"), rate.evidence().page(), claim)));
      }
    }
    return out;
  }

  /** Where the next 全部, 全额 or 足额 stands from {@code from}, or -1. */
  private static int nextClaimWord(String text, int from) {
    int next = -1;
    for (String word : CLAIM_WORDS) {
      int at = text.indexOf(word, from);
      next = at >= 0 && (next < 0 || at < next) ? at : next;
    }
    return next;
  }

  private Finding finding(Figure rate, String claim, Evidence said) {
    String name = SpendingLabels.rateName(rate).isEmpty() ? "执行率" : SpendingLabels.rateName(rate);
    return FindingBuilder.of(this)
        .subject(name)
        .message("文中称资金已" + claim + "，" + name + "应为100%，报告写的是" + rate.text() + "。",
            "The funds are said to be all of it (" + claim + "), which is a rate of 100%, not the stated " + rate.text() + ".")
        .stated(rate.text())
        .expected("100%")
        .evidence(rate.evidence(), said)
        .build();
  }
}
