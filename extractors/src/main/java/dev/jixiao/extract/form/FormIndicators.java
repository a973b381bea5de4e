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
 * a report's prose. A value in words (有效改善) is no figure.
 */
public final class FormIndicators {
  private FormIndicators() {}

  public static List<Figure> figures(DocumentView v, SelfEvaluationForm form) {
    List<Figure> out = new ArrayList<>();
    for (SelfEvaluationForm.Indicator i : form.indicators()) {
      int[] name = TableCells.trimmed(v, i.name());
      String label = v.name(name[0], name[1]);
      add(out, v, i.target(), label, IndicatorRoles.TARGET);
      add(out, v, i.actual(), label, IndicatorRoles.ACTUAL);
    }
    return out;
  }

  private static void add(List<Figure> out, DocumentView v, TableCell cell, String label, String role) {
    if (cell == null || cell.isBlank()) {
      return;
    }
    List<Quantity> qs = v.quantitiesIn(cell.start(), cell.end());
    if (qs.size() == 1) {
      out.add(FigureStatement.figure(v, qs.get(0), label, role));
    }
  }
}
