package dev.jixiao.check.rules;

import dev.jixiao.check.FindingBuilder;
import dev.jixiao.check.Figures;
import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleInfo;
import dev.jixiao.record.Figure;
import dev.jixiao.record.Finding;
import dev.jixiao.record.MoneyUnit;
import dev.jixiao.record.Report;
import dev.jixiao.record.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount restated in brackets right after itself, most often in another unit: 全年实际支出486.57万元（4,865,700.00元）,
 * 1.52亿元（即15,200.00万元）, and so a count in 万 and in ones (2.36万亩（23,600亩）, 34,700人（约3.47万人）), or after a comma in another
 * unit (实际支出126.67万元，即1,266,700.00元; 折合), or in the same (…，即12,025,800.00万元, the unit written wrong). The two are one amount
 * written twice, so they must agree as rounded. Reports write them so that a reader need not convert, and a slip in either (a digit, or 万元 for 元) leaves the reader two amounts; no other rule sees it,
 * since the readings take the first and pass the second by. A bracket with words in it (其中…, 上年…) is not a restatement.
 */
@RuleInfo(
    id = "restated.unit",
    severity = Severity.ERROR,
    zh = "金额（或数量）与紧随其后括注的同一数额（常为另一单位）不符（486.57万元（4,865,700.00元）；2.36万亩（23,600亩））",
    en = "an amount or count against the same restated in brackets right after it, often in another unit (486.57万元（4,865,700.00元）)")
public final class UnitRestatedRule implements Rule {
  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
  /** What stands between an amount and its restatement: an opening bracket, and at most a word that says it is the same. */
  private static final Pattern OPENS = Pattern.compile("[ ]*[（(][ ]*(?:即|合|折合|约|计|约合)?[ ]*");
  /** A restatement said to be about the amount (约3.60亿元) is rounded, as any is, to its last written digit. */
  private static final String ABOUT = "约";
  private static final Pattern CLOSES = Pattern.compile("[ ]*[）)]");
  /** Or after a comma, what says it is the same amount (实际支出126.67万元，即1,266,700.00元; 1,248.65万元，折合12,486,500.00元). */
  private static final Pattern SAID_AGAIN = Pattern.compile("[ ]*[，,][ ]*(?:即|折合|约合)[ ]*");
  /** Words by which an amount is a rate or a change: what 即 says after it in the same unit may be another amount. */
  private static final Pattern RATE_OR_CHANGE = Pattern.compile("每|均|增|减|提高|降低|下降|上涨|比|较|差");
  /** Where such a restatement ends: its clause's or sentence's end. */
  private static final Pattern ENDS = Pattern.compile("[ ]*(?:[，,。；;）)\\n]|$)");

  @Override
  public List<Finding> check(Report report) {
    List<Finding> out = new ArrayList<>();
    String text = report.text();
    List<Figure> fs = report.figures();
    for (int i = 1; text != null && i < fs.size(); i++) {
      Figure amount = fs.get(i - 1);
      Figure again = fs.get(i);
      if (!restates(text, amount, again) || Figures.of(amount).intersects(Figures.of(again))) {
        continue;
      }
      String expected = inUnitOf(amount, again);
      out.add(FindingBuilder.of(this)
          .subject(Figures.labelAt(report, amount.evidence(), "数额"))
          .message(amount.text() + "括注为" + again.text() + "，两者应为同一数额：" + amount.text() + "即" + expected + "。",
              amount.text() + " is restated in brackets as " + again.text() + "; as one amount it would be " + expected + ".")
          .stated(again.text())
          .expected(expected)
          .evidence(again.evidence(), amount.evidence())
          .build());
    }
    return out;
  }

  /** The first figure written as the second is, to as many decimals. */
  private static String inUnitOf(Figure amount, Figure again) {
    int decimals = Math.max(again.value().scale(), 0);
    if (Figures.isMoney(amount)) {
      return Figures.roundedMoney(amount.yuan(), MoneyUnit.of(again.unit()), decimals);
    }
    BigDecimal ones = Figures.ones(amount);
    boolean inTenThousands = !again.unit().equals(Figures.onesUnit(again));
    BigDecimal written = inTenThousands ? ones.divide(TEN_THOUSAND) : ones;
    return written.setScale(decimals, RoundingMode.HALF_UP).toPlainString() + again.unit();
  }

  /**
   * Two amounts, or two counts of one thing (亩 and 万亩), the second alone in brackets right after the first, or said again after a
   * comma in another unit: one amount, which other rules read once (this rule holds the two to each other).
   */
  static boolean restates(String text, Figure amount, Figure again) {
    boolean money = Figures.isMoney(amount) && Figures.isMoney(again) && amount.yuan() != null && again.yuan() != null;
    boolean counts = Figure.COUNT.equals(amount.kind()) && Figure.COUNT.equals(again.kind()) && amount.unit() != null
        && again.unit() != null && Figures.onesUnit(amount).equals(Figures.onesUnit(again));
    if (!money && !counts || amount.evidence() == null || again.evidence() == null || amount.op() != null
        || again.op() != null && !ABOUT.equals(again.op())) {
      return false;
    }
    int end = amount.evidence().end();
    int start = again.evidence().start();
    if (start < end || end < 0 || start > text.length()) {
      return false;
    }
    int after = again.evidence().end();
    if (after > text.length()) {
      return false;
    }
    // said again after a comma: in the same unit only where the first is no rate or change, which 即 may turn into another amount
    // (每人每月提高50元，即600元), so that 1,202.58万元，即12,025,800.00万元 is one amount written wrong, not two amounts
    return OPENS.matcher(text).region(end, start).matches() && CLOSES.matcher(text).region(after, text.length()).lookingAt()
        || SAID_AGAIN.matcher(text).region(end, start).matches() && ENDS.matcher(text).region(after, text.length()).lookingAt()
            && (!Objects.equals(amount.unit(), again.unit()) || !RATE_OR_CHANGE.matcher(Sentences.clauseBefore(text, amount)).find());
  }
}
