package dev.jixiao.check.rules;

import dev.jixiao.check.Figures;
import dev.jixiao.check.Rule;
import dev.jixiao.record.Figure;
import dev.jixiao.record.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An average cost per head named for the cost it divides, for {@link ProductRule}: 人员经费286.40万元，按年末在职16人计算人均人员经费
 * 17.90万元 (the 人员经费 over the 16人); 体检服务费453.30万元，实际体检37,775人，人均体检费用120.00元; 培训642人次，支出14.12万元，人均培训费用
 * 219.94元. The count stands right before the average; the total is the nearest amount before the count in the average's sentence
 * named as the average names it (人员经费, not the 公用经费 between), or the amount right before the count or right after it whose
 * words hold the cost's (体检服务费 for 体检费用) or name spending alone (支出). A sentence that opens with the count it reckons by and
 * names no amount of its own (公用经费45.76万元。按年末在职16人计算，人均公用经费2.86万元) speaks of the cost its line named so before it.
 */
final class CostPerHead {
  /** An average per head, household or mu of a cost: 人均公用经费, 户均管护费用, 人均安置成本; the cost's words and their kind apart. */
  private static final Pattern COST_AVERAGE = Pattern.compile("[人户亩]均(\\p{IsHan}{1,6}?)(经费|费用|成本|费)$");
  /** Spending named alone: 支出, 实际支出, 共支出. */
  private static final Pattern SPENDING_ALONE = Pattern.compile("^(?:全年|实际|共|累计)?(?:支出|使用资金)$");
  /** Words of money set aside, not spent, or of a whole of more: 预算, 计划, 总. */
  private static final Pattern NOT_THE_COST = Pattern.compile("预算|计划|安排|标准|目标|每|均|总");
  /** Words of another year's cost (比上年的人员经费), which a count of this year's staff does not divide. */
  private static final Pattern ANOTHER_YEAR = Pattern.compile("上年|去年|同期|\\d{4}年");
  /** The words opening a sentence up to the count it reckons by: 按年末在职, 按实有在编人员. */
  private static final Pattern RECKONED_BY = Pattern.compile("^\\s*按照?[^\\d，,；;：:（(]{0,16}$");

  private CostPerHead() {}

  static List<Finding> check(Rule rule, List<Figure> fs, String text) {
    List<Finding> out = new ArrayList<>();
    for (int i = 2; i < fs.size(); i++) {
      Figure average = fs.get(i);
      Matcher m = average.label() == null || !Figures.isMoney(average) || average.op() != null ? null
          : COST_AVERAGE.matcher(average.label().strip());
      if (m == null || !m.find()) {
        continue;
      }
      Figure count = fs.get(i - 1);
      Figure total = null;
      if (Figures.isMoney(count)) {
        // the count, then what was spent, then the average (培训642人次，支出14.12万元，人均培训费用219.94元)
        total = count;
        count = fs.get(i - 2);
        total = ofTheCost(total, m, true) && Sentences.together(text, count, average) ? total : null;
      } else {
        total = totalBefore(fs, i - 1, text, m);
      }
      if (total == null || !PerHead.countFor(count, average) || !Sentences.together(text, count, average)) {
        continue;
      }
      PerHead.offTheAmount(rule, average, count, total).ifPresent(out::add);
    }
    return out;
  }

  /**
   * The amount before the count at c that the average is of: the nearest in its sentence named as the average names its cost (人员经费),
   * or the one right before the count whose words hold the cost's (体检服务费 of 体检费用).
   */
  private static Figure totalBefore(List<Figure> fs, int c, String text, Matcher cost) {
    int k = c - 1;
    for (; k >= 0 && Sentences.oneStatement(text, fs.get(k), fs.get(c)); k--) {
      Figure f = fs.get(k);
      if (Figures.isMoney(f) && f.op() == null && f.label() != null && !NOT_THE_COST.matcher(f.label()).find()
          && (f.label().strip().endsWith(cost.group(1) + cost.group(2)) || k == c - 1 && ofTheCost(f, cost, false))) {
        return f;
      }
    }
    // a sentence reckoning by the count alone (。按年末在职16人计算，人均公用经费2.86万元): the cost its line named before it
    Figure count = fs.get(c);
    int sentence = Sentences.start(text, count.evidence().start());
    if (k != c - 1 || sentence == 0 || text.charAt(sentence - 1) != '。'
        || !RECKONED_BY.matcher(text.substring(sentence, count.evidence().start())).matches()) {
      return null;
    }
    for (; k >= 0 && text.lastIndexOf('\n', count.evidence().start()) < fs.get(k).evidence().start(); k--) {
      Figure f = fs.get(k);
      if (Figures.isMoney(f) && f.op() == null && f.label() != null && f.label().strip().endsWith(cost.group(1) + cost.group(2))) {
        return NOT_THE_COST.matcher(f.label()).find() || ANOTHER_YEAR.matcher(f.label()).find() || Sentences.inParentheses(text, f) ? null : f;
      }
    }
    return null;
  }

  /** Whether an amount's words hold the cost's (家庭医生团队培训 of 培训费用), or, where {@code alone} allows, name spending alone (支出). */
  private static boolean ofTheCost(Figure f, Matcher cost, boolean alone) {
    if (!Figures.isMoney(f) || f.op() != null || f.label() == null || NOT_THE_COST.matcher(f.label()).find()) {
      return false;
    }
    String label = f.label().strip();
    return label.contains(cost.group(1)) || alone && SPENDING_ALONE.matcher(label).matches();
  }
}
