package dev.jixiao.extract.breakdown;

import static dev.jixiao.extract.breakdown.Classifications.linkTheSentence;
import static dev.jixiao.extract.breakdown.FigureWords.summable;
import static dev.jixiao.extract.breakdown.FigureWords.unitKey;
import static dev.jixiao.extract.breakdown.Gaps.between;
import static dev.jixiao.extract.breakdown.Gaps.hasBreak;
import static dev.jixiao.extract.breakdown.Gaps.opensAfterAFullStop;
import static dev.jixiao.extract.breakdown.Gaps.sentenceStart;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.record.Figure;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sentences that list each one's amount (各乡镇拨付金额分别为：…) of the amount the sentence before paid or gave. */
final class EachOnesAmounts {
  /** A sentence's opening that lists each one's amount of a deed: 各乡镇拨付金额分别为：, 各村分配资金： */
  private static final Pattern EACH_ONES =
      Pattern.compile("[ ]*各\\p{IsHan}{1,6}?(拨付|分配|安排|下达|支出|使用|发放)(?:金额|资金|情况)?(?:分别)?(?:为|是)?[ ]*[,，:：]");

  private EachOnesAmounts() {}

  /**
   * Links the amounts of a sentence that opens listing each one's share of what the sentence before paid or gave (各乡镇拨付
   * 金额分别为：东山镇86.5万元、西河镇72.3万元…) to that sentence's amount named for the same deed (实际拨付324.2万元; not
   * 尚未拨付). The list is of every one, so two or more parts are the whole.
   */
  static void link(DocumentView v, List<Figure> figures, String[] partOf, Boolean[] closed) {
    String t = v.text();
    for (int i = 1; i < figures.size(); i++) {
      Figure first = figures.get(i);
      int start = sentenceStart(t, first.evidence().start());
      Matcher each = EACH_ONES.matcher(t).region(start, first.evidence().start());
      if (!opensAfterAFullStop(t, figures, i, start) || !each.lookingAt()) {
        continue;
      }
      Integer total = null;
      for (int k = i - 1; k >= 0 && (k == i - 1 || !hasBreak(between(t, figures.get(k), figures.get(k + 1)))); k--) {
        Figure f = figures.get(k);
        String label = f.label() == null ? "" : f.label();
        if (Figure.MONEY.equals(f.kind()) && summable(f) && label.contains(each.group(1)) && !label.contains("未")) {
          total = k; // the sentence's first so named, read back to front
        }
      }
      if (total == null || LinkedParts.hasParts(partOf, total)) {
        continue;
      }
      i = linkTheSentence(t, figures, i, Map.of(unitKey(figures.get(total)), total), partOf, closed);
    }
  }
}
