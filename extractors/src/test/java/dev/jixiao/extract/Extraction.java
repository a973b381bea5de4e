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
      return of(file.toString(), Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file's record from its name and bytes, as if read from disk. */
  public static Report of(String file, byte[] bytes) {
    Path name = Path.of(file);
    try {
      TextDocument doc = Readers.standard().read(bytes, new FormatDetector().detect(bytes, name.getFileName().toString()), ReadLimits.DEFAULTS);
      return EXTRACTOR.extract(doc, new Source(file, null, bytes.length, doc.format(), false, null, doc.charset(), null, null));
    } catch (ReadFailure e) {
      throw new IllegalStateException(e);
    }
  }

  public static Report of(String text) {
    TextDocument doc = TextDocument.plain(text, "txt", "UTF-8");
    return EXTRACTOR.extract(doc, new Source("test.txt", null, text.length(), "txt", false, null, "UTF-8", null, null));
  }
}
