package dev.jixiao.check.rules;

import dev.jixiao.check.Figures;
import dev.jixiao.record.Figure;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An amount paid, then its share of all or its restatement in parentheses, then whom it was paid and the bare average per each, for
 * {@link ProductRule}: 直接发放给承包农户864.65万元，占70.00%，涉及43,618户，户均198.23元; 兑付补偿资金440.52万元（4,405,200.00元），惠及林农
 * 12,486户，户均352.81元; or the count first: 五个镇共发放4,943户、2,685,100元，占发放总额的59.40%，户均543.21元. The share and the restatement
 * tell of the amount only, so the average is of it as it is where they stand elsewhere; ProductRule reads the three where nothing stands
 * between.
 */
final class PastItsShare {
  /** A share's words right after an amount: 占70.00%, 占发放总额的59.40%. */
  private static final Pattern SHARE = Pattern.compile("^占[^\\d，,。；;]{0,10}$");

  private PastItsShare() {}

  /** Each {total, count, average} so read, the total first or the count first. */
  static List<Figure[]> products(List<Figure> fs, String text) {
    List<Figure[]> out = new ArrayList<>();
    for (int i = 0; i + 2 < fs.size(); i++) {
      Figure amount = fs.get(i);
      if (!Figures.isMoney(amount) || amount.op() != null || amount.label() == null || amount.label().contains("每")
          || Sentences.inParentheses(text, amount)) {
        continue;
      }
      int past = pastTheAside(fs, i, text);
      if (past == i + 1 || past >= fs.size()) {
        continue;
      }
      // the total first (…864.65万元，占70.00%，涉及43,618户，户均198.23元)
      if (past + 1 < fs.size() && aCount(fs.get(past)) && averageOf(amount.label(), fs.get(past + 1))
          && Sentences.together(text, amount, fs.get(past + 1))) {
        out.add(new Figure[] {amount, fs.get(past), fs.get(past + 1)});
      }
      // or the count first (共发放4,943户、2,685,100元，占发放总额的59.40%，户均543.21元)
      // (the words of what was paid may stand before the count: 共发放)
      if (i > 0 && aCount(fs.get(i - 1)) && averageOf(amount.label().isBlank() ? fs.get(i - 1).label() : amount.label(), fs.get(past)) && Sentences.together(text, fs.get(i - 1), fs.get(past))
          && Sentences.between(text, fs.get(i - 1), amount).matches("^[、，,]$")) {
        out.add(new Figure[] {amount, fs.get(i - 1), fs.get(past)});
      }
    }
    return out;
  }

  private static boolean aCount(Figure f) {
    return Figure.COUNT.equals(f.kind()) && f.op() == null && f.unit() != null;
  }

  /**
   * The index past the share or the restatement right after the amount at i (past its percent, or its parenthesized figures), or i + 1
   * where neither stands there.
   */
  private static int pastTheAside(List<Figure> fs, int i, String text) {
    Figure amount = fs.get(i);
    Figure next = fs.get(i + 1);
    if (Figure.PERCENT.equals(next.kind()) && next.op() == null && SHARE.matcher(Sentences.between(text, amount, next).replaceFirst("^[，,]", "")).matches()) {
      return i + 2;
    }
    int open = amount.evidence().end();
    if (open >= text.length() || "（(".indexOf(text.charAt(open)) < 0) {
      return i + 1;
    }
    int close = Sentences.closingOf(text, open);
    int k = i + 1;
    while (k < fs.size() && close > 0 && fs.get(k).evidence().end() <= close) {
      k++;
    }
    return k;
  }

  /** Whether the figure is an average per head (户均, 人均资助) of the amount's kind of pay, no bound. */
  private static boolean averageOf(String amountWords, Figure average) {
    return amountWords != null && Figures.isMoney(average) && average.op() == null && average.label() != null
        && average.label().indexOf('均') >= 0 && PaidByPeriod.sameKindOfPay(amountWords, average);
  }
}
