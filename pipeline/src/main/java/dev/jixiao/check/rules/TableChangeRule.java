package dev.jixiao.check.rules;

import dev.jixiao.check.FindingBuilder;
import dev.jixiao.check.Figures;
import dev.jixiao.check.Interval;
import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleInfo;
import dev.jixiao.record.Figure;
import dev.jixiao.record.Finding;
import dev.jixiao.record.Report;
import dev.jixiao.record.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table row's change against its two amounts, where the table is read by its columns (each cell a figure named for its row
 * and column: 公务接待费预算数, 公务接待费决算数, 公务接待费增减额, 公务接待费增减率): the change is the later column less the earlier
 * (决算数 − 预算数, 本年数 − 上年数), and its rate the change over the earlier. A row without one of them, or a rate left blank
 * (—) for a base of nothing, is left alone.
 */
@RuleInfo(
    id = "table.change",
    severity = Severity.ERROR,
    zh = "表格行的增减额、增减率与两列之差不符（预算数3.50、决算数2.86、增减额-0.64、增减率-18.29%）",
    en = "a table row's change and its rate against its two amounts (预算数 3.50, 决算数 2.86: 增减额 -0.64, 增减率 -18.29%)")
public final class TableChangeRule implements Rule {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** A cell's column: the earlier amount, the later, the change, its rate. */
  private static final Pattern COLUMN = Pattern.compile(
      "^(.+?)(?:(?<base>预算数|上年数|上年决算数|上年金额|年初预算数)|(?<now>决算数|本年数|本年决算数|执行数|本年金额)"
          + "|(?<change>增减额|增减数|增减金额|增减)|(?<rate>增减率|增减幅度|增长率|变动率))$");

  @Override
  public List<Finding> check(Report report) {
    List<Finding> out = new ArrayList<>();
    for (Row row : rows(report.figures(), report.text())) {
      if (row.base == null || row.now == null) {
        continue;
      }
      Interval change = Figures.of(row.now).minus(Figures.of(row.base));
      BigDecimal exact = row.now.value().subtract(row.base.value());
      if (row.change != null && !change.intersects(Figures.of(row.change))) {
        String expected = exact.setScale(Math.max(row.change.value().scale(), 0), RoundingMode.HALF_UP).toPlainString();
        out.add(finding(row, row.change, expected, row.name + "：" + row.now.text() + " − " + row.base.text() + " = " + expected
            + "，表中增减额写作" + row.change.text() + "。", row.now.text() + " − " + row.base.text() + " is " + expected + ", not the "
            + row.change.text() + " the table states."));
      }
      Interval rate = row.rate == null ? null : change.dividedBy(Figures.of(row.base));
      if (rate != null && !rate.times(HUNDRED).intersects(Figures.of(row.rate))) {
        String expected = exact.multiply(HUNDRED).divide(row.base.value(), 2, RoundingMode.HALF_UP).toPlainString() + "%";
        out.add(finding(row, row.rate, expected, row.name + "：(" + row.now.text() + " − " + row.base.text() + ") ÷ " + row.base.text()
            + " 约为" + expected + "，表中增减率写作" + row.rate.text() + "。", "(" + row.now.text() + " − " + row.base.text() + ") over "
            + row.base.text() + " is about " + expected + ", not the " + row.rate.text() + " the table states."));
      }
    }
    return out;
  }

  private Finding finding(Row row, Figure stated, String expected, String zh, String en) {
    return FindingBuilder.of(this)
        .subject(row.name)
        .message(zh, en)
        .stated(stated.text())
        .expected(expected)
        .evidence(stated.evidence(), row.now.evidence(), row.base.evidence())
        .build();
  }

  /** A row's cells by column. */
  private static final class Row {
    final String name;
    Figure base;
    Figure now;
    Figure change;
    Figure rate;

    Row(String name) {
      this.name = name;
    }
  }

  /**
   * Whether a label ends with the last character of one of {@link #COLUMN}'s column names: asked of every figure, where the
   * pattern's lazy lead tries each of them at every position of the label.
   */
  private static boolean endsAsAColumn(String label) {
    String l = label.strip();
    return !l.isEmpty() && "数额减率度".indexOf(l.charAt(l.length() - 1)) >= 0;
  }

  /**
   * The rows the figures name, in order: a row is the figures whose labels share its name before a column's, on one line of the text
   * (two tables' 合计 rows are two rows).
   */
  private static List<Row> rows(List<Figure> fs, String text) {
    Map<String, Row> rows = new LinkedHashMap<>();
    for (Figure f : fs) {
      Matcher m = f.label() == null || f.op() != null || !endsAsAColumn(f.label()) ? null : COLUMN.matcher(f.label().strip());
      if (m == null || !m.matches()) {
        continue;
      }
      int line = text == null ? 0 : text.lastIndexOf('\n', Math.max(0, f.evidence().start() - 1)) + 1;
      Row row = rows.computeIfAbsent(m.group(1) + "@" + line, key -> new Row(m.group(1)));
      boolean money = Figures.isMoney(f);
      if (m.group("base") != null && money && row.base == null) {
        row.base = f;
      } else if (m.group("now") != null && money && row.now == null) {
        row.now = f;
      } else if (m.group("change") != null && money && row.change == null) {
        row.change = f;
      } else if (m.group("rate") != null && Figure.PERCENT.equals(f.kind()) && row.rate == null) {
        row.rate = f;
      }
    }
    return List.copyOf(rows.values());
  }
}
