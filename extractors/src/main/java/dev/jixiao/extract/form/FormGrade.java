package dev.jixiao.extract.form;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.extract.GradeWords;
import dev.jixiao.read.TableCell;
import dev.jixiao.read.TableRow;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grade a self-evaluation form states: beside its 总分 in one cell (自评等级：优, 评价等级为“良”), or
 * in the cell after its word (自评等级 | 优, which a table's text parts with a tab).
 */
public final class FormGrade {
  private static final Pattern GRADE =
      Pattern.compile("(?:自评|评价)?等级(?:为|:)?[ \\t]*[\"“]?(" + GradeWords.ALTERNATIVES + ")(?![\\p{IsHan}])");

  /** The grade as written and where it stands in the text. */
  public record Found(String grade, int start, int end) {}

  private FormGrade() {}

  /** Whether a row states a grade (a form's last row, after its 总分). */
  static boolean in(DocumentView v, TableRow row) {
    List<TableCell> cells = row.cells();
    if (cells.isEmpty()) {
      return false;
    }
    int start = cells.get(0).start();
    int end = cells.get(cells.size() - 1).end();
    return end > start && GRADE.matcher(v.normalized(start, end)).find();
  }

  public static Optional<Found> of(DocumentView v, SelfEvaluationForm form) {
    Matcher m = GRADE.matcher(v.normalized(form.start(), form.end()));
    return m.find() ? Optional.of(new Found(m.group(1), form.start() + m.start(1), form.start() + m.end(1))) : Optional.empty();
  }
}
