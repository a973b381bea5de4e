package dev.jixiao.check.property;

import dev.jixiao.record.Count;
import dev.jixiao.record.Evidence;
import dev.jixiao.record.Figure;
import dev.jixiao.record.GradeBand;
import dev.jixiao.record.GradeCount;
import dev.jixiao.record.Money;
import dev.jixiao.record.Percent;
import dev.jixiao.record.PlainNumber;
import dev.jixiao.record.Project;
import dev.jixiao.record.Report;
import dev.jixiao.record.ReportKind;
import dev.jixiao.record.Score;
import dev.jixiao.record.ScoreComponent;
import dev.jixiao.record.Source;
import dev.jixiao.record.Status;
import dev.jixiao.record.Totals;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link SyntheticReport} out as report text and builds its record directly with the
 * record constructors, every evidence span pointing at the figure's words in that text.
 */
final class Renderer {
  private Renderer() {}

  record Rendered(Report report, Map<String, Evidence> evidence) {
    Evidence of(String key) {
      Evidence e = evidence.get(key);
      if (e == null) {
        throw new IllegalArgumentException("no evidence for " + key);
      }
      return e;
    }
  }

  static Rendered render(SyntheticReport r) {
    Text t = new Text();
    t.add("某某镇2024年度项目支出绩效自评报告\n");

    List<Project> projects = new ArrayList<>();
    for (int i = 0; i < r.projects(); i++) {
      int start = t.length();
      t.add((i + 1) + ".");
      Evidence name = t.span(SyntheticReport.name(i), r.projectNames().get(i));
      t.add("：预算");
      Money budget = money(t, SyntheticReport.budget(i), r.get(SyntheticReport.budget(i)));
      t.add("，支出");
      Money spent = money(t, SyntheticReport.spent(i), r.get(SyntheticReport.spent(i)));
      t.add("，完成率");
      Percent rate = percent(t, SyntheticReport.rate(i), r.get(SyntheticReport.rate(i)));
      int group = r.get(SyntheticReport.group(i)).value().intValueExact();
      if (group != 1) {
        t.add("（共计" + group + "个项目）");
      }
      t.add("。");
      Evidence entry = t.since(start);
      t.add("\n");
      projects.add(new Project(i + 1, r.projectNames().get(i), budget, spent, rate, null, null, group, null, name, entry));
    }

    t.add("本年度共评价项目");
    Count projectCount = count(t, SyntheticReport.T_COUNT, r.get(SyntheticReport.T_COUNT));
    t.add("，预算合计");
    Money budget = money(t, SyntheticReport.T_BUDGET, r.get(SyntheticReport.T_BUDGET));
    t.add("，支出合计");
    Money spent = money(t, SyntheticReport.T_SPENT, r.get(SyntheticReport.T_SPENT));
    t.add("，预算执行率");
    Percent executionRate = percent(t, SyntheticReport.T_RATE, r.get(SyntheticReport.T_RATE));
    t.add("。\n");
    Totals totals = new Totals(projectCount, budget, spent, executionRate, Map.of());

    List<GradeCount> grades = new ArrayList<>();
    t.add("评价结果：");
    for (int j = 0; j < r.gradeNames().size(); j++) {
      t.add((j == 0 ? "" : "；") + "评为" + r.gradeNames().get(j) + "的");
      Count c = count(t, SyntheticReport.gradeCount(j), r.get(SyntheticReport.gradeCount(j)));
      Percent p = null;
      if (r.has(SyntheticReport.gradePercent(j))) {
        t.add("，占");
        p = percent(t, SyntheticReport.gradePercent(j), r.get(SyntheticReport.gradePercent(j)));
      }
      grades.add(new GradeCount(r.gradeNames().get(j), c, p));
    }
    t.add("。\n");

    t.add("综合自评得分");
    PlainNumber total = number(t, SyntheticReport.S_TOTAL, r.get(SyntheticReport.S_TOTAL));
    t.add("，其中");
    List<ScoreComponent> components = new ArrayList<>();
    for (int j = 0; j < r.componentNames().size(); j++) {
      t.add((j == 0 ? "" : "、") + r.componentNames().get(j));
      components.add(new ScoreComponent(r.componentNames().get(j),
          number(t, SyntheticReport.component(j), r.get(SyntheticReport.component(j)))));
    }
    t.add("，评价等级为");
    Evidence gradeEvidence = t.span(SyntheticReport.S_GRADE, r.scoreGrade());
    t.add("。\n评分标准：");
    List<GradeBand> bands = new ArrayList<>();
    for (int j = 0; j < r.bands().size(); j++) {
      Band b = r.bands().get(j);
      t.add(j == 0 ? "" : "，");
      Evidence e = t.span("band" + j, b.text());
      bands.add(new GradeBand(b.grade(), b.min(), b.minInclusive(), b.max(), b.maxInclusive(), e));
    }
    t.add("。\n");
    Score score = new Score(total, r.scoreGrade(), components, bands, gradeEvidence);

    List<Figure> figures = new ArrayList<>();
    boolean lineOpen = false;
    for (FigureSpec f : r.figures()) {
      if (SyntheticReport.followsWithoutComma(f, r)) {
        t.add(""); // 比预算数10.00万元减少1.36万元
      } else if (SyntheticReport.continuesClause(f)) {
        t.add("，"); // a part's share, an amount's change and its rate follow it in its clause
      } else if (f.partOf() == null) {
        t.add(lineOpen ? "。\n" : "");
        t.add("target".equals(f.role()) ? "目标：" : "actual".equals(f.role()) ? "实际完成：" : "");
        lineOpen = true;
      } else {
        boolean first = figures.stream().noneMatch(g -> f.partOf().equals(g.partOf()));
        t.add(first ? "，其中：" : "、");
      }
      figures.add(figure(t, f, r.get(f.key())));
    }
    t.add(lineOpen ? "。\n" : "");

    Source source = new Source("synthetic.txt", null, t.length(), "txt", false, null, "UTF-8", "zho", "simplified");
    Report report = new Report(Report.SCHEMA, source, Status.OK, List.of(), "某某镇2024年度项目支出绩效自评报告", null, 2024,
        ReportKind.PROJECT, null, totals, score, grades, projects, figures, List.of(), t.toString());
    return new Rendered(report, t.evidence);
  }

  private static Figure figure(Text t, FigureSpec f, W w) {
    t.add(f.label());
    boolean before = f.op() != null && !List.of("以上", "以下", "以内").contains(f.op());
    t.add(before ? f.op() : "");
    Evidence e = t.span(f.key(), w.text());
    t.add(f.op() != null && !before ? f.op() : "");
    return new Figure(f.key(), f.label(), null, w.kind(), w.text(), w.value(), w.unit(), w.isMoney() ? w.yuan() : null, f.op(),
        f.role(), e, f.partOf(), f.partsClosed(), null);
  }

  private static Money money(Text t, String key, W w) {
    return Money.of(w.text(), w.value(), w.moneyUnit(), t.span(key, w.text()));
  }

  private static Percent percent(Text t, String key, W w) {
    return new Percent(w.text(), w.value(), t.span(key, w.text()));
  }

  private static Count count(Text t, String key, W w) {
    return new Count(w.text(), w.value().intValueExact(), t.span(key, w.text()));
  }

  private static PlainNumber number(Text t, String key, W w) {
    return new PlainNumber(w.text(), w.value(), t.span(key, w.text()));
  }

  /** The text being written, with the evidence of each keyed span. */
  private static final class Text {
    private final StringBuilder sb = new StringBuilder();
    private final Map<String, Evidence> evidence = new LinkedHashMap<>();

    void add(String s) {
      sb.append(s);
    }

    int length() {
      return sb.length();
    }

    Evidence span(String key, String s) {
      int start = sb.length();
      sb.append(s);
      Evidence e = new Evidence(start, sb.length(), null, s);
      evidence.put(key, e);
      return e;
    }

    Evidence since(int start) {
      return new Evidence(start, sb.length(), null, sb.substring(start));
    }

    @Override
    public String toString() {
      return sb.toString();
    }
  }
}
