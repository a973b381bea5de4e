package dev.jixiao.check.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The four grades of a self-evaluation under one name each, as reports write them long or short (优秀, 优). */
final class Grades {
  private static final Map<String, String> SHORT = Map.of("优秀", "优", "良好", "良", "中等", "中", "较差", "差");
  private static final Set<String> GRADES = Set.of("优", "良", "中", "差");
  /** The four grades, best first. */
  static final List<String> BEST_FIRST = List.of("优", "良", "中", "差");

  private Grades() {}

  static String canonical(String grade) {
    return SHORT.getOrDefault(grade, grade);
  }

  /** Whether it names one of the four grades (not a group of scores, 90分以上, nor 合格). */
  static boolean isGrade(String grade) {
    return grade != null && GRADES.contains(canonical(grade));
  }
}
