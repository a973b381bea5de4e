package dev.jixiao.check.rules;

import dev.jixiao.check.FindingBuilder;
import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleInfo;
import dev.jixiao.record.Finding;
import dev.jixiao.record.Project;
import dev.jixiao.record.Report;
import dev.jixiao.record.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * The same project entry twice: same name and the same figures. Two entries with one name but
 * different budgets are two projects (综合工作经费一 at 383万元 and at 75.46万元), not a duplicate.
 */
@RuleInfo(
    id = "project.duplicate",
    severity = Severity.WARNING,
    zh = "同一项目条目（名称及金额均相同）重复出现",
    en = "the same project entry twice")
public final class ProjectDuplicateRule implements Rule {

  @Override
  public List<Finding> check(Report report) {
    List<Project> projects = report.projects();
    List<Finding> out = new ArrayList<>();
    boolean[] reported = new boolean[projects.size()];
    for (int i = 0; i < projects.size(); i++) {
      if (reported[i]) {
        continue;
      }
      List<Project> same = new ArrayList<>(List.of(projects.get(i)));
      for (int j = i + 1; j < projects.size(); j++) {
        if (!reported[j] && ListedProjects.sameEntry(projects.get(i), projects.get(j))) {
          same.add(projects.get(j));
          reported[j] = true;
        }
      }
      if (same.size() > 1) {
        Project p = same.get(0);
        String figures = describe(p);
        out.add(FindingBuilder.of(this)
            .subject(p.name())
            .message("项目“" + p.name() + "”出现" + same.size() + "次，" + (figures.isEmpty() ? "且没有可区分的金额" : "金额完全相同（" + figures + "）")
                    + "，可能重复列示。",
                "Project " + p.name() + " appears " + same.size() + " times with " + (figures.isEmpty() ? "no figures to tell them apart" : "identical figures (" + figures + ")")
                    + "; it may be listed twice.")
            .stated(same.size() + " entries" + (figures.isEmpty() ? "" : ": " + figures + " each"))
            .expected("1 entry")
            .evidence(same.stream().map(Project::evidence).toList())
            .build());
      }
    }
    return out;
  }

  private static String describe(Project p) {
    List<String> parts = new ArrayList<>();
    if (p.budget() != null) {
      parts.add(p.budget().text());
    }
    if (p.expenditure() != null) {
      parts.add(p.expenditure().text());
    }
    if (p.completionRate() != null) {
      parts.add(p.completionRate().text());
    }
    return String.join(" / ", parts);
  }
}
