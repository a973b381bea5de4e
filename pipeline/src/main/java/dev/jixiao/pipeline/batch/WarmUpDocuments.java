package dev.jixiao.pipeline.batch;

import dev.jixiao.text.SampleReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A tiny report in each format a worker reads once at start, so that dictionaries and the readers'
 * classes load before the first file's deadline. The Word and PDF copies are resources made once
 * (with POI and PDFBox, one paragraph per line of {@link SampleReport#TEXT}; the PDF in WenQuanYi
 * Zen Hei, subset, as real reports embed their Chinese fonts): writing them at every start cost
 * each worker 0.4 s of loading the writers' classes, which no real file needs. All three are
 * plainly Chinese, so the warm-up does not load the language model, which only other texts need.
 */
final class WarmUpDocuments {
  private WarmUpDocuments() {}

  static byte[] txt() {
    return SampleReport.TEXT.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] docx() {
    return resource("warm-up.docx");
  }

  static byte[] pdf() {
    return resource("warm-up.pdf");
  }

  private static byte[] resource(String name) {
    try (InputStream in = WarmUpDocuments.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is not on the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
