package dev.jixiao.extract.form;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.extract.Quantities;
import dev.jixiao.extract.ScorePart;
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
 * in the template; the part carries the rate) and each indicator's, each with its 分值, and the grade
 * the form states ({@link FormGrade}). The parts are given only when every scored row has its score,
 * so that their sum can be held against the total.
 */
public final class FormScore {
  private FormScore() {}

  public static Optional<ScoreStatement.Found> of(DocumentView v, SelfEvaluationForm form) {
    Quantity total = TableCells.number(v, form.totalScore(), null, Quantity.Kind.SCORE);
    if (total == null) {
      return Optional.empty();
    }
    List<ScoreComponent> components = parts(v, form).stream().map(p -> p.toComponent(v)).toList();
    Optional<FormGrade.Found> grade = FormGrade.of(v, form);
    return Optional.of(new ScoreStatement.Found(Quantities.number(v, total), components, grade.map(FormGrade.Found::grade).orElse(null),
        grade.map(g -> v.evidence(g.start(), g.end())).orElse(null)));
  }

  /**
   * The funds row's 得分 and each indicator's, under their names; none unless every scored row has
   * its score, or when the indicators were not read (a form read from lines).
   */
  public static List<ScorePart> parts(DocumentView v, SelfEvaluationForm form) {
    if (form.indicators().isEmpty()) {
      return List.of();
    }
    List<ScorePart> parts = new ArrayList<>();
    boolean whole = part(parts, v, form.fundsLabel(), form.fund(SelfEvaluationForm.FundColumn.SCORE), form.fundWeight(v), form.rate(v));
    for (SelfEvaluationForm.Indicator i : form.indicators()) {
      whole &= part(parts, v, i.name(), i.score(), TableCells.number(v, i.weight(), null, Quantity.Kind.SCORE), null);
    }
    return whole ? parts : List.of();
  }

  private static boolean part(List<ScorePart> parts, DocumentView v, TableCell label, TableCell score, Quantity weight, Quantity rate) {
    Quantity q = TableCells.number(v, score, null, Quantity.Kind.SCORE);
    if (q == null) {
      return false;
    }
    int[] name = TableCells.label(v, label);
    parts.add(new ScorePart(name[0], name[1], q, weight, rate));
    return true;
  }
}
