package dev.jixiao.extract.statement;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.extract.Label;
import dev.jixiao.extract.Labels;
import dev.jixiao.record.Figure;
import dev.jixiao.record.Money;
import dev.jixiao.record.MoneyUnit;
import dev.jixiao.text.Quantity;
import dev.jixiao.text.Sentence;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Every labelled quantity of a sentence as a figure. A value shared by a list of indicators
 * ("A率，B率均≥95%") gives one figure per indicator. A count whose noun follows it ("组织召开 6 场
 * 新造镇人民代表大会", "4个工作队") takes the words on both sides as its label.
 */
public final class FigureStatement implements StatementExtractor<Figure> {
  private static final int SHORT_LABEL = 4;
  private final IndicatorRoles roles;

  public FigureStatement(IndicatorRoles roles) {
    this.roles = roles;
  }

  @Override
  public List<Figure> extract(DocumentView v, Sentence s) {
    List<Figure> out = new ArrayList<>();
    for (Quantity q : v.quantitiesIn(s.start(), s.end())) {
      String role = roles.roleAt(v, q.start());
      for (String label : labels(v, q)) {
        out.add(figure(v, q, label, role));
      }
    }
    return out;
  }

  private static List<String> labels(DocumentView v, Quantity q) {
    List<Label> shared = Labels.sharing(v, q);
    if (shared.size() > 1) {
      return shared.stream().map(Label::written).toList();
    }
    Label before = shared.get(0);
    if (q.kind() == Quantity.Kind.COUNT && before.normalized().length() <= SHORT_LABEL) {
      Label after = Labels.after(v, q);
      if (!after.isEmpty()) {
        return List.of((before.written() + after.written()).strip());
      }
    }
    return List.of(before.written().strip());
  }

  private static Figure figure(DocumentView v, Quantity q, String label, String role) {
    String kind = switch (q.kind()) {
      case MONEY -> Figure.MONEY;
      case PERCENT -> Figure.PERCENT;
      case COUNT -> Figure.COUNT;
      case SCORE -> Figure.NUMBER;
    };
    BigDecimal yuan = q.isMoney() ? Money.toYuan(q.value(), MoneyUnit.of(q.unit())) : null;
    return new Figure(label, kind, v.original(q.start(), q.end()), q.value(), q.unit(), yuan, q.op(), role, v.evidence(q.start(), q.end()));
  }
}
