package dev.jixiao.check.rules;

import dev.jixiao.check.Figures;
import dev.jixiao.check.Rule;
import dev.jixiao.record.Figure;
import dev.jixiao.record.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An average reckoned by the count its clause names (按…计算), of the one amount its sentence states before that clause, for
 * {@link ProductRule}: 普查员和普查指导员劳务补助合计99.68万元，占总支出的71.00%，按普查人员370人计算，人均劳务补助2,694.05元; 路灯采购安装费
 * 142.96万元按430盏计算，单盏路灯综合成本为3,324.65元; 合计116.75万元，按活产数3,126人计算，每名新生儿平均投入373.48元. Where the sentence
 * states two amounts or more (年初预算980.00万元，…调减35.00万元，调整后预算945.00万元，按建设规模3,150亩计算，亩均投资3,000元) which of them the
 * average is of is the reader's guess, and nothing is read; nor is an amount planned, another year's or a rate itself. An average
 * naming what it is of names it as the amount does (劳务补助 of 劳务补助合计, 路灯 of 路灯采购安装费, 补贴 of 里程补贴合计): 其中装备30.00万元，
 * 按70名队员计算，人均投入… is not of the 装备; a cost per head (人均公用经费) is {@link CostPerHead}'s, which holds it to the cost so named.
 */
final class OneAmountPerHead {
  /** The words of the count's clause before it: 按 and what it counts (按普查人员, 按在编教职工). */
  private static final Pattern RECKONED_BY = Pattern.compile("按照?[^\\d，,；;：:（(。]{0,16}$");
  /** The words from the count to the average: what it counts, then 计算 or 平均 or 计 (人计算，; 辆车计算，; 人计). */
  private static final Pattern COUNT_CLOSED = Pattern.compile("^[^\\d，,。；;]{0,10}(?:计算|平均|计)[，,]?[^\\d。；;]{0,16}$");
  /** An average's words: 人均劳务补助, 每名新生儿平均投入, 单盏路灯综合成本为, 单车年均补贴. */
  private static final Pattern AN_AVERAGE = Pattern.compile("均|每|^单");
  /** A cost per head, {@link CostPerHead}'s to read: 人均公用经费, 人均培训费用. */
  private static final Pattern COST_PER_HEAD = Pattern.compile("[人户亩]均\\p{IsHan}{1,6}?(?:经费|费用|成本|费)$");
  /** What closes the count's clause (计算，), before the average's own words. */
  private static final Pattern CLAUSE_CLOSED = Pattern.compile("^.*?(?:计算|平均|计)[，,]?");
  /** Characters of an average's marker and its units, no word of what it is of (人均, 单盏, 平均每名, 为). */
  private static final String MARKER = "均每单平人户名个为";
  /** Words of an amount that is no whole the average is of: a plan, another year's, a rate itself. */
  private static final Pattern NOT_THE_WHOLE = Pattern.compile("预算|计划|上年|去年|同期|\\d{4}年的|每|均|标准|单价|目标");

  private OneAmountPerHead() {}

  static List<Finding> check(Rule rule, List<Figure> fs, String text) {
    List<Finding> out = new ArrayList<>();
    for (int i = 2; i < fs.size(); i++) {
      Figure average = fs.get(i);
      Figure count = fs.get(i - 1);
      if (!Figures.isMoney(average) || average.op() != null || average.label() == null || !AN_AVERAGE.matcher(average.label().strip()).find()
          || !PerHead.countFor(count, average) || !COUNT_CLOSED.matcher(text.substring(count.evidence().end(), average.evidence().start())).matches()) {
        continue;
      }
      Figure whole = theOneAmountBefore(fs, i - 1, text);
      if (whole == null || COST_PER_HEAD.matcher(average.label().strip()).find()
          || !namesItAsTheAmountDoes(text.substring(count.evidence().end(), average.evidence().start()), whole)) {
        continue;
      }
      PerHead.offTheAmount(rule, average, count, whole).ifPresent(out::add);
    }
    return out;
  }

  /**
   * Whether the average's own words, after its count's clause, name nothing (人均) or something the amount's words name too: a pair of
   * characters of neither its marker nor its unit (劳务 of 人均劳务补助 in 劳务补助合计).
   */
  private static boolean namesItAsTheAmountDoes(String afterCount, Figure whole) {
    String own = CLAUSE_CLOSED.matcher(afterCount).replaceFirst("");
    String label = whole.label() == null ? "" : whole.label();
    boolean named = false;
    for (int k = 0; k + 2 <= own.length(); k++) {
      String pair = own.substring(k, k + 2);
      if (MARKER.indexOf(pair.charAt(0)) < 0 && MARKER.indexOf(pair.charAt(1)) < 0 && Character.isIdeographic(pair.codePointAt(0))
          && Character.isIdeographic(pair.codePointAt(1))) {
        named = true;
        if (label.contains(pair)) {
          return true;
        }
      }
    }
    return !named;
  }

  /**
   * The one amount, outside parentheses, of the count's sentence (or its clause after a semicolon) before it, the count's clause
   * opening with 按 right after it or past words and rates only; null where there is none, or more than one, or it is no whole.
   */
  private static Figure theOneAmountBefore(List<Figure> fs, int c, String text) {
    Figure count = fs.get(c);
    int at = count.evidence().start();
    int start = Math.max(Math.max(text.lastIndexOf('。', at - 1), text.lastIndexOf('；', at - 1)), text.lastIndexOf('\n', at - 1)) + 1;
    Figure whole = null;
    for (int k = c - 1; k >= 0 && fs.get(k).evidence().start() >= start; k--) {
      Figure f = fs.get(k);
      if (Sentences.inParentheses(text, f) || Figure.PERCENT.equals(f.kind())) {
        continue;
      }
      if (!Figures.isMoney(f) || whole != null) {
        return null;
      }
      whole = f;
    }
    if (whole == null || whole.op() != null || whole.label() != null && NOT_THE_WHOLE.matcher(whole.label()).find()) {
      return null;
    }
    // the count's clause opens with 按, right after the amount (142.96万元按430盏) or after a mark (，按普查人员370人)
    return RECKONED_BY.matcher(text.substring(whole.evidence().end(), at)).find() ? whole : null;
  }
}
