package dev.jixiao.check.property;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.record.Evidence;
import dev.jixiao.record.Figure;
import dev.jixiao.record.GradeBand;
import dev.jixiao.record.Money;
import dev.jixiao.record.MoneyUnit;
import dev.jixiao.record.PlainNumber;
import dev.jixiao.record.Report;
import dev.jixiao.record.ReportKind;
import dev.jixiao.record.Score;
import dev.jixiao.record.Source;
import dev.jixiao.record.Status;
import dev.jixiao.record.Totals;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Example;

/**
 * Relations that hold under the spec's rounding rule ("a figure written with k decimals stands
 * for x ± 0.5·10⁻ᵏ … flag only relations that fail under this rule") but that target.missed and
 * score.band flag, because they compare the written values exactly. The consistent-report
 * properties keep clear of these edges (their actuals and grades follow the written figures);
 * these examples pin them down and are disabled until the rules apply the rounding rule. Each
 * passing twin shows the rule still flags the same relation when it fails beyond rounding.
 */
class RoundingEdgeTest {

  @Example
  void anActualWrittenCoarserThanItsTargetMayMeetIt() {
    Report r = report(target("医保参保率", "92.3%", "92.3", "%", "≥"), actual("医保参保率", "92%", "92", "%"));
    assertThat(findings(r, "target.missed")).isEmpty();
  }

  @Example
  void aCappedAmountWrittenCoarserMayMeetItsCap() {
    Report r = report(target("三公经费控制", "9.66万元", "9.66", "万元", "≤"), actual("三公经费控制", "9.7万元", "9.7", "万元"));
    assertThat(findings(r, "target.missed")).isEmpty();
  }

  @Example
  void aRoundedActualMayExceedAStrictBound() {
    Report r = report(target("满意度", "90%", "90", "%", "超过"), actual("满意度", "90%", "90", "%"));
    assertThat(findings(r, "target.missed")).isEmpty();
  }

  @Example
  void anActualShortBeyondRoundingIsFlagged() {
    Report r = report(target("满意度", "95%", "95", "%", "≥"), actual("满意度", "94.99%", "94.99", "%"));
    assertThat(findings(r, "target.missed")).hasSize(1);
  }

  @Example
  void aTotalOnABandBoundaryMayBelongToTheBandBelow() {
    Report r = scored("90分", "90", "良");
    assertThat(findings(r, "score.band")).isEmpty();
  }

  @Example
  void aTotalInsideAnotherBandIsFlagged() {
    Report r = scored("89.96分", "89.96", "优");
    assertThat(findings(r, "score.band")).hasSize(1);
  }

  // ---- a minimal record: the target's figure at offset 10, the actual's at 60 ----

  private static List<String> findings(Report r, String rule) {
    return Checks.run(r).stream().filter(f -> f.rule().equals(rule)).map(f -> f.stated() + " / " + f.expected()).toList();
  }

  private static Figure target(String label, String text, String value, String unit, String op) {
    return figure("f1", label, text, value, unit, op, "target", 10);
  }

  private static Figure actual(String label, String text, String value, String unit) {
    return figure("f2", label, text, value, unit, null, "actual", 60);
  }

  private static Figure figure(String id, String label, String text, String value, String unit, String op, String role, int start) {
    BigDecimal v = new BigDecimal(value);
    boolean money = unit.endsWith("元");
    String kind = money ? Figure.MONEY : "%".equals(unit) ? Figure.PERCENT : Figure.COUNT;
    return new Figure(id, label, null, kind, text, v, unit, money ? Money.toYuan(v, MoneyUnit.of(unit)) : null, op, role,
        new Evidence(start, start + text.length(), null, text), null, null, null);
  }

  private static Report report(Figure target, Figure actual) {
    return record(List.of(target, actual), null);
  }

  private static Report scored(String text, String value, String grade) {
    List<GradeBand> bands = List.of(
        new GradeBand("优", new BigDecimal(90), true, new BigDecimal(100), true, new Evidence(100, 112, null, "90（含）-100分为优")),
        new GradeBand("良", new BigDecimal(80), true, new BigDecimal(90), false, new Evidence(113, 124, null, "80（含）-90分为良")));
    Score s = new Score(new PlainNumber(text, new BigDecimal(value), new Evidence(10, 10 + text.length(), null, text)), grade, List.of(),
        bands, new Evidence(40, 41, null, grade));
    return record(List.of(), s);
  }

  private static Report record(List<Figure> fs, Score score) {
    return new Report(Report.SCHEMA, new Source("edge.txt", null, 0, "txt", false, null, "UTF-8", "zho", "simplified"), Status.OK,
        List.of(), null, null, 2024, ReportKind.UNKNOWN, null, Totals.EMPTY, score, List.of(), List.of(), fs, List.of(), " ".repeat(200));
  }
}
