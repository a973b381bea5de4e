package dev.jixiao.pipeline;

import dev.jixiao.check.Checker;
import dev.jixiao.check.RuleCatalog;
import dev.jixiao.extract.ReportExtractor;
import dev.jixiao.read.FormatDetector;
import dev.jixiao.read.ReadLimits;
import dev.jixiao.read.Readers;

/** The standard wiring of the stages: one place that names which reader, extractor and checks run. */
public final class Pipelines {
  private Pipelines() {}

  public static Pipeline standard() {
    return standard(ReadLimits.DEFAULTS);
  }

  public static Pipeline standard(ReadLimits limits) {
    return new Pipeline(new FormatDetector(), Readers.standard(), new ReportExtractor(), RuleCatalog.standard().checker(), limits);
  }

  public static Pipeline withoutChecks(ReadLimits limits) {
    return new Pipeline(new FormatDetector(), Readers.standard(), new ReportExtractor(), Checker.NONE, limits);
  }
}
