package dev.jixiao.check.rules;

import dev.jixiao.check.Figures;
import dev.jixiao.check.Rule;
import dev.jixiao.record.Figure;
import dev.jixiao.record.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An average of what a line says was actually spent, over the count a sentence of its own reckons by, for {@link ProductRule}:
 * 截至2023年12月31日，项目实际支出64.32万元，预算执行率94.59%，…。按70名队员计算，人均投入9,188.57元 (the 64.32万元 over the 70名);
 * …第一书记经费实际支出236.36万元，…；按年末在派104名第一书记计算，人均经费22,726.92元. The sentence opens with the count (按…计算, 按…平均)
 * and names no amount before it: it speaks of the spending its line opened with, not of a part (县级资金支出) nor of another year's
 * (比上年的876,500元).
 */
final class SpendingPerHead {
  /** The words opening a sentence up to the count it reckons by: 按年末在派, 按全县. */
  private static final Pattern RECKONED_BY = Pattern.compile("^\\s*按照?[^\\d，,；;：:（(]{0,16}$");
  /** The words from the count to its clause's end: what it counts, then 计算 or 平均 (名队员计算，; 处工程平均，). */
  private static final Pattern COUNT_CLOSED = Pattern.compile("^[^\\d，,。；;]{0,10}(?:计算|平均)[，,]");
  /** An average's words: 人均投入, 平均每人运行经费, 生均支出, 每处工程全年水质检测经费 (after 平均，). */
  private static final Pattern AN_AVERAGE = Pattern.compile("均|^每");
  /** What the line says was actually spent: 项目实际支出, 运行经费实际支出. */
  private static final Pattern ACTUALLY_SPENT = Pattern.compile("实际支出$");
  /** Words of another year's spending, of a plan or of a part (县级资金实际支出): no whole of this year's. */
  private static final Pattern NOT_THIS_YEARS = Pattern.compile("上年|去年|同期|\\d{4}年的|预算|计划|其中|" + Levels.LEVEL);

  private SpendingPerHead() {}

  static List<Finding> check(Rule rule, List<Figure> fs, String text) {
    List<Finding> out = new ArrayList<>();
    for (int i = 1; i < fs.size(); i++) {
      Figure average = fs.get(i);
      Figure count = fs.get(i - 1);
      if (!Figures.isMoney(average) || average.op() != null || average.label() == null || !AN_AVERAGE.matcher(average.label().strip()).find()
          || !PerHead.countFor(count, average) || !reckonedBy(text, count, average)) {
        continue;
      }
      Figure spent = spentOnItsLine(fs, i - 1, text);
      if (spent != null) {
        PerHead.offTheAmount(rule, average, count, spent).ifPresent(out::add);
      }
    }
    return out;
  }

  /**
   * Whether the count opens a sentence of its own after a full stop or a semicolon, reckoning by it (按70名队员计算，), the average
   * right after.
   */
  private static boolean reckonedBy(String text, Figure count, Figure average) {
    int at = count.evidence().start();
    int sentence = Math.max(Math.max(text.lastIndexOf('。', at - 1), text.lastIndexOf('；', at - 1)), text.lastIndexOf('\n', at - 1)) + 1;
    if (sentence == 0 || text.charAt(sentence - 1) == '\n' || !RECKONED_BY.matcher(text.substring(sentence, at)).matches()) {
      return false;
    }
    String after = text.substring(count.evidence().end(), average.evidence().start());
    return COUNT_CLOSED.matcher(after).lookingAt() && after.indexOf('。') < 0 && after.indexOf('；') < 0;
  }

  /** The first amount of the count's line, before it, that the line says was actually spent, outside parentheses; else null. */
  private static Figure spentOnItsLine(List<Figure> fs, int c, String text) {
    int lineStart = text.lastIndexOf('\n', fs.get(c).evidence().start() - 1) + 1;
    Figure found = null;
    for (int k = c - 1; k >= 0 && fs.get(k).evidence().start() >= lineStart; k--) {
      Figure f = fs.get(k);
      if (Figures.isMoney(f) && f.op() == null && f.label() != null && ACTUALLY_SPENT.matcher(f.label().strip()).find()
          && !Sentences.inParentheses(text, f)) {
        found = f;
      }
    }
    return found == null || NOT_THIS_YEARS.matcher(found.label()).find() ? null : found;
  }
}
