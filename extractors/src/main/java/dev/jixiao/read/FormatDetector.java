package dev.jixiao.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.tika.detect.Detector;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Names a document's media type from its bytes (Tika's magic detection). The file name is passed
 * only as a hint Tika uses to refine a type the bytes already establish (text → Markdown); a PDF
 * named {@code .docx} is still a PDF.
 */
public final class FormatDetector {
  private final Detector detector;
  private final MimeTypes names;

  public FormatDetector() {
    TikaConfig tika = TikaConfig.getDefaultConfig();
    this.detector = tika.getDetector();
    this.names = tika.getMimeRepository();
  }

  public MediaType detect(byte[] bytes, String fileName) {
    MediaType fromBytes = detect(bytes, new Metadata());
    if (fromBytes.equals(MediaType.OCTET_STREAM) && TextDecoder.isText(bytes)) {
      // Tika's magic knows UTF-8 and UTF-16, not GB18030 or Big5 without a BOM
      fromBytes = MediaType.TEXT_PLAIN;
    }
    // Only text is refined by the name (.md is text/plain to magic); for anything else a name
    // could only contradict the bytes: random bytes called .docx are not Word.
    if (fileName == null || !fromBytes.getBaseType().equals(MediaType.TEXT_PLAIN)) {
      return fromBytes;
    }
    // The name alone, not a second magic pass over the bytes (that doubled the cost of every
    // text file): the bytes already said text, the name may only say which kind of text.
    MediaType byName = names.getMimeType(fileName).getType();
    return byName.getType().equals("text") && names.getMediaTypeRegistry().isSpecializationOf(byName, MediaType.TEXT_PLAIN)
        ? byName : fromBytes;
  }

  private MediaType detect(byte[] bytes, Metadata metadata) {
    try (TikaInputStream in = TikaInputStream.get(bytes)) {
      return detector.detect(in, metadata);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
