package dev.jixiao.extract;

import dev.jixiao.read.TextDocument;
import dev.jixiao.record.Report;
import dev.jixiao.record.Source;

/** The extract stage: a document's text in, its record (without findings) out. */
public interface RecordExtractor {
  Report extract(TextDocument document, Source source);
}
