package dev.jixiao.check;

import dev.jixiao.record.Finding;
import dev.jixiao.record.Report;
import java.util.List;

/** The check stage: recomputes the relations a record states and reports what fails. */
public interface Checker {
  List<Finding> check(Report report);

  Checker NONE = report -> List.of();
}
