package dev.jixiao.check.rules;

import dev.jixiao.check.FindingBuilder;
import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleInfo;
import dev.jixiao.record.Evidence;
import dev.jixiao.record.Finding;
import dev.jixiao.record.GradeCount;
import dev.jixiao.record.Project;
import dev.jixiao.record.Report;
import dev.jixiao.record.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The grade counts against the grades the listed projects' entries state: 自评等级为“优”的4个，“良”的1个 after five
 * entries that each close with their grade (自评得分95分，等级为优) must count four 优 and one 良. Only where every
 * listed project states its grade and the counts add up to the projects listed: a count over all of a unit's
 * projects is not held to the few its report describes.
 */
@RuleInfo(
    id = "grade.listed",
    severity = Severity.ERROR,
    zh = "各等级项目数与所列项目的评价等级不符",
    en = "the grade counts against the grades of the listed projects")
public final class GradeListedRule implements Rule {

  @Override
  public List<Finding> check(Report report) {
    List<Project> projects = report.projects();
    List<GradeCount> counts = report.gradeDistribution();
    if (projects.size() < 2 || counts.isEmpty() || projects.stream().anyMatch(p -> !Grades.isGrade(p.grade()))
        || counts.stream().anyMatch(g -> !Grades.isGrade(g.grade()) || g.count() == null)) {
      return List.of();
    }
    int listed = projects.stream().mapToInt(Project::groupSize).sum();
    if (counts.stream().mapToInt(g -> g.count().value()).sum() != listed) {
      return List.of();
    }
    Map<String, Integer> graded = new LinkedHashMap<>();
    projects.forEach(p -> graded.merge(Grades.canonical(p.grade()), p.groupSize(), Integer::sum));
    // one slip in a project's grade moves two counts: the grades that differ make one finding
    List<GradeCount> differ =
        counts.stream().filter(g -> graded.getOrDefault(Grades.canonical(g.grade()), 0) != g.count().value()).toList();
    if (differ.isEmpty()) {
      return List.of();
    }
    StringJoiner zhStated = new StringJoiner("、");
    StringJoiner zhFound = new StringJoiner("、");
    StringJoiner enStated = new StringJoiner(", ");
    StringJoiner enFound = new StringJoiner(", ");
    List<Evidence> evidence = new ArrayList<>();
    for (GradeCount g : differ) {
      String grade = Grades.canonical(g.grade());
      int found = graded.getOrDefault(grade, 0);
      zhStated.add("“" + g.grade() + "”" + g.count().text());
      zhFound.add("“" + grade + "”" + found + "个");
      enStated.add(g.count().value() + " " + g.grade());
      enFound.add(found + " " + grade);
      evidence.add(g.count().evidence());
    }
    Set<String> grades = new HashSet<>();
    differ.forEach(g -> grades.add(Grades.canonical(g.grade())));
    projects.stream().filter(p -> grades.contains(Grades.canonical(p.grade()))).forEach(p -> evidence.add(p.evidence()));
    return List.of(FindingBuilder.of(this)
        .subject("等级分布")
        .message("报告称" + zhStated + "，所列" + listed + "个项目中评为" + zhFound + "。",
            "The report counts " + enStated + " among the projects, but the " + listed + " listed are graded " + enFound + ".")
        .stated(zhStated.toString())
        .expected(zhFound.toString())
        .evidence(evidence)
        .build());
  }
}
