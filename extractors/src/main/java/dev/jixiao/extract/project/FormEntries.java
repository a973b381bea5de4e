package dev.jixiao.extract.project;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.extract.TableCells;
import dev.jixiao.extract.form.FormGrade;
import dev.jixiao.extract.form.FormScore;
import dev.jixiao.extract.form.SelfEvaluationForm.FundColumn;
import dev.jixiao.extract.form.SelfEvaluationForm;
import dev.jixiao.text.Quantity;
import java.util.ArrayList;
import java.util.List;

/**
 * A 项目支出绩效自评表 as its project's entry: the name, 全年预算数 as the budget (执行率 is reckoned
 * against it; a form without that column has only 年初预算数), 全年执行数, 执行率 and 总分. The entry
 * spans the whole form, so no other extractor reads its cells again. A department's form is no
 * project: its funds are the unit's totals.
 */
final class FormEntries {
  private FormEntries() {}

  static List<ProjectEntry> entries(DocumentView v, List<SelfEvaluationForm> forms) {
    List<ProjectEntry> out = new ArrayList<>();
    for (SelfEvaluationForm f : forms) {
      if (f.kind() != SelfEvaluationForm.Kind.PROJECT) {
        continue;
      }
      Quantity budget = f.money(v, f.budget());
      Quantity spent = f.money(v, f.fund(FundColumn.SPENT));
      Quantity rate = f.rate(v);
      Quantity score = TableCells.number(v, f.totalScore(), null, Quantity.Kind.SCORE);
      int[] name = TableCells.trimmed(v, f.name());
      out.add(ProjectEntry.of(f.start(), f.end(), null, name[0], name[1], budget, spent, rate, 1, null, "self-evaluation-form")
          .withScore(score, score == null ? List.of() : FormScore.parts(v, f))
          .withGrade(FormGrade.of(v, f).map(FormGrade.Found::grade).orElse(null)));
    }
    return out;
  }
}
