package dev.jixiao.extract.statement;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.extract.GradeWords;
import dev.jixiao.record.Count;
import dev.jixiao.record.GradeCount;
import dev.jixiao.record.Percent;
import dev.jixiao.text.Numbers;
import dev.jixiao.text.Sentence;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many projects got each grade, with the share when stated: "结果为“优”的项目13个，占自评项目
 * 36.11 %", and the grades listed after it (…为优的12个，良2个，中1个; 评为优的12个，为良的2个; 其中优12个，良2个);
 * and score groups where a report gives those instead: "自评得分90分以上的58个，得分60至90分3个，60分以下1个"
 * (the group is kept as written, e.g. 90分以上).
 */
public final class GradeCountStatement implements StatementExtractor<GradeCount> {
  private static final String GRADE = GradeWords.ALTERNATIVES;
  private static final String N = "(?<n>\\d{1,4}|[一二两三四五六七八九十百]{1,5})";
  private static final Pattern BY_GRADE = Pattern.compile(
      "(?:(?:(?:结果|评价|评定|等级|评级|自评)(?:等级)?(?:为|是)|(?:被)?(?:评为|评定为|定为))[ ]*[\"“]?(?<g1>" + GRADE + ")[\"”]?"
          + "|[\"“](?<g2>" + GRADE + ")[\"”]|其中[ ]*:?[ ]*(?<g3>" + GRADE + ")(?=(?:等级|等次)?的?(?:项目)?(?:有|共)?[ ]*\\d))"
          + "(?:等级|等次)?的?(?:项目)?(?:有|共)?[ ]*" + N + "[ ]*个(?:项目)?"
          + "(?:[ ]*,?[ ]*占[^,;。%]{0,12}?(?<p>\\d+(?:\\.\\d+)?)[ ]*%)?");
  /** The next grades of a list after its first (…为优的12个，良2个，中1个，差0个): the grade word right after the separator. */
  private static final Pattern NEXT_GRADE = Pattern.compile(
      "[ ]*[,、;][ ]*(?:为|评为)?[\"“]?(?<g1>" + GRADE + ")[\"”]?(?:等级|等次)?的?(?:项目)?(?:有|共)?[ ]*" + N + "[ ]*个(?:项目)?"
          + "(?:[ ]*,?[ ]*占[^,;。%]{0,12}?(?<p>\\d+(?:\\.\\d+)?)[ ]*%)?");
  /** A grade joined to the one before it (“优”和“良”, “优”“良”): what follows counts both. */
  private static final Pattern JOINED = Pattern.compile("[\"”][ ]*(?:[和与及、或][ ]*)?$");
  private static final Pattern GRADE_WORD = Pattern.compile(GRADE);
  private static final Pattern BY_SCORE = Pattern.compile(
      "(?<g>\\d+(?:\\.\\d+)?分?[ ]*(?:至|-|~|到)[ ]*\\d+(?:\\.\\d+)?分|\\d+(?:\\.\\d+)?分(?:及以上|以上|及以下|以下))"
          + "(?:的)?(?:项目)?(?:有|共)?[ ]*" + N + "[ ]*个(?!月)"
          + "(?:[ ]*,?[ ]*占[^,;。%]{0,12}?(?<p>\\d+(?:\\.\\d+)?)[ ]*%)?");

  @Override
  public List<GradeCount> extract(DocumentView v, Sentence s) {
    if (!s.containsWord(v.text(), "个")) {
      return List.of(); // both patterns need a 个; their leading alternations are slow to fail on every sentence
    }
    List<GradeCount> out = new ArrayList<>();
    Matcher m = BY_GRADE.matcher(v.text()).region(s.start(), s.end());
    while (m.find()) {
      if (JOINED.matcher(v.text()).region(Math.max(s.start(), m.start() - 4), m.start()).find()) {
        continue; // 等级为“优”和“良”的项目共10个, 评为“优”“良”的项目共46个: the two grades together, not the last one's count
      }
      String grade = m.group("g1") != null ? m.group("g1") : m.group("g2") != null ? m.group("g2") : m.group("g3");
      out.add(new GradeCount(grade, count(v, m), percent(v, m)));
      Matcher next = NEXT_GRADE.matcher(v.text());
      for (int at = m.end(); at < s.end() && next.region(at, s.end()).lookingAt(); at = next.end()) {
        out.add(new GradeCount(next.group("g1"), count(v, next), percent(v, next)));
        m.region(next.end(), s.end()); // the outer search goes on after the list, not inside it
      }
    }
    if (!out.isEmpty() || !s.containsWord(v.text(), "分")) {
      return out; // (every score group is in points: 90分以上, 60至90分)
    }
    m = BY_SCORE.matcher(v.text()).region(s.start(), s.end());
    while (m.find()) {
      out.add(new GradeCount(v.name(m.start("g"), m.end("g")), count(v, m), percent(v, m)));
    }
    return out;
  }

  /**
   * The report's distribution from what its sentences counted: by grades where it counts any, else by score groups, each
   * grade or group once, as first counted. A report that counts its grades names a group by score only for some projects
   * (80分以下的六个项目执行率普遍偏低), and a grade counted again is of some of the projects (其中部门自评项目36个，评为“优”16个…).
   */
  public static List<GradeCount> distribution(List<GradeCount> counted) {
    List<GradeCount> byGrade = counted.stream().filter(g -> GRADE_WORD.matcher(g.grade()).matches()).toList();
    List<GradeCount> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (GradeCount g : byGrade.isEmpty() ? counted : byGrade) {
      if (!seen.add(g.grade())) {
        break;
      }
      out.add(g);
    }
    return out;
  }

  private static Count count(DocumentView v, Matcher m) {
    int end = v.text().indexOf('个', m.end("n")) + 1;
    return new Count(v.original(m.start("n"), end), Numbers.parse(m.group("n")).intValueExact(), v.evidence(m.start("n"), end));
  }

  private static Percent percent(DocumentView v, Matcher m) {
    if (m.group("p") == null) {
      return null;
    }
    int end = v.text().indexOf('%', m.end("p")) + 1;
    return new Percent(v.original(m.start("p"), end), new BigDecimal(m.group("p")), v.evidence(m.start("p"), end));
  }
}
