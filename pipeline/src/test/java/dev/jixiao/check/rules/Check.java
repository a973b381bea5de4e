package dev.jixiao.check.rules;

import dev.jixiao.pipeline.Pipeline;
import dev.jixiao.pipeline.Pipelines;
import dev.jixiao.record.Finding;
import dev.jixiao.record.Report;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Test helper: extract and check a report written in the test. */
final class Check {
  private static final Pipeline PIPELINE = Pipelines.standard();

  private Check() {}

  static Report report(String text) {
    return PIPELINE.process("test.txt", text.getBytes(StandardCharsets.UTF_8));
  }

  static List<Finding> findings(String text, String rule) {
    return report(text).findings().stream().filter(f -> f.rule().equals(rule)).toList();
  }

  /** The findings of a rule on a file of the given name (a Markdown file's tables are read as tables). */
  static List<Finding> findings(String file, String text, String rule) {
    return PIPELINE.process(file, text.getBytes(StandardCharsets.UTF_8)).findings().stream().filter(f -> f.rule().equals(rule)).toList();
  }
}
