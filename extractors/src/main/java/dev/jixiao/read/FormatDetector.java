package dev.jixiao.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.tika.detect.Detector;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

/**
 * Names a document's media type from its bytes (Tika's magic detection). The file name is passed
 * only as a hint Tika uses to refine a type the bytes already establish (text → Markdown); a PDF
 * named {@code .docx} is still a PDF.
 */
public final class FormatDetector {
  private final Detector detector;

  public FormatDetector() {
    this.detector = TikaConfig.getDefaultConfig().getDetector();
  }

  public MediaType detect(byte[] bytes, String fileName) {
    Metadata metadata = new Metadata();
    if (fileName != null) {
      metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
    }
    try (ByteArrayInputStream in = new ByteArrayInputStream(bytes)) {
      return detector.detect(in, metadata);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
