package dev.jixiao.extract.form;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.extract.Quantities;
import dev.jixiao.extract.TableCells;
import dev.jixiao.extract.statement.ScoreStatement;
import dev.jixiao.read.TableCell;
import dev.jixiao.record.ScoreComponent;
import dev.jixiao.text.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The score of a document that is one form: its 总分, made of the funds row's 得分 (10 points × 执行率
 * in the template) and each indicator's. The parts are given only when every scored row has its
 * score, so that their sum can be held against the total.
 */
public final class FormScore {
  private FormScore() {}

  public static Optional<ScoreStatement.Found> of(DocumentView v, SelfEvaluationForm form) {
    Quantity total = TableCells.number(v, form.totalScore(), null, Quantity.Kind.SCORE);
    if (total == null) {
      return Optional.empty();
    }
    List<ScoreComponent> parts = new ArrayList<>();
    boolean whole = part(parts, v, form.fundsLabel(), form.fund(SelfEvaluationForm.FundColumn.SCORE));
    for (SelfEvaluationForm.Indicator i : form.indicators()) {
      whole &= part(parts, v, i.name(), i.score());
    }
    return Optional.of(new ScoreStatement.Found(Quantities.number(v, total), whole ? parts : List.of(), null, null));
  }

  private static boolean part(List<ScoreComponent> parts, DocumentView v, TableCell label, TableCell score) {
    Quantity q = TableCells.number(v, score, null, Quantity.Kind.SCORE);
    if (q == null) {
      return false;
    }
    int[] name = TableCells.trimmed(v, label);
    parts.add(new ScoreComponent(v.name(name[0], name[1]), Quantities.number(v, q)));
    return true;
  }
}
