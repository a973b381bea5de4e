package dev.jixiao.check.property;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.extract.form.FormFixture;
import dev.jixiao.pipeline.Pipeline;
import dev.jixiao.pipeline.Pipelines;
import dev.jixiao.record.Finding;
import dev.jixiao.record.Report;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * 项目支出绩效自评表 with random figures, in the Ministry's layout or Sichuan's (or Hunan's department
 * form, 部门整体支出绩效自评表, whose carryover goes to its 按收入性质分's 其他资金), filled in as their
 * filler computes them (执行率 = 全年执行数 ÷ 全年预算数 to two decimals, 总分 = the funds row's 得分 +
 * each indicator's, every target met): such a form raises nothing. One figure written wrong (总分,
 * 执行率, a 上年结转资金 (Sichuan: 其他资金) beside a 当年财政拨款 that is already the whole, an indicator's 得分 above its 分值, or the funds row's 得分 off
 * 分值 × 执行率, each carried into 总分) is always found by its rule.
 */
class SelfEvaluationFormPropertyTest {
  private static final Pipeline PIPELINE = Pipelines.standard();
  private static final List<String> NAMES = List.of("服务对象覆盖率", "资金拨付及时率", "设施完好率", "问题整改率", "群众满意度", "工作完成率");

  @Provide
  Arbitrary<FormFixture.Form> forms() {
    Arbitrary<Long> budgetCents = Arbitraries.longs().between(100, 10_000_000);
    Arbitrary<Integer> spentShare = Arbitraries.integers().between(0, 1000);
    Arbitrary<List<FormFixture.Indicator>> indicators = Arbitraries.integers().between(2, NAMES.size())
        .flatMap(n -> indicator().list().ofSize(n).map(SelfEvaluationFormPropertyTest::named));
    Arbitrary<FormFixture.Layout> layouts = Arbitraries.of(FormFixture.Layout.class);
    return Combinators.combine(budgetCents, spentShare, indicators, layouts).as((b, share, ind, layout) -> {
      BigDecimal budget = BigDecimal.valueOf(b, 2);
      BigDecimal spent = BigDecimal.valueOf(b * share / 1000, 2);
      BigDecimal rate = spent.multiply(BigDecimal.valueOf(100)).divide(budget, 2, RoundingMode.HALF_UP);
      return layout == FormFixture.Layout.HUNAN
          ? FormFixture.Form.ofDepartment("单位" + b, budget.toPlainString(), spent.toPlainString(), rate.toPlainString(), ind).in(layout)
          : FormFixture.Form.of("项目" + b, budget.toPlainString(), spent.toPlainString(), rate.toPlainString(), ind).in(layout);
    });
  }

  /** An indicator whose actual meets its target (≥t% against a% with a ≥ t), and whose score is at most its weight. */
  private static Arbitrary<FormFixture.Indicator> indicator() {
    Arbitrary<Integer> weight = Arbitraries.integers().between(5, 30);
    Arbitrary<Integer> target = Arbitraries.integers().between(50, 100);
    return Combinators.combine(weight, target, Arbitraries.integers().between(0, 100), Arbitraries.integers().between(0, 100))
        .as((w, t, over, lost) -> new FormFixture.Indicator("产出指标", "质量指标", "", "≥" + t + "%", (t + over * (100 - t) / 100) + "%",
            w, Integer.toString(w - lost * w / 100), ""));
  }

  private static List<FormFixture.Indicator> named(List<FormFixture.Indicator> list) {
    List<FormFixture.Indicator> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      FormFixture.Indicator x = list.get(i);
      out.add(new FormFixture.Indicator(x.level1(), x.level2(), NAMES.get(i), x.target(), x.actual(), x.weight(), x.score(), x.reason()));
    }
    return out;
  }

  private static List<Finding> findings(FormFixture.Form form) {
    Report r = PIPELINE.process("form.html", FormFixture.html(List.of(form)).getBytes(StandardCharsets.UTF_8));
    assertThat(r.projects()).as("the form's project").hasSize(form.department() ? 0 : 1);
    return r.findings();
  }

  @Property(tries = 150)
  void aFormFilledInAsComputedRaisesNothing(@ForAll("forms") FormFixture.Form form) {
    assertThat(findings(form)).isEmpty();
    Statistics.label("indicators").collect(form.indicators().size());
    Statistics.label("layout").collect(form.layout());
  }

  @Property(tries = 150)
  void oneFigureWrittenWrongIsFound(@ForAll("forms") FormFixture.Form form, @ForAll("slips") Slip slip) {
    FormFixture.Form wrong = switch (slip.what()) {
      // six indicators' whole points (±0.5 each), the funds row's two decimals and 总分's own
      // leave 总分 3.01 of room within their rounding; a slip of 3.02 or more is outside it
      case 0 -> form.withTotal(new BigDecimal(form.total()).add(slip.by()).toPlainString());
      // with 全年预算数 of 1.00 or more written to two decimals, 执行率 is known to within a point
      case 1 -> form.withRate(new BigDecimal(form.rate()).add(slip.by()).toPlainString());
      case 2 -> form.withCarryover(slip.by().toPlainString(), "0");
      // 分值 × 执行率 is known to within 0.001 and the 得分 written to 0.005: 0.30 or more away is outside both
      case 3 -> form.withFundScore(offRate(form.fundScore(), slip.by().movePointLeft(1)));
      // one indicator's 得分 above its 分值, carried into 总分 so that the sum still holds
      default -> (form.department()
          ? FormFixture.Form.ofDepartment(form.name(), form.budget(), form.spent(), form.rate(), overWeight(form.indicators(), slip.by()))
          : FormFixture.Form.of(form.name(), form.budget(), form.spent(), form.rate(), overWeight(form.indicators(), slip.by())))
          .in(form.layout());
    };
    String rule = switch (slip.what()) {
      case 0 -> "score.sum";
      case 1 -> form.department() ? "total.rate" : "project.rate";
      case 2 -> "breakdown.sum";
      case 3 -> "score.rate";
      default -> "score.weight";
    };
    assertThat(findings(wrong)).extracting(Finding::rule).contains(rule);
    Statistics.label("slip").collect(rule);
  }

  /** The first indicator scored its weight and one point or more besides. */
  private static List<FormFixture.Indicator> overWeight(List<FormFixture.Indicator> indicators, BigDecimal by) {
    List<FormFixture.Indicator> out = new ArrayList<>(indicators);
    FormFixture.Indicator x = out.get(0);
    int over = x.weight() + Math.max(1, by.intValue());
    out.set(0, new FormFixture.Indicator(x.level1(), x.level2(), x.name(), x.target(), x.actual(), x.weight(), Integer.toString(over), x.reason()));
    return out;
  }

  /** The funds row's 得分 moved by {@code by} towards the middle of its 0 to 10, so that it stays a score the row could have. */
  private static String offRate(String fundScore, BigDecimal by) {
    BigDecimal score = new BigDecimal(fundScore);
    return (score.compareTo(BigDecimal.valueOf(5)) >= 0 ? score.subtract(by) : score.add(by)).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  record Slip(int what, BigDecimal by) {}

  @Provide
  Arbitrary<Slip> slips() {
    return Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.integers().between(302, 3000))
        .as((what, cents) -> new Slip(what, BigDecimal.valueOf(cents, 2)));
  }
}
