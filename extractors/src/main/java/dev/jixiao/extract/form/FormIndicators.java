package dev.jixiao.extract.form;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.extract.TableCells;
import dev.jixiao.extract.statement.FigureStatement;
import dev.jixiao.extract.statement.IndicatorRoles;
import dev.jixiao.read.TableCell;
import dev.jixiao.record.Figure;
import dev.jixiao.text.Quantity;
import java.util.ArrayList;
import java.util.List;

/**
 * A form's indicators as figures: each row's 年度指标值 as its target and 实际完成值 as its actual,
 * under the indicator's name (≥30座 and 32座 for 保洁公厕数量), so that a missed target is found as in
 * a report's prose. An actual written as a bare number takes its target's unit; a value in words
 * (有效改善) is no figure.
 */
public final class FormIndicators {
  /** A 度量单位 longer than this is words, not a unit (个, 万元, 人次, 平方米). */
  private static final int MAX_UNIT = 4;

  private FormIndicators() {}

  public static List<Figure> figures(DocumentView v, SelfEvaluationForm form) {
    return figures(v, form.indicators());
  }

  static List<Figure> figures(DocumentView v, List<SelfEvaluationForm.Indicator> indicators) {
    List<Figure> out = new ArrayList<>();
    for (SelfEvaluationForm.Indicator i : indicators) {
      int[] name = TableCells.trimmed(v, i.name());
      String label = v.name(name[0], name[1]);
      Quantity target = quantity(v, i.target());
      if (target == null) {
        target = split(v, i);
      }
      Quantity actual = quantity(v, i.actual());
      if (actual == null && target != null) {
        actual = bare(v, i.actual(), target);
      }
      if (target != null) {
        out.add(FigureStatement.figure(v, target, label, IndicatorRoles.TARGET));
      }
      if (actual != null) {
        out.add(FigureStatement.figure(v, actual, label, IndicatorRoles.ACTUAL));
      }
    }
    return out;
  }

  private static Quantity quantity(DocumentView v, TableCell cell) {
    if (cell == null || cell.isBlank()) {
      return null;
    }
    List<Quantity> qs = v.quantitiesIn(cell.start(), cell.end());
    return qs.size() == 1 ? qs.get(0) : null;
  }

  /**
   * A target written in cells of its own, 指标性质 ≥, 指标值 95, 度量单位 % (Sichuan's form): the
   * value's cell is its evidence. A bound of = or 定性 is none.
   */
  private static Quantity split(DocumentView v, SelfEvaluationForm.Indicator i) {
    Quantity n = TableCells.number(v, i.target(), null, Quantity.Kind.SCORE);
    String unit = i.unit() == null ? "" : TableCells.text(v, i.unit());
    if (n == null || unit.isEmpty() || unit.length() > MAX_UNIT) {
      return null;
    }
    String bound = i.bound() == null ? "" : TableCells.text(v, i.bound());
    String op = switch (bound) {
      case "≥", ">=" -> "≥";
      case "≤", "<=" -> "≤";
      case ">", "<" -> bound;
      default -> null;
    };
    return new Quantity(n.start(), n.end(), n.numberStart(), n.numberEnd(), n.value(), unit, Quantity.kindOf(unit), op);
  }

  /**
   * An actual written as a bare number ("50" under a target of "≥50个") in the target's unit: the
   * two cells measure one indicator, as a column's figures take the unit its header names.
   */
  private static Quantity bare(DocumentView v, TableCell cell, Quantity target) {
    Quantity q = TableCells.number(v, cell, null, Quantity.Kind.SCORE);
    return q == null ? null : new Quantity(q.start(), q.end(), q.numberStart(), q.numberEnd(), q.value(), target.unit(), target.kind(), null);
  }
}
