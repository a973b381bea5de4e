package dev.jixiao.pipeline;

import dev.jixiao.check.Checker;
import dev.jixiao.extract.RecordExtractor;
import dev.jixiao.read.FormatDetector;
import dev.jixiao.read.ReadFailure;
import dev.jixiao.read.ReadLimits;
import dev.jixiao.read.Readers;
import dev.jixiao.read.TextDocument;
import dev.jixiao.record.ErrorCode;
import dev.jixiao.record.RecordError;
import dev.jixiao.record.Report;
import dev.jixiao.record.Sha256;
import dev.jixiao.record.Source;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.tika.mime.MediaType;

/**
 * One document, bytes in, record out: detect → read → extract → check. Every input gives exactly
 * one record; whatever goes wrong becomes the record's error, never an exception, so one bad file
 * cannot stop a batch. Holds no mutable state: one instance can serve many threads.
 */
public final class Pipeline {
  private final FormatDetector detector;
  private final Readers readers;
  private final RecordExtractor extractor;
  private final Checker checker;
  private final ReadLimits limits;

  public Pipeline(FormatDetector detector, Readers readers, RecordExtractor extractor, Checker checker, ReadLimits limits) {
    this.detector = detector;
    this.readers = readers;
    this.extractor = extractor;
    this.checker = checker;
    this.limits = limits;
  }

  public ReadLimits limits() {
    return limits;
  }

  /** Reads the file (refusing one larger than the limit before loading it) and processes it. */
  public Report process(Path path) {
    String file = path.toString();
    try {
      long size = Files.size(path);
      if (size > limits.maxBytes()) {
        Source source = new Source(file, null, size, null, false, null, null, null, null);
        return Report.failed(source, RecordError.of(ErrorCode.TOO_LARGE,
            "the file has " + size + " bytes; the limit is " + limits.maxBytes()));
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(path)) {
        bytes = in.readNBytes((int) Math.min(size + 1, limits.maxBytes() + 1));
      }
      return process(file, bytes);
    } catch (IOException e) {
      Source source = new Source(file, null, 0, null, false, null, null, null, null);
      return Report.failed(source, RecordError.of(ErrorCode.UNREADABLE, "cannot read the file: " + e.getMessage()));
    }
  }

  /** Processes one document's bytes; {@code file} is how the record names it. */
  public Report process(String file, byte[] bytes) {
    return process(file, bytes, null);
  }

  /**
   * As {@link #process(String, byte[])}, given the bytes' sha256 when the caller computed it
   * already (null: computed here). A batch hashes every file before it decides to read it; in a
   * worker, which runs C1 only, hashing again was 5% of its time.
   */
  public Report process(String file, byte[] bytes, String sha256) {
    Source source = new Source(file, sha256 != null ? sha256 : Sha256.of(bytes), bytes.length, null, false, null, null, null, null);
    if (bytes.length > limits.maxBytes()) {
      return Report.failed(source, RecordError.of(ErrorCode.TOO_LARGE,
          "the input has " + bytes.length + " bytes; the limit is " + limits.maxBytes()));
    }
    if (bytes.length == 0) {
      return Report.failed(source, RecordError.of(ErrorCode.EMPTY, "the file is empty (0 bytes)"));
    }
    TextDocument document;
    try {
      MediaType type = detector.detect(bytes, fileName(file));
      source = source.withText(Formats.idOf(type), false, null, null);
      document = readers.read(bytes, type, limits);
    } catch (ReadFailure e) {
      return Report.failed(source, e.toError());
    } catch (RuntimeException | StackOverflowError e) {
      return Report.failed(source, RecordError.of(ErrorCode.CORRUPT, "the reader failed: " + e));
    }
    source = source.withText(document.format(), document.ocr(), document.pages(), document.charset());
    Report record;
    try {
      record = extractor.extract(document, source);
    } catch (RuntimeException | StackOverflowError e) {
      return Report.failed(source, RecordError.of(ErrorCode.INTERNAL, "extraction failed: " + e));
    }
    try {
      return record.withFindings(checker.check(record));
    } catch (RuntimeException e) {
      // the record stands; a broken check must not hide the figures that were read
      return record.withFindings(java.util.List.of());
    }
  }

  private static String fileName(String file) {
    int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
    return slash >= 0 ? file.substring(slash + 1) : file;
  }
}
