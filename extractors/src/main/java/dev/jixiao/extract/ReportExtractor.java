package dev.jixiao.extract;

import dev.jixiao.read.TextDocument;
import dev.jixiao.record.Report;
import dev.jixiao.record.ReportKind;
import dev.jixiao.record.Source;
import dev.jixiao.record.Status;
import java.util.List;

/** Placeholder wiring; replaced by the statement-extractor chain. */
public final class ReportExtractor implements RecordExtractor {
  @Override
  public Report extract(TextDocument document, Source source) {
    return new Report(Report.SCHEMA, source, Status.PARTIAL, List.of(), null, null, null, ReportKind.UNKNOWN, null,
        null, null, List.of(), List.of(), List.of(), List.of(), document.text());
  }
}
