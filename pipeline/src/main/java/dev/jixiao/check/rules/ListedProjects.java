package dev.jixiao.check.rules;

import dev.jixiao.record.Evidence;
import dev.jixiao.record.Project;
import dev.jixiao.record.Report;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the project entries of a record add up to. The entries are the report's full list only
 * when every one of them carries its budget and the lines before do not introduce a choice of them
 * (重点项目…如下表); a list of sampled or deviating projects (names without figures) is a part, and
 * totals are not checked against it.
 */
final class ListedProjects {
  private static final Pattern BLANKS = Pattern.compile("\\s+");

  /** Words that name some of the projects, not all of them (重点项目, 主要项目, 部分项目, 抽查的项目, 得分低于80分的项目). */
  private static final Pattern CHOICE = Pattern.compile("(?:重点|主要|部分|抽查|抽取|选取|典型)(?:的)?项目"
      + "|(?:低于|高于|不足|不到)\\d+(?:\\.\\d+)?分的项目|\\d+(?:\\.\\d+)?分(?:及|[(（]含[)）])?(?:以上|以下)(?:的)?项目");
  /** How far before a list its introduction is looked for. */
  private static final int INTRODUCTION = 160;

  private ListedProjects() {}

  static boolean isFullList(Report r) {
    return carriesBudgets(r) && !introducedAsAChoice(r);
  }

  /** Whether there are entries and every one carries its budget. */
  static boolean carriesBudgets(Report r) {
    return !r.projects().isEmpty() && r.projects().stream().allMatch(p -> p.budget() != null);
  }

  /**
   * Whether the lines right before the list introduce a choice of the projects (重点项目资金执行情况如下表,
   * 抽查项目如下), which a department's report gives beside totals of all its spending.
   */
  static boolean introducedAsAChoice(Report r) {
    String text = r.text();
    int first = r.projects().stream().map(Project::evidence).filter(Objects::nonNull).mapToInt(Evidence::start).min().orElse(-1);
    if (text == null || first <= 0 || first > text.length()) {
      return false;
    }
    // the introducing line, and a table's header and rule lines after it, up to the first entry's line
    int line = text.lastIndexOf('\n', first - 1) + 1;
    List<String> lines = text.substring(Math.max(0, line - INTRODUCTION), line).lines().filter(l -> !l.isBlank()).toList();
    String introduction = String.join("\n", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
    // (every choice names its 项目: an introduction without the word is not searched, twice a report)
    return introduction.contains("项目") && CHOICE.matcher(introduction).find();
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
