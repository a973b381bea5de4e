package dev.jixiao.extract;

import dev.jixiao.read.FormatDetector;
import dev.jixiao.read.ReadFailure;
import dev.jixiao.read.ReadLimits;
import dev.jixiao.read.Readers;
import dev.jixiao.read.TextDocument;
import dev.jixiao.record.Report;
import dev.jixiao.record.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test helper: read a file or a string and extract its record, without the later stages. */
public final class Extraction {
  private static final ReportExtractor EXTRACTOR = new ReportExtractor();

  private Extraction() {}

  public static Report of(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      TextDocument doc = Readers.standard().read(bytes, new FormatDetector().detect(bytes, file.getFileName().toString()), ReadLimits.DEFAULTS);
      return EXTRACTOR.extract(doc, new Source(file.toString(), null, bytes.length, doc.format(), false, null, doc.charset(), null, null));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ReadFailure e) {
      throw new IllegalStateException(e);
    }
  }

  public static Report of(String text) {
    TextDocument doc = TextDocument.plain(text, "txt", "UTF-8");
    return EXTRACTOR.extract(doc, new Source("test.txt", null, text.length(), "txt", false, null, "UTF-8", null, null));
  }
}
