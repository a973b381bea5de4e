package dev.jixiao.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes one report's sentences in its style, planting the chosen inconsistencies as it goes; the
 * truth it returns holds the figures as stated (planted ones included), so that it is exactly the
 * record an extractor should give.
 */
final class ReportWriter {
  private static final String[] INTROS = {
    "为进一步加强预算绩效管理，提高财政资金使用效益，根据上级财政部门关于开展绩效自评工作的通知要求，我镇成立绩效评价工作组，对本年度项目支出开展了全面自评。",
    "按照县财政局统一部署，我单位坚持“花钱必问效、无效必问责”的原则，对年度预算项目的资金使用和绩效目标完成情况进行了自评。",
    "本次自评以项目资金的安全有效使用为目标，结合在岗工作人员、村居群众的意见，采用定量与定性相结合的方法开展。"};
  private static final String[] USES = {"用于保障日常工作正常运转。", "用于支付相关人员劳务费用。", "用于改善群众生产生活条件。",
    "用于完成年度目标任务。", "资金按进度拨付，无挪用情况。"};
  private static final String[] OUTCOMES = {"项目实施后，相关工作有序推进，群众反映良好。", "项目按计划实施，已完成阶段性目标任务。",
    "资金使用规范，未发现截留、挪用等问题。", "项目完成后已组织验收，各项设施运行正常。", "受资金下达时间影响，部分工作顺延至次年实施。"};
  private static final String[] PROBLEMS = {
    "部分项目预算执行进度偏慢，绩效目标设置不够细化，绩效监控还需加强。",
    "个别项目前期论证不充分，资金拨付滞后，下一步将加强跟踪管理，确保资金及时发挥效益。"};

  private final Random rnd;
  private final Truth truth;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10000);
  private final boolean wan;
  private final ReportGenerator.Planting planting;
  private final List<Composed.Block> blocks = new ArrayList<>();
  private final List<Truth.Planted> planted = new ArrayList<>();
  private final String spaced;
  private int sections;

  ReportWriter(Random rnd, Truth truth, boolean wan, ReportGenerator.Planting planting) {
    this.rnd = rnd;
    this.truth = truth;
    this.wan = wan;
    this.planting = planting;
    this.spaced = truth.style().equals("numbered") && rnd.nextBoolean() ? " " : "";
  }

  Composed compose() {
    Truth.Place u = truth.unit();
    int year = truth.fiscalYear();
    List<Truth.Project> projects = plantProjectRate(truth.projects());
    Truth.Totals totals = plantTotals(truth.totals());
    List<Truth.GradeCount> grades = plantGrades(truth.gradeDistribution());
    Truth.Score score = plantScore(truth.score());
    String title;
    Narrative narrative = new Narrative(rnd, u.township());
    if (truth.style().equals("paragraphs")) {
      title = rnd.nextBoolean() ? u.county() + u.township() + year + "年度项目支出绩效自评报告"
          : u.county() + u.township() + "绩效自评工作情况总结";
      h("单位基本情况");
      blocks.addAll(narrative.unit(year));
      h("自评工作开展情况");
      p(INTROS[rnd.nextInt(INTROS.length)]);
      blocks.addAll(narrative.process());
      p(rnd.nextBoolean()
          ? u.township() + "本部门（单位）" + year + "年度开展自评项目共" + count(totals.projectCount()) + "个，自评项目总金额共计"
              + money(totals.budget()) + "，实际支出" + money(totals.expenditure()) + "，执行率" + totals.executionRate() + "%。"
          : year + "年我镇绩效评价共涉及" + count(totals.projectCount()) + "个预算项目，预算资金" + money(totals.budget())
              + "，支出资金" + money(totals.expenditure()) + "，预算执行率为" + rate(totals.executionRate()) + "。");
      h("项目资金使用情况");
      for (Truth.Project p : projects) {
        p(year + "年我镇" + p.name() + "项目全年预算为" + money(p.budget()) + "。根据支出进度表，该项支出预算按照序时进度完成"
            + money(p.expenditure()) + "，" + year + "年底完成项目的" + p.completionRate() + "%。"
            + OUTCOMES[rnd.nextInt(OUTCOMES.length)]);
      }
    } else {
      title = u.township() + year + "年度部门整体支出绩效自评报告";
      h("部门基本情况");
      p(u.township() + "隶属于" + u.city() + u.county() + "。" + INTROS[rnd.nextInt(INTROS.length)]);
      blocks.addAll(narrative.unit(year));
      h("部门整体支出管理情况");
      blocks.addAll(narrative.management());
      h("绩效自评工作开展情况");
      blocks.addAll(narrative.process());
      h("项目资金使用情况");
      p(year + "年度，我单位共实施项目" + count(totals.projectCount()) + "个，预算总金额" + money(totals.budget()) + "，实际支出"
          + money(totals.expenditure()) + "，执行率" + totals.executionRate() + "%。具体如下：");
      if (rnd.nextInt(3) == 0) {
        // the rate's formula written out, as some provinces' reports do
        p("预算执行率=实际支出÷预算总金额×100%=" + money(totals.expenditure()) + "÷" + money(totals.budget()) + "×100%="
            + totals.executionRate() + "%。");
      }
      for (Truth.Project p : projects) {
        p(p.seq() + ". " + p.name() + "：预算金额" + money(p.budget()) + "，实际拨付" + money(p.expenditure()) + "，完成率"
            + p.completionRate() + "%。" + USES[rnd.nextInt(USES.length)]);
      }
      p(spendingByKind(totals.expenditure()));
      p(threePublicExpenses());
    }
    if (truth.style().equals("paragraphs")) {
      h("资金管理情况");
      blocks.addAll(narrative.management());
    }
    h("绩效目标及完成情况");
    blocks.addAll(narrative.targets(year));
    p(plannedWork());
    p(survey());
    p(auditedWork());
    h("绩效自评结果");
    Truth.Component c1 = score.components().get(0);
    Truth.Component c2 = score.components().get(1);
    String scoreSentence = rnd.nextBoolean()
        ? "经综合评价，本单位" + year + "年度绩效自评得分" + scoreWritten(score.total()) + "分，其中" + c1.name() + "得分" + c1.score() + "分、"
            + c2.name() + "得分" + c2.score() + "分，自评等级为“" + score.grade() + "”。"
        : "本单位自评得分" + score.total() + "分，其中：" + c1.name() + "得分" + c1.score() + "分，" + c2.name() + "得分"
            + c2.score() + "分。等级为“" + score.grade() + "”。";
    boolean scoreFirst = rnd.nextBoolean();
    if (scoreFirst) {
      p(scoreSentence);
    }
    StringBuilder g = new StringBuilder("本单位" + year + "年自评项目共" + count(totals.projectCount()) + "个。其中：");
    for (int i = 0; i < grades.size(); i++) {
      Truth.GradeCount c = grades.get(i);
      g.append("结果为“").append(c.grade()).append("”的项目").append(c.count()).append("个，占自评项目").append(c.percent()).append('%')
          .append(i == grades.size() - 1 ? "。" : "；");
    }
    p(g.toString());
    p("自评等级按照得分情况填“优”、“良”、“中”、“差”。90（含）-100分为优、80（含）-90分为良、60（含）-80分为中、60分以下为差。");
    if (!scoreFirst) {
      p(scoreSentence);
    }
    h("存在的问题及改进措施");
    blocks.addAll(narrative.problems(PROBLEMS[rnd.nextInt(PROBLEMS.length)]));
    Truth result = new Truth(null, null, truth.style(), u, year, totals, projects, score, grades, planted);
    return new Composed(title, blocks, result);
  }

  private List<Truth.Project> plantProjectRate(List<Truth.Project> projects) {
    if (!planting.has("project.rate")) {
      return projects;
    }
    List<Truth.Project> out = new ArrayList<>(projects);
    int i = rnd.nextInt(out.size());
    Truth.Project p = out.get(i);
    BigDecimal stated = awayFrom(p.completionRate(), "7.35", "11.20");
    out.set(i, new Truth.Project(p.seq(), p.name(), p.budget(), p.expenditure(), ReportGenerator.plain(stated)));
    planted.add(new Truth.Planted("project.rate", p.name() + ": stated " + ReportGenerator.plain(stated) + "%, actual "
        + p.completionRate() + "%"));
    return out;
  }

  /** A wrong percentage beyond any rounding: {@code down} lower when above 50, else {@code up} higher (stays in 0–100). */
  private static BigDecimal awayFrom(String percent, String down, String up) {
    BigDecimal p = new BigDecimal(percent);
    return p.compareTo(BigDecimal.valueOf(50)) > 0 ? p.subtract(new BigDecimal(down)) : p.add(new BigDecimal(up));
  }

  private Truth.Totals plantTotals(Truth.Totals t) {
    int count = t.projectCount();
    Truth.Amount budget = t.budget();
    String rate = t.executionRate();
    if (planting.has("total.count")) {
      count = t.projectCount() + 1 + rnd.nextInt(2);
      planted.add(new Truth.Planted("total.count", "stated " + count + " projects, " + t.projectCount() + " listed"));
    }
    if (planting.has("total.sum")) {
      BigDecimal wanTotal = new BigDecimal(budget.yuan()).divide(BigDecimal.valueOf(10000)).add(new BigDecimal("12.50"));
      budget = ReportGenerator.amount(wanTotal.setScale(2), wan);
      BigDecimal spentWan = new BigDecimal(t.expenditure().yuan()).divide(BigDecimal.valueOf(10000));
      rate = ReportGenerator.plain(ReportGenerator.rate(spentWan, wanTotal)); // the rate agrees with the stated total
      planted.add(new Truth.Planted("total.sum", "stated total budget " + budget.value() + budget.unit() + ", the projects add up to "
          + t.budget().value() + t.budget().unit()));
    }
    if (planting.has("total.rate")) {
      String stated = ReportGenerator.plain(awayFrom(rate, "4.21", "6.43"));
      planted.add(new Truth.Planted("total.rate", "stated execution rate " + stated + "%, actual " + rate + "%"));
      rate = stated;
    }
    return new Truth.Totals(count, budget, t.expenditure(), rate);
  }

  private List<Truth.GradeCount> plantGrades(List<Truth.GradeCount> grades) {
    if (!planting.has("grade.count")) {
      return grades;
    }
    List<Truth.GradeCount> out = new ArrayList<>(grades);
    int i = rnd.nextInt(out.size());
    Truth.GradeCount c = out.get(i);
    out.set(i, new Truth.GradeCount(c.grade(), c.count() + 2, c.percent()));
    planted.add(new Truth.Planted("grade.count", "“" + c.grade() + "” stated " + (c.count() + 2) + " projects instead of " + c.count()));
    return out;
  }

  private Truth.Score plantScore(Truth.Score s) {
    if (!planting.has("score.sum")) {
      return s;
    }
    Truth.Component second = s.components().get(1);
    String stated = ReportGenerator.plain(new BigDecimal(second.score()).add(new BigDecimal("1.50")));
    planted.add(new Truth.Planted("score.sum", second.name() + " stated " + stated + " instead of " + second.score()));
    return new Truth.Score(s.total(), s.grade(), List.of(s.components().get(0), new Truth.Component(second.name(), stated)));
  }

  /**
   * The year's spending by kind as final accounts write it: the total, its basic and project
   * spending each with its share, and the basic spending's change from the year before
   * (本年支出合计…，其中：基本支出…，占…%，比上年增加…，增长…%；项目支出…，占…%。), then the basic
   * spending's parts in a sentence that names it (基本支出中，人员经费…，公用经费…。). The project
   * spending is what the projects spent. A planted share, rate of change or part is off by more than
   * any rounding; only the department's style writes this, so only its reports carry those plantings.
   */
  private String spendingByKind(Truth.Amount projectsSpent) {
    BigDecimal projects = new BigDecimal(projectsSpent.yuan()).divide(TEN_THOUSAND);
    BigDecimal basic = BigDecimal.valueOf(5000 + rnd.nextInt(95000), 2); // 50.00–999.99 万元
    BigDecimal total = basic.add(projects);
    BigDecimal lastYear = basic.multiply(BigDecimal.valueOf(70 + rnd.nextInt(61))).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    BigDecimal change = basic.subtract(lastYear);
    boolean up = change.signum() >= 0;
    BigDecimal changeRate = ReportGenerator.rate(change.abs(), lastYear);
    BigDecimal basicShare = ReportGenerator.rate(basic, total);
    BigDecimal projectShare = ReportGenerator.rate(projects, total);
    basicShare = plantedRate("breakdown.share", basicShare, awayFrom(basicShare.toPlainString(), "3.17", "4.29"), "基本支出 stated 占");
    changeRate = plantedRate("change.rate", changeRate, changeRate.add(new BigDecimal("5.38")),
        "基本支出 stated " + (up ? "增长" : "下降"));
    return "本年支出合计" + money(ReportGenerator.amount(total, wan)) + "，其中：基本支出" + money(ReportGenerator.amount(basic, wan)) + "，占"
        + ReportGenerator.plain(basicShare) + "%，比上年" + (up ? "增加" : "减少") + money(ReportGenerator.amount(change.abs(), wan)) + "，"
        + (up ? "增长" : "下降") + ReportGenerator.plain(changeRate) + "%；项目支出" + money(projectsSpent) + "，占"
        + ReportGenerator.plain(projectShare) + "%。" + basicByKind(basic);
  }

  /** The basic spending's personnel and running costs (基本支出中，人员经费…，公用经费…。). */
  private String basicByKind(BigDecimal basic) {
    BigDecimal personnel = basic.multiply(BigDecimal.valueOf(70 + rnd.nextInt(21))).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    BigDecimal running = basic.subtract(personnel);
    if (planting.has("breakdown.sum")) {
      BigDecimal stated = running.add(new BigDecimal("1.37"));
      planted.add(new Truth.Planted("breakdown.sum",
          "公用经费 stated " + stated.toPlainString() + "万元, actual " + running.toPlainString() + "万元"));
      running = stated;
    }
    return "基本支出中，人员经费" + money(ReportGenerator.amount(personnel, wan)) + "，公用经费" + money(ReportGenerator.amount(running, wan)) + "。";
  }

  /**
   * The 三公经费's budget, what was spent of it and the rate, as final accounts state them in one
   * sentence (“三公”经费预算数为…，实际支出…，执行率为…%), and in half the reports the kinds spent in
   * the next (其中：公务接待费…，公务用车运行维护费…，因公出国（境）费0万元), which add up to the spending.
   * A planted rate is off by more than any rounding.
   */
  private String threePublicExpenses() {
    BigDecimal budget = BigDecimal.valueOf(100 + rnd.nextInt(2900), 2); // 1.00–29.99 万元
    BigDecimal spent = budget.multiply(BigDecimal.valueOf(60 + rnd.nextInt(41))).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    BigDecimal actual = ReportGenerator.rate(spent, budget);
    BigDecimal rate = plantedRate("spending.rate", actual, awayFrom(actual.toPlainString(), "6.43", "8.12"), "“三公”经费 stated 执行率");
    String sentence = "“三公”经费预算数为" + money(ReportGenerator.amount(budget, wan)) + "，实际支出" + money(ReportGenerator.amount(spent, wan))
        + "，执行率为" + ReportGenerator.plain(rate) + "%。";
    if (rnd.nextBoolean()) {
      return sentence;
    }
    BigDecimal reception = spent.multiply(BigDecimal.valueOf(20 + rnd.nextInt(31))).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    return sentence + "其中：公务接待费" + money(ReportGenerator.amount(reception, wan)) + "，公务用车运行维护费"
        + money(ReportGenerator.amount(spent.subtract(reception), wan)) + "，因公出国（境）费" + money(ReportGenerator.amount(BigDecimal.ZERO, wan))
        + "。";
  }

  /**
   * Work done against its plan, as a report's outputs state it (全年计划完成农村改厕…户，实际完成…户，
   * 完成率…%). A planted rate is off by more than any rounding.
   */
  private String plannedWork() {
    int planned = 100 + rnd.nextInt(900);
    int done = planned * (80 + rnd.nextInt(41)) / 100;
    BigDecimal actual = ReportGenerator.rate(BigDecimal.valueOf(done), BigDecimal.valueOf(planned));
    BigDecimal rate = plantedRate("plan.rate", actual, awayFrom(actual.toPlainString(), "6.43", "8.12"), "农村改厕 stated 完成率");
    return "全年计划完成农村改厕" + count(planned) + "户，实际完成" + count(done) + "户，完成率" + ReportGenerator.plain(rate) + "%。";
  }

  /**
   * A survey of the people served, as a report's outcomes state it (发放满意度调查问卷…份，收回有效问卷…
   * 份，其中满意…份，满意度…%): the rate is of the questionnaires returned, a few fewer than those handed
   * out, so no rate of those handed out comes near a planted one (off by 6.43 points or more).
   */
  private String survey() {
    int returned = 100 + rnd.nextInt(400);
    int handed = returned + rnd.nextInt(6);
    int satisfied = returned * (85 + rnd.nextInt(16)) / 100;
    BigDecimal actual = ReportGenerator.rate(BigDecimal.valueOf(satisfied), BigDecimal.valueOf(returned));
    BigDecimal rate = plantedRate("count.rate", actual, awayFrom(actual.toPlainString(), "6.43", "8.12"), "满意度 stated");
    return "发放满意度调查问卷" + count(handed) + "份，收回有效问卷" + count(returned) + "份，其中满意" + count(satisfied) + "份，满意度"
        + ReportGenerator.plain(rate) + "%。";
  }

  /**
   * A work's settlement as the county's audit set it (经审计，…结算送审金额…万元，审定金额…万元，审减金额…万元，
   * 审减率…%): 2% to 12% cut from what was submitted. A planted slip is in the cut, 1.37万元 too much,
   * or in the rate, 2.35 points too high: beyond any rounding of the amounts, which are written to the 百元.
   */
  private String auditedWork() {
    BigDecimal submitted = BigDecimal.valueOf(5000 + rnd.nextInt(45000), 2);
    BigDecimal approved =
        submitted.multiply(BigDecimal.valueOf(88 + rnd.nextInt(11))).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    BigDecimal cut = submitted.subtract(approved);
    BigDecimal rate = ReportGenerator.rate(cut, submitted);
    boolean cutSlip = rnd.nextBoolean();
    if (planting.has("audit.reduction")) {
      BigDecimal wrong = cutSlip ? cut.add(new BigDecimal("1.37")) : rate.add(new BigDecimal("2.35"));
      planted.add(new Truth.Planted("audit.reduction", (cutSlip ? "审减金额 stated " + wrong + "万元, actual " + cut + "万元"
          : "审减率 stated " + ReportGenerator.plain(wrong) + "%, actual " + ReportGenerator.plain(rate) + "%")));
      cut = cutSlip ? wrong : cut;
      rate = cutSlip ? rate : wrong;
    }
    return "村内道路硬化工程已竣工，经审计，工程结算送审金额" + submitted + "万元，审定金额" + approved + "万元，审减金额" + cut + "万元，审减率"
        + ReportGenerator.plain(rate) + "%。";
  }

  /**
   * The percentage to write: {@code wrong}, off by more than any rounding, when {@code rule}'s slip is
   * planted in this report (and recorded as planted, {@code what} naming it), else the true one.
   */
  private BigDecimal plantedRate(String rule, BigDecimal actual, BigDecimal wrong, String what) {
    if (!planting.has(rule)) {
      return actual;
    }
    planted.add(new Truth.Planted(rule, what + ReportGenerator.plain(wrong) + "%, actual " + ReportGenerator.plain(actual) + "%"));
    return wrong;
  }

  private String money(Truth.Amount a) {
    return spaced + a.value() + spaced + a.unit();
  }

  /** A rate as written: mostly in digits (95.63%), sometimes in words as formal reports write it (百分之九十五点六三). */
  private String rate(String plain) {
    return rnd.nextInt(6) == 0 ? "百分之" + Numerals.chinese(plain) : plain + "%";
  }

  /** A whole score sometimes in Chinese numerals (九十二); one with decimals in digits. */
  private String scoreWritten(String plain) {
    return !plain.contains(".") && rnd.nextInt(4) == 0 ? Numerals.chinese(plain) : plain;
  }

  private String count(int n) {
    return rnd.nextInt(3) == 0 ? Numerals.chinese(n) : Integer.toString(n);
  }

  /** A section heading, numbered in order as reports number them (一、二、…). */
  private void h(String text) {
    blocks.add(new Composed.Block(1, Numerals.chinese(++sections) + "、" + text));
  }

  private void p(String text) {
    blocks.add(new Composed.Block(0, text));
  }
}
