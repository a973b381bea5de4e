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

/**
 * A stated multiplication: a per-unit amount (每个工作队每年经费8万元), a count of units (4个工作队)
 * and the total they give (共32万元), in one sentence. Each factor keeps its rounding interval;
 * the count is exact.
 */
@RuleInfo(
    id = "product",
    severity = Severity.ERROR,
    zh = "单价 × 数量 与所述合计不符",
    en = "stated multiplications (4 teams × 8万元 = 32万元)")
public final class ProductRule implements Rule {

  @Override
  public List<Finding> check(Report report) {
    List<Finding> out = new ArrayList<>();
    List<Figure> fs = report.figures();
    String text = report.text();
    if (text == null) {
      return out;
    }
    for (int i = 0; i + 2 < fs.size(); i++) {
      Figure rate = fs.get(i);
      Figure count = fs.get(i + 1);
      Figure total = fs.get(i + 2);
      if (!Figure.MONEY.equals(rate.kind()) || !rate.label().contains("每") || !Figure.COUNT.equals(count.kind())
          || !Figure.MONEY.equals(total.kind()) || !Sentences.together(text, rate, total) || !saysTotal(text, count, total)) {
        continue;
      }
      Interval product = Figures.yuan(rate).times(count.value());
      if (product.intersects(Figures.yuan(total))) {
        continue;
      }
      String expected = Figures.money(rate.yuan().multiply(count.value()), MoneyUnit.of(total.unit()));
      out.add(FindingBuilder.of(this)
          .subject(total.label())
          .message(count.text() + " × " + rate.text() + " 应为" + expected + "，报告写的是" + total.text() + "。",
              count.text() + " × " + rate.text() + " is " + expected + ", not the stated " + total.text() + ".")
          .stated(total.text())
          .expected(expected)
          .evidence(total.evidence(), rate.evidence(), count.evidence())
          .build());
    }
    return out;
  }

  private static boolean saysTotal(String text, Figure count, Figure total) {
    String between = text.substring(count.evidence().end(), total.evidence().start());
    return between.contains("共") || between.contains("合计") || between.contains("总");
  }
}
