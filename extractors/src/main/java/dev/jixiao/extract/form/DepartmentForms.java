package dev.jixiao.extract.form;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.extract.Quantities;
import dev.jixiao.extract.TableCells;
import dev.jixiao.extract.form.SelfEvaluationForm.FundColumn;
import dev.jixiao.read.TableCell;
import dev.jixiao.record.Money;
import dev.jixiao.record.Percent;
import dev.jixiao.record.Totals;
import dev.jixiao.text.Quantity;
import java.util.List;

/**
 * A department's 整体支出绩效自评表 as the report's totals: its 年度资金总额 row is the unit's budget
 * (全年预算数), spending (全年执行数) and execution rate (its 部门（单位）名称 names the unit: {@link
 * FormUnits}). What the report's prose states comes first; the form fills in what the prose leaves
 * out, and only when the document has one such form.
 */
public final class DepartmentForms {
  private DepartmentForms() {}

  public static Totals totals(DocumentView v, Totals prose, List<SelfEvaluationForm> forms) {
    SelfEvaluationForm f = theOne(forms);
    if (f == null) {
      return prose;
    }
    Money budget = prose.budget() != null ? prose.budget() : money(v, f, f.budget());
    Money spent = prose.expenditure() != null ? prose.expenditure() : money(v, f, f.fund(FundColumn.SPENT));
    Percent rate = prose.executionRate();
    if (rate == null) {
      Quantity q = f.rate(v);
      rate = q == null ? null : Quantities.percent(v, q);
    }
    return new Totals(prose.projectCount(), budget, spent, rate, prose.others());
  }

  /** The document's department form, or null when it has none or several. */
  static SelfEvaluationForm theOne(List<SelfEvaluationForm> forms) {
    List<SelfEvaluationForm> department = forms.stream().filter(f -> f.kind() == SelfEvaluationForm.Kind.DEPARTMENT).toList();
    return department.size() == 1 ? department.get(0) : null;
  }

  private static Money money(DocumentView v, SelfEvaluationForm f, TableCell cell) {
    Quantity q = f.money(v, cell);
    return q == null ? null : Quantities.money(v, q);
  }
}
