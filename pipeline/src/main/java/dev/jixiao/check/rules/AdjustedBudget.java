package dev.jixiao.check.rules;

import dev.jixiao.check.Figures;
import dev.jixiao.check.Interval;
import dev.jixiao.record.Evidence;
import dev.jixiao.record.Figure;
import dev.jixiao.record.Money;
import dev.jixiao.record.Project;
import dev.jixiao.record.Report;
import dev.jixiao.record.Totals;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A budget after its in-year adjustment, which a rate may rest on instead of the budget stated
 * first: the adjusted budget as it stands (调整后预算1100万元), or the budget with what was added
 * (预算调整100万元, 追加预算20万元) or cut (调减). With its words for people and the figure it rests on.
 */
record AdjustedBudget(Interval budget, String zh, String en, Evidence evidence) {
  /** The label of a budget after its in-year adjustment. */
  private static final Pattern ADJUSTED = Pattern.compile("调整后.{0,6}预算|调整预算后|预算调整后|调整后(?:的)?资金(?:总额|合计|总计)?$");
  /** The label of what was added to a budget in the year, or cut from it. */
  private static final Pattern ADDED = Pattern.compile("追加|调增");
  private static final Pattern CUT = Pattern.compile("调减");

  /** The unit's, as its totals give it; null when they give none. */
  static AdjustedBudget of(Totals t) {
    if (t.others().get("adjustedBudget") instanceof Money m) {
      return asStated(Figures.yuan(m), m.text(), m.evidence());
    }
    if (t.others().get("budgetAdjustment") instanceof Money m) {
      return added(Figures.yuan(t.budget()), t.budget().text(), Figures.yuan(m), m.text(), m.evidence());
    }
    return null;
  }

  /** What the year added to the unit's budget, as stated or as the adjusted budget less the year-start one; null if neither. */
  static Interval addedTo(Totals t) {
    if (t.others().get("budgetAdjustment") instanceof Money m) {
      return Figures.yuan(m);
    }
    return t.budget() != null && t.others().get("adjustedBudget") instanceof Money m
        ? Figures.yuan(m).minus(Figures.yuan(t.budget()))
        : null;
  }

  /** Those a project's entry states besides its budget. */
  static List<AdjustedBudget> inEntry(Report report, Project p) {
    List<AdjustedBudget> out = new ArrayList<>();
    Evidence entry = p.evidence();
    if (entry == null) {
      return out;
    }
    Interval budget = Figures.yuan(p.budget());
    for (Figure f : report.figures()) {
      Evidence e = f.evidence();
      if (!Figures.isMoney(f) || f.op() != null || f.label() == null || e.start() < entry.start() || e.end() > entry.end()
          || e.start() == p.budget().evidence().start()) {
        continue;
      }
      if (ADJUSTED.matcher(f.label()).find()) {
        out.add(asStated(Figures.of(f), f.text(), e));
      } else if (ADDED.matcher(f.label()).find()) {
        out.add(added(budget, p.budget().text(), Figures.of(f), f.text(), e));
      } else if (CUT.matcher(f.label()).find()) {
        out.add(new AdjustedBudget(budget.minus(Figures.of(f)), "调整后预算（" + p.budget().text() + "-" + f.text() + "）",
            "the adjusted budget (" + p.budget().text() + " − " + f.text() + ")", e));
      }
    }
    return out;
  }

  private static AdjustedBudget asStated(Interval budget, String text, Evidence evidence) {
    return new AdjustedBudget(budget, "调整后预算（" + text + "）", "the adjusted budget (" + text + ")", evidence);
  }

  private static AdjustedBudget added(Interval budget, String budgetText, Interval adjustment, String adjustmentText, Evidence evidence) {
    return new AdjustedBudget(budget.plus(adjustment), "调整后预算（" + budgetText + "+" + adjustmentText + "）",
        "the adjusted budget (" + budgetText + " + " + adjustmentText + ")", evidence);
  }
}
