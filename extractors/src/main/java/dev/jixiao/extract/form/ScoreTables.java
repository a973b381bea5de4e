package dev.jixiao.extract.form;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.extract.Quantities;
import dev.jixiao.extract.ScorePart;
import dev.jixiao.extract.TableCells;
import dev.jixiao.extract.statement.ScoreStatement;
import dev.jixiao.read.Table;
import dev.jixiao.read.TableRow;
import dev.jixiao.record.ScoreComponent;
import dev.jixiao.text.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A table of the score by its parts (一级指标 | 分值 | 自评得分 | 得分率, a row for 决策, 过程, 产出, 效益 and
 * one for 合计): each part's points and the most it could score, and the total row's points. A table
 * without the weights' column is none (a project table scores projects). Read
 * only when every row between the header and the total has a name and a score in the header's
 * columns, so that the parts are all the total's and their sum can be held against it; a table whose
 * rows merge cells (several levels of indicators) is not read.
 */
public final class ScoreTables {
  private static final Pattern NAME = Pattern.compile("^(?:一级|二级)?(?:指标|评价指标|评价内容|指标名称|内容|项目)$|^(?:指标)?(?:类别|类型)$");
  private static final Pattern WEIGHT = Pattern.compile("^(?:分值|权重|满分|标准分|指标分值)");
  /** The points scored (得分, 自评得分), not their rate (得分率). */
  private static final Pattern SCORE = Pattern.compile("^(?:自评|评价)?得分(?:\\(分\\))?$|^评分$");
  private static final Pattern TOTAL = Pattern.compile("^(?:合计|总分|总计|总得分)$");
  private static final Pattern SUBTOTAL = Pattern.compile("^小计$");
  /** The columns of the levels under the first (二级指标, 三级指标), which make a row an indicator, not a part. */
  private static final Pattern LOWER_LEVELS = Pattern.compile("^(?:二级|三级)指标");

  private ScoreTables() {}

  /** The first table of the document that is a score by its parts, as a score with its components. */
  public static Optional<ScoreStatement.Found> of(DocumentView v) {
    for (Table t : v.document().tables()) {
      Optional<ScoreStatement.Found> found = read(v, t.rows());
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Optional<ScoreStatement.Found> read(DocumentView v, List<TableRow> rows) {
    for (int h = 0; h < rows.size(); h++) {
      TableRow header = rows.get(h);
      int name = column(v, header, NAME);
      int score = column(v, header, SCORE);
      int weight = column(v, header, WEIGHT);
      // the weights' column tells it from a project table, whose 自评得分 column scores projects, not parts
      if (name < 0 || score < 0 || weight < 0) {
        continue;
      }
      int lower = column(v, header, LOWER_LEVELS);
      if (lower >= 0) {
        // a row an indicator, its parts named by level: the indicators' table ({@link IndicatorTables}), but for the parts'
        // subtotals it may give
        return bySubtotals(v, rows.subList(h + 1, rows.size()), name, lower, score, weight);
      }
      List<ScorePart> parts = new ArrayList<>();
      for (int r = h + 1; r < rows.size(); r++) {
        TableRow row = rows.get(r);
        if (row.cells().size() != header.cells().size()) {
          return Optional.empty();
        }
        Quantity points = TableCells.number(v, row.cell(score), null, Quantity.Kind.SCORE);
        String rowName = TableCells.text(v, row.cell(name));
        if (points == null || rowName.isEmpty()) {
          return Optional.empty();
        }
        if (TOTAL.matcher(rowName.replaceAll("\\s", "")).matches()) {
          if (parts.size() < 2) {
            return Optional.empty();
          }
          List<ScoreComponent> components = parts.stream().map(p -> p.toComponent(v)).toList();
          return Optional.of(new ScoreStatement.Found(Quantities.number(v, points), components, null, null));
        }
        int[] span = TableCells.label(v, row.cell(name));
        Quantity most = TableCells.number(v, row.cell(weight), null, Quantity.Kind.SCORE);
        parts.add(new ScorePart(span[0], span[1], points, most, null));
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * The parts of a table of indicators under them that closes each part with its subtotal (| 决策 | 小计 | 15 | 13.5 | 1.5 |)
   * and the whole with its total (| 合计 | | 100 | 88 | 12 |): the subtotals are the parts, named by their first level.
   */
  private static Optional<ScoreStatement.Found> bySubtotals(DocumentView v, List<TableRow> rows, int name, int lower, int score,
      int weight) {
    List<ScorePart> parts = new ArrayList<>();
    for (TableRow row : rows) {
      if (row.cells().size() <= Math.max(Math.max(name, lower), Math.max(score, weight))) {
        return Optional.empty();
      }
      String rowName = TableCells.text(v, row.cell(name)).replaceAll("\\s", "");
      String level = TableCells.text(v, row.cell(lower)).replaceAll("\\s", "");
      Quantity points = TableCells.number(v, row.cell(score), null, Quantity.Kind.SCORE);
      if (TOTAL.matcher(rowName).matches() && points != null) {
        return parts.size() < 2 ? Optional.empty()
            : Optional.of(new ScoreStatement.Found(Quantities.number(v, points), parts.stream().map(p -> p.toComponent(v)).toList(),
                null, null));
      }
      if (SUBTOTAL.matcher(level).matches()) {
        Quantity most = TableCells.number(v, row.cell(weight), null, Quantity.Kind.SCORE);
        int[] span = TableCells.label(v, row.cell(name));
        if (points == null || rowName.isEmpty()) {
          return Optional.empty();
        }
        parts.add(new ScorePart(span[0], span[1], points, most, null));
      }
    }
    return Optional.empty();
  }

  private static int column(DocumentView v, TableRow header, Pattern words) {
    for (int i = 0; i < header.cells().size(); i++) {
      if (words.matcher(TableCells.text(v, header.cell(i)).replaceAll("\\s", "")).find()) {
        return i;
      }
    }
    return -1;
  }
}
