package dev.jixiao.extract.form;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.read.Table;
import dev.jixiao.read.TableCell;
import dev.jixiao.read.TableRow;
import dev.jixiao.record.Figure;
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

  /** A table of indicators: where its text lies, and its rows' figures. */
  public record Found(int start, int end, List<Figure> figures) {
    public boolean contains(int pos) {
      return pos >= start && pos < end;
    }
  }

  /** The tables of indicators in the document that hold no part of a form. */
  public static List<Found> find(DocumentView v, List<SelfEvaluationForm> forms) {
    List<Found> out = new ArrayList<>();
    for (Table t : v.document().tables()) {
      List<TableRow> rows = t.rows();
      int header = header(v, rows);
      if (header < 0 || rows.isEmpty() || rows.get(0).cells().isEmpty()) {
        continue;
      }
      int start = rows.get(0).cells().get(0).start();
      List<TableCell> last = rows.get(rows.size() - 1).cells();
      int end = last.isEmpty() ? start : last.get(last.size() - 1).end();
      if (forms.stream().anyMatch(f -> f.contains(start) || f.contains(end - 1))) {
        continue;
      }
      List<Figure> figures = FormIndicators.figures(v, SelfEvaluationForms.indicatorRows(v, rows.subList(header, rows.size())));
      out.add(new Found(start, end, figures));
    }
    return out;
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
