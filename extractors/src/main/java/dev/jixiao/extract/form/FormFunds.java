package dev.jixiao.extract.form;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.extract.TableCells;
import dev.jixiao.extract.form.SelfEvaluationForm.FundColumn;
import dev.jixiao.extract.statement.FigureStatement;
import dev.jixiao.read.TableCell;
import dev.jixiao.record.Figure;
import dev.jixiao.text.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A form's 年度资金总额 and the rows that break it down (当年财政拨款, 上年结转资金, 其他资金; a
 * department's 基本支出 and 项目支出) as figures: in each money column the total and its parts, linked
 * so that breakdown.sum adds the parts up; and so each breakdown written a label and a figure to a
 * cell (按收入性质分 and its sources). The figures are added after the text's own figures were
 * numbered and linked, and take the next ids.
 */
public final class FormFunds {
  private static final List<FundColumn> MONEY = List.of(FundColumn.INITIAL_BUDGET, FundColumn.BUDGET, FundColumn.SPENT);
  private static final Pattern OF_WHICH = Pattern.compile("^其中[:：]?\\s*");

  private FormFunds() {}

  public static List<Figure> linked(DocumentView v, List<SelfEvaluationForm> forms, List<Figure> figures) {
    List<Figure> out = new ArrayList<>(figures);
    for (SelfEvaluationForm f : forms) {
      if (f.unit() == null) {
        continue;
      }
      int[] name = TableCells.trimmed(v, f.name());
      String context = v.name(name[0], name[1]);
      for (FundColumn column : MONEY) {
        Quantity total = f.money(v, f.fund(column));
        TableCell header = f.headers().get(column);
        if (total == null || header == null) {
          continue;
        }
        List<Figure> parts = new ArrayList<>();
        for (SelfEvaluationForm.FundsRow row : f.fundParts()) {
          Quantity q = f.money(v, row.cells().get(column));
          if (q != null) {
            String label = OF_WHICH.matcher(label(v, row.label())).replaceFirst("") + " " + label(v, header);
            parts.add(FigureStatement.figure(v, q, label, null).withContext(context));
          }
        }
        if (parts.isEmpty()) {
          continue;
        }
        add(out, FigureStatement.figure(v, total, label(v, f.fundsLabel()) + " " + label(v, header), null).withContext(context), parts);
      }
      for (SelfEvaluationForm.Split split : f.fundSplits()) {
        List<Figure> parts = new ArrayList<>();
        for (SelfEvaluationForm.Labelled part : split.parts()) {
          parts.add(FigureStatement.figure(v, f.money(v, part.figure()), label(v, part.label()), null).withContext(context));
        }
        Quantity total = f.money(v, split.total().figure());
        add(out, FigureStatement.figure(v, total, label(v, split.total().label()), null).withContext(context), parts);
      }
    }
    return out;
  }

  /** A total and the parts that make it up whole, numbered on from {@code out}'s figures. */
  private static void add(List<Figure> out, Figure total, List<Figure> parts) {
    String id = "f" + (out.size() + 1);
    out.add(total.withStructure(id, null, true, null));
    for (Figure part : parts) {
      out.add(part.withStructure("f" + (out.size() + 1), id, null, null));
    }
  }

  private static String label(DocumentView v, TableCell cell) {
    int[] span = TableCells.label(v, cell);
    return v.name(span[0], span[1]);
  }
}
