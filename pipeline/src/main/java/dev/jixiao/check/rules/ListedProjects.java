package dev.jixiao.check.rules;

import dev.jixiao.record.Project;
import dev.jixiao.record.Report;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the project entries of a record add up to. The entries are the report's full list only
 * when every one of them carries its budget; a list of sampled or deviating projects (names
 * without figures) is a part, and totals are not checked against it.
 */
final class ListedProjects {
  private static final Pattern BLANKS = Pattern.compile("\\s+");

  private ListedProjects() {}

  static boolean isFullList(Report r) {
    return !r.projects().isEmpty() && r.projects().stream().allMatch(p -> p.budget() != null);
  }

  /**
   * Projects listed, counting each entry's group size once per distinct list number: a
   * paragraph repeated verbatim under the same number is one project told twice (a duplicate,
   * reported as such), not a second project.
   */
  static int count(List<Project> projects) {
    Set<Integer> seqs = new HashSet<>();
    int n = 0;
    for (Project p : projects) {
      if (p.seq() == null || seqs.add(p.seq())) {
        n += p.groupSize();
      }
    }
    return n;
  }

  /**
   * Entries that repeat an earlier entry exactly: same name and same figures. Called for every
   * pair of projects, so the figures are compared first and the names (blanks removed) last.
   */
  static boolean sameEntry(Project a, Project b) {
    return Objects.equals(value(a.budget()), value(b.budget()))
        && Objects.equals(value(a.expenditure()), value(b.expenditure()))
        && Objects.equals(a.completionRate() == null ? null : a.completionRate().value(), b.completionRate() == null ? null : b.completionRate().value())
        && a.groupSize() == b.groupSize()
        && BLANKS.matcher(a.name()).replaceAll("").equals(BLANKS.matcher(b.name()).replaceAll(""));
  }

  private static Object value(dev.jixiao.record.Money m) {
    return m == null ? null : m.yuan();
  }
}
