package dev.jixiao.check.rules;

import dev.jixiao.check.FindingBuilder;
import dev.jixiao.check.Figures;
import dev.jixiao.check.Interval;
import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleInfo;
import dev.jixiao.record.Figure;
import dev.jixiao.record.Finding;
import dev.jixiao.record.MoneyUnit;
import dev.jixiao.record.Report;
import dev.jixiao.record.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A tender's ceiling, the price it was won at, what that saved and its rate, in one sentence: 招标控制价2,286.50万元，中标价2,150.76万元，
 * 节约资金135.74万元，节约率5.94%; 控制价合计6,580.00万元，中标价合计6,312.45万元…; 招标控制价98.00万元，中标价91.20万元，节约6.80万元，下浮率6.94%.
 * The saving is the ceiling less the price, and its rate the saving over the ceiling. No budget is named, so {@code balance} and
 * {@code saving.rate}, which hold a saving to a budget and its spending, read none of it.
 *
 * <p>The four must follow one another in that order, each named so at its clause's end; the saving or the rate may be left out.
 */
@RuleInfo(
    id = "tender.saving",
    severity = Severity.ERROR,
    zh = "招标控制价减中标价与所述节约资金、节约率（下浮率）不符（控制价2,286.50万元，中标价2,150.76万元，节约135.74万元，节约率5.94%）",
    en = "a tender's ceiling less the winning price against the saving and its rate stated with them (2,286.50 − 2,150.76 = 135.74; 5.94%)")
public final class TenderSavingRule implements Rule {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** The ceiling: 招标控制价, 控制价合计, 最高限价. */
  private static final Pattern CEILING = Pattern.compile("(?:控制价|最高限价|拦标价)(?:合计|总额)?(?:为|是)?$");
  /** The price it was won at, in the clause right after: 中标价, 中标价合计, 中标金额, 中标合同价. */
  private static final Pattern WON = Pattern.compile("^中标(?:价|金额|合同价)(?:合计|总额)?(?:为|是)?$");
  /** What that saved, in the clause right after: 节约资金, 节约, 节省. */
  private static final Pattern SAVED = Pattern.compile("^(?:共)?(?:节约|节省|节支)(?:资金)?(?:为|了)?$");
  /** Its rate: 节约率, 下浮率, 降价率. */
  private static final Pattern RATE = Pattern.compile("^(?:节约|节省|下浮|降价)率(?:为|是|达)?$");

  @Override
  public List<Finding> check(Report report) {
    List<Finding> out = new ArrayList<>();
    String text = report.text();
    List<Figure> fs = report.figures();
    if (text == null) {
      return out;
    }
    for (int i = 0; i + 2 < fs.size(); i++) {
      Figure ceiling = fs.get(i);
      Figure won = fs.get(i + 1);
      if (!plainMoney(ceiling) || !plainMoney(won) || !CEILING.matcher(Sentences.clauseWords(text, ceiling)).find()
          || !clauseRightAfter(text, ceiling, won, WON)) {
        continue;
      }
      Interval saving = Figures.of(ceiling).minus(Figures.of(won));
      BigDecimal exact = ceiling.yuan().subtract(won.yuan());
      int k = i + 2;
      Figure saved = fs.get(k);
      if (plainMoney(saved) && clauseRightAfter(text, won, saved, SAVED)) {
        if (!saving.intersects(Figures.of(saved))) {
          String expected = Figures.money(exact, MoneyUnit.of(saved.unit()), Math.max(0, saved.value().scale()));
          out.add(Reckoned.finding(this, "招标节约资金", saved.text(), expected, "控制价" + ceiling.text() + "减中标价" + won.text(),
              ceiling.text() + " less " + won.text(), saved.evidence(), ceiling.evidence(), won.evidence()));
        }
        k++;
      } else {
        saved = null;
      }
      Figure rate = k < fs.size() ? fs.get(k) : null;
      if (rate == null || !Figure.PERCENT.equals(rate.kind()) || rate.op() != null
          || !clauseRightAfter(text, fs.get(k - 1), rate, RATE)) {
        continue;
      }
      // of the saving as stated or as reckoned: a slip in the saving is flagged once, above, and a slip in the price not at all here
      boolean holds = false;
      for (Interval part : saved == null ? List.of(saving) : List.of(Figures.of(saved), saving)) {
        Interval r = part.dividedBy(Figures.of(ceiling));
        holds |= r == null || r.times(HUNDRED).intersects(Figures.of(rate));
      }
      if (holds) {
        continue;
      }
      String expected = Figures.percent(saved != null ? saved.yuan() : exact, ceiling.yuan());
      String rateName = Sentences.clauseWords(text, rate).replaceFirst("(?:为|是|达)$", "");
      out.add(FindingBuilder.of(this)
          .subject(rateName)
          .message((saved != null ? saved.text() : "（" + ceiling.text() + " − " + won.text() + "）") + " ÷ 控制价" + ceiling.text() + " 约为"
                  + expected + "，" + rateName + "报告写的是" + rate.text() + "。",
              "The saving over the ceiling " + ceiling.text() + " is about " + expected + ", not the stated " + rate.text() + ".")
          .stated(rate.text())
          .expected(expected)
          .evidence(rate.evidence(), (saved != null ? saved : won).evidence(), ceiling.evidence())
          .build());
    }
    return out;
  }

  /** Whether b stands in the clause right after a's, named by the pattern. */
  private static boolean clauseRightAfter(String text, Figure a, Figure b, Pattern named) {
    String words = Sentences.wordsBetween(text, a, b);
    return (words.startsWith("，") || words.startsWith(",")) && named.matcher(words.substring(1)).matches();
  }


  private static boolean plainMoney(Figure f) {
    return Figures.isMoney(f) && f.op() == null;
  }
}
