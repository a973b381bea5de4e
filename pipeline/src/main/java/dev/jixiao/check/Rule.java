package dev.jixiao.check;

import dev.jixiao.record.Finding;
import dev.jixiao.record.Report;
import java.util.List;

/** One cross-check: recomputes one kind of stated relation of a record and reports where it fails. */
public interface Rule {
  List<Finding> check(Report report);

  default RuleInfo info() {
    RuleInfo info = getClass().getAnnotation(RuleInfo.class);
    if (info == null) {
      throw new IllegalStateException(getClass().getName() + " lacks @RuleInfo");
    }
    return info;
  }
}
