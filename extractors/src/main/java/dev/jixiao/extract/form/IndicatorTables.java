package dev.jixiao.extract.form;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.extract.Quantities;
import dev.jixiao.extract.ScorePart;
import dev.jixiao.extract.TableCells;
import dev.jixiao.extract.statement.ScoreStatement;
import dev.jixiao.read.Table;
import dev.jixiao.read.TableCell;
import dev.jixiao.read.TableRow;
import dev.jixiao.record.Figure;
import dev.jixiao.record.ScoreComponent;
import dev.jixiao.text.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A report's table of indicators outside any self-evaluation form (一级指标 | 二级指标 | 三级指标 |
 * 年度指标值 | 实际完成值 | 分值 | 得分): its rows are read as a form's indicators are, each target and
 * actual under the indicator's name, not as sentences, whose labels would be the cells beside them
 * and whose roles the heading above (…完成情况) would make all actuals.
 */
public final class IndicatorTables {
  /** The rows before a header that may still be a title over it. */
  private static final int HEADER_WITHIN = 3;

  private IndicatorTables() {}

  /**
   * A table of indicators: where its text lies, its rows' figures, and its score when its 合计 row
   * states one and every indicator its own (the indicators with their 分值 as the parts), else null.
   */
  public record Found(int start, int end, List<Figure> figures, ScoreStatement.Found score) {}

  /** The tables of indicators in the document that hold no part of a form. */
  public static List<Found> find(DocumentView v, List<SelfEvaluationForm> forms) {
    List<Found> out = new ArrayList<>();
    for (Table t : v.document().tables()) {
      List<TableRow> rows = t.rows();
      int header = header(v, rows);
      int[] span = TableCells.span(t);
      if (header < 0 || span == null) {
        continue;
      }
      int start = span[0];
      int end = span[1];
      if (forms.stream().anyMatch(f -> f.contains(start) || f.contains(end - 1))) {
        continue;
      }
      List<TableRow> own = rows.subList(header, rows.size());
      List<SelfEvaluationForm.Indicator> indicators = SelfEvaluationForms.indicatorRows(v, own);
      TableCell totalScore = SelfEvaluationForms.totalScoreOf(v, own);
      ScoreStatement.Found score = score(v, indicators, totalScore, weightBefore(own, totalScore));
      out.add(new Found(start, end, FormIndicators.figures(v, indicators), score));
    }
    return out;
  }

  /**
   * The 合计 row's score with the indicators' as its parts, only when the rows hold every indicator: each
   * has its score and 分值, and the 分值 add up to the 合计 row's (or to 100 where it states none). A table
   * of some of the indicators (the 产出 ones alone) is no breakdown of the score.
   */
  private static ScoreStatement.Found score(DocumentView v, List<SelfEvaluationForm.Indicator> indicators, TableCell totalCell,
      TableCell totalWeightCell) {
    Quantity total = totalCell == null ? null : TableCells.number(v, totalCell, null, Quantity.Kind.SCORE);
    if (total == null || indicators.isEmpty()) {
      return null; // a table without a 合计 row states no score
    }
    Quantity totalWeight = totalWeightCell == null ? null : TableCells.number(v, totalWeightCell, null, Quantity.Kind.SCORE);
    BigDecimal weights = BigDecimal.ZERO;
    List<ScoreComponent> parts = new ArrayList<>();
    for (SelfEvaluationForm.Indicator i : indicators) {
      Quantity score = i.score() == null ? null : TableCells.number(v, i.score(), null, Quantity.Kind.SCORE);
      Quantity weight = i.weight() == null ? null : TableCells.number(v, i.weight(), null, Quantity.Kind.SCORE);
      if (score == null || weight == null) {
        return null;
      }
      weights = weights.add(weight.value());
      int[] name = TableCells.label(v, i.name());
      parts.add(new ScorePart(name[0], name[1], score, weight, null).toComponent(v));
    }
    BigDecimal whole = totalWeight != null ? totalWeight.value() : BigDecimal.valueOf(100);
    return weights.compareTo(whole) == 0 ? new ScoreStatement.Found(Quantities.number(v, total), parts, null, null) : null;
  }

  /** The cell right before the 合计 row's score: its 分值, when it states one. */
  private static TableCell weightBefore(List<TableRow> rows, TableCell score) {
    if (score == null) {
      return null; // and an immutable list's indexOf(null) throws
    }
    for (TableRow row : rows) {
      int at = row.cells().indexOf(score);
      if (at > 0) {
        return row.cells().get(at - 1);
      }
    }
    return null;
  }

  private static int header(DocumentView v, List<TableRow> rows) {
    for (int r = 0; r < Math.min(rows.size(), HEADER_WITHIN); r++) {
      if (SelfEvaluationForms.headsIndicators(v, rows.get(r))) {
        return r;
      }
    }
    return -1;
  }
}
