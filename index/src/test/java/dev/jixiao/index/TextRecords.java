package dev.jixiao.index;

import dev.jixiao.record.Report;
import dev.jixiao.record.ReportKind;
import dev.jixiao.record.Sha256;
import dev.jixiao.record.Source;
import dev.jixiao.record.Status;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** A minimal record for a text file (what a pipeline without extraction would give). */
final class TextRecords {
  private TextRecords() {}

  static Report of(Path file) {
    byte[] bytes = GoldRecords.bytes(file);
    Source source = new Source(file.toString(), Sha256.of(bytes), bytes.length, "txt", false, null, "UTF-8", null, null);
    return new Report(Report.SCHEMA, source, Status.PARTIAL, List.of(), null, null, 2024, ReportKind.UNKNOWN, null, null,
        null, List.of(), List.of(), List.of(), List.of(), new String(bytes, StandardCharsets.UTF_8));
  }
}
