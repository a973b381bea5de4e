package dev.jixiao.extract.form;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.extract.TableCells;
import dev.jixiao.read.TableCell;
import dev.jixiao.read.TableRow;
import dev.jixiao.record.Unit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unit a document's forms name, when nothing before them did (a field of the report, its
 * title): its one department form's 部门（单位）名称; else the 实施单位 of its project forms, when
 * they all name the same one (a township's forms, each project carried out by 古饶镇财政所). Forms of
 * several implementing units name none: whose report the document is, is then not theirs to say.
 */
public final class FormUnits {
  /** The implementing unit's label (项目实施单位 in some cities' forms), with 盖章 (stamp here) as Sichuan's form adds it. */
  private static final Pattern IMPLEMENTER = Pattern.compile("(?:项目)?实施单位\\s*(?:\\(盖章\\))?\\s*:?\\s*");
  /** A unit's name ends where a form's line goes on to its next label, after a space. */
  private static final Pattern NAME_IN_LINE = Pattern.compile("[^\\s:]+");

  private FormUnits() {}

  public static Unit unit(DocumentView v, Unit unit, List<SelfEvaluationForm> forms) {
    if (unit.name() != null) {
      return unit;
    }
    SelfEvaluationForm department = DepartmentForms.theOne(forms);
    int[] name = department != null ? TableCells.trimmed(v, department.name()) : implementer(v, forms);
    if (name == null) {
      return unit;
    }
    return new Unit(v.name(name[0], name[1]), unit.township(), unit.county(), unit.city(), unit.province(), unit.divisionCode(),
        unit.candidates(), v.evidence(name[0], name[1]));
  }

  /** The first project form's 实施单位 when every project form that names one names it; else null. */
  private static int[] implementer(DocumentView v, List<SelfEvaluationForm> forms) {
    int[] first = null;
    for (SelfEvaluationForm f : forms) {
      int[] name = f.kind() == SelfEvaluationForm.Kind.PROJECT ? implementer(v, f) : null;
      if (name == null) {
        continue;
      }
      if (first == null) {
        first = name;
      } else if (!v.name(first[0], first[1]).equals(v.name(name[0], name[1]))) {
        return null;
      }
    }
    return first;
  }

  /**
   * A form's 实施单位: the rest of the label's cell when it goes on (a form read from lines, 实施单位
   * 古饶镇财政所), else the next cell of its row that is not blank (beside it in a table), else, when
   * the label is a row of its own (a form written a cell a line), the next row's.
   */
  private static int[] implementer(DocumentView v, SelfEvaluationForm form) {
    List<TableRow> rows = form.rows();
    for (int r = 0; r < rows.size(); r++) {
      List<TableCell> cells = rows.get(r).cells();
      for (int i = 0; i < cells.size(); i++) {
        TableCell c = cells.get(i);
        Matcher m = IMPLEMENTER.matcher(v.text()).region(c.start(), c.end());
        if (!m.find()) {
          continue;
        }
        Matcher rest = NAME_IN_LINE.matcher(v.text()).region(m.end(), c.end());
        if (rest.lookingAt()) {
          return new int[] {rest.start(), rest.end()};
        }
        if (!v.normalized(c.start(), m.start()).isBlank()) {
          return null;
        }
        for (int j = i + 1; j < cells.size(); j++) {
          if (!cells.get(j).isBlank()) {
            return TableCells.trimmed(v, cells.get(j));
          }
        }
        boolean ownRow = cells.size() == 1 && r + 1 < rows.size() && rows.get(r + 1).cells().size() == 1;
        return ownRow && !rows.get(r + 1).cells().get(0).isBlank() ? TableCells.trimmed(v, rows.get(r + 1).cells().get(0)) : null;
      }
    }
    return null;
  }
}
