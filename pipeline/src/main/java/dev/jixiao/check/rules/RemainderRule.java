package dev.jixiao.check.rules;

import dev.jixiao.check.FindingBuilder;
import dev.jixiao.check.Figures;
import dev.jixiao.check.Interval;
import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleInfo;
import dev.jixiao.extract.Labels;
import dev.jixiao.record.Figure;
import dev.jixiao.record.Finding;
import dev.jixiao.record.Report;
import dev.jixiao.record.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What is left of a count, against the whole and the part done one sentence states before it: 计划24座，完成23座，完成率95.83%，
 * 剩余1座; 年初确定重点项目18个，年内完成15个，未完成的3个…; 全年报修2,137件，已完成2,129件，其余8件…. Of the counts of its
 * measure before it, any larger one less any later smaller one, or less all the later ones, may be what is left (a list 其中…
 * may stand between), so it is an error only when none of those gives it. Money left of a budget is balance's.
 */
@RuleInfo(
    id = "remainder",
    severity = Severity.ERROR,
    zh = "剩余数与总数减去已完成数不符（计划24座，完成23座，剩余1座）",
    en = "what is left of a count against the whole less the part done stated before it (24 planned, 23 done, 1 left)")
public final class RemainderRule implements Rule {
  /** The words right before what is left: 剩余, 其余, 未完成的, 尚未整改的. */
  private static final Pattern LEFT = Pattern.compile("(?:剩余|其余|未完成的?|尚未\\p{IsHan}{1,4}的?)$");
  /** A statement opening with the classification it lists (按诉求领域分，…): its counts are classes, none the whole of another. */
  private static final Pattern CLASSIFIED = Pattern.compile("[ ]*(?:" + Labels.CLASSIFICATION + ")[,，:：]");

  @Override
  public List<Finding> check(Report report) {
    List<Finding> out = new ArrayList<>();
    String text = report.text();
    List<Figure> fs = report.figures();
    for (int i = 2; text != null && i < fs.size(); i++) {
      Figure left = fs.get(i);
      if (!counted(left) || !LEFT.matcher(Sentences.withoutBlanks(text, wordsFrom(text, left), left.evidence().start())).find()) {
        continue;
      }
      List<Figure> before = new ArrayList<>();
      for (int k = i - 1; k >= 0 && Sentences.oneStatement(text, fs.get(k), left); k--) {
        if (counted(fs.get(k)) && Figures.sameMeasure(fs.get(k), left)) {
          before.add(0, fs.get(k));
        }
      }
      if (before.isEmpty() || CLASSIFIED.matcher(text).region(Sentences.start(text, before.get(0).evidence().start()),
          before.get(0).evidence().start()).lookingAt()) {
        continue; // the classes' whole, if stated, is in the sentence before
      }
      Figure[] pair = firstPair(before);
      // what was done is stated last before what is left: with no larger count before it (累计完成88个, after 58 and 30), the
      // whole is in another sentence (三年计划96个)
      if (pair == null || !largerBefore(before) || anyPairGives(before, left)) {
        continue;
      }
      String expected = Figures.ones(pair[0]).subtract(Figures.ones(pair[1])).toPlainString() + Figures.onesUnit(left);
      out.add(FindingBuilder.of(this)
          .subject(SpendingLabels.label(pair[0]).isEmpty() ? SpendingLabels.label(left) : SpendingLabels.label(pair[0]))
          .message("共" + pair[0].text() + "，完成" + pair[1].text() + "，剩余应为" + expected + "，报告写的是" + left.text() + "。",
              pair[0].text() + " less the " + pair[1].text() + " done leaves " + expected + ", not the stated " + left.text() + ".")
          .stated(left.text())
          .expected(expected)
          .evidence(left.evidence(), pair[0].evidence(), pair[1].evidence())
          .build());
    }
    return out;
  }

  /** Where the words before a figure start: after the figure or the clause's mark before it. */
  private static int wordsFrom(String text, Figure f) {
    int k = f.evidence().start();
    while (k > 0 && "，,；;。：:\n、".indexOf(text.charAt(k - 1)) < 0 && !Character.isDigit(text.charAt(k - 1))) {
      k--;
    }
    return k;
  }

  private static boolean counted(Figure f) {
    return Figure.COUNT.equals(f.kind()) && f.unit() != null && f.op() == null;
  }

  /** The first whole and the first part after it smaller than it: the whole and what was done of it. */
  private static Figure[] firstPair(List<Figure> before) {
    for (int a = 0; a < before.size(); a++) {
      for (int b = a + 1; b < before.size(); b++) {
        if (Figures.ones(before.get(a)).compareTo(Figures.ones(before.get(b))) > 0) {
          return new Figure[] {before.get(a), before.get(b)};
        }
      }
    }
    return null;
  }

  private static boolean largerBefore(List<Figure> before) {
    BigDecimal done = Figures.ones(before.get(before.size() - 1));
    return before.stream().limit(before.size() - 1L).anyMatch(f -> Figures.ones(f).compareTo(done) > 0);
  }

  private static boolean anyPairGives(List<Figure> before, Figure left) {
    // or a whole less all the parts after it (毕业生698人，就业402人、升学269人，其余27人)
    for (int a = 0; a + 2 < before.size(); a++) {
      Interval rest = Figures.of(before.get(a));
      for (Figure part : before.subList(a + 1, before.size())) {
        rest = rest.minus(Figures.of(part));
      }
      if (rest.intersects(Figures.of(left))) {
        return true;
      }
    }
    for (int a = 0; a < before.size(); a++) {
      for (int b = a + 1; b < before.size(); b++) {
        Interval rest = Figures.of(before.get(a)).minus(Figures.of(before.get(b)));
        if (rest.intersects(Figures.of(left))) {
          return true;
        }
      }
    }
    return false;
  }
}
