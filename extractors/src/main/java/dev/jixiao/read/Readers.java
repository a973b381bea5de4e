package dev.jixiao.read;

import dev.jixiao.record.ErrorCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.tika.mime.MediaType;

/**
 * Finds the reader for a media type: a lookup table, not a chain of ifs (as Tika's
 * CompositeParser). Register further formats with {@link Builder#add} and fallbacks (OCR) with
 * {@link Builder#fallback}. Every read runs under {@link ReadWatchdog}: the reader gets
 * {@link ReadLimits#timeout()}, its fallback {@link ReadLimits#ocrTimeout()}.
 */
public final class Readers {
  private final Map<String, DocumentReader> byType;
  private final Map<String, FallbackReader> fallbacks;

  private Readers(Map<String, DocumentReader> byType, Map<String, FallbackReader> fallbacks) {
    this.byType = Map.copyOf(byType);
    this.fallbacks = Map.copyOf(fallbacks);
  }

  /** The readers that ship with Jixiao, OCR through {@code tesseract} on the PATH. */
  public static Readers standard() {
    return withFallbacks(ocrFallbacks());
  }

  /** The standard readers with the given OCR fallback (or none, when null). */
  public static Readers standard(FallbackReader ocr) {
    return withFallbacks(ocr == null ? List.of() : List.of(ocr));
  }

  /** The standard readers with these fallbacks. */
  public static Readers withFallbacks(List<FallbackReader> fallbacks) {
    Builder builder = builder()
        .add(new PlainTextReader())
        .add(new MarkdownReader())
        .add(new HtmlReader())
        .add(new WordReader())
        .add(new OdtRtfReader())
        .add(new SpreadsheetReader())
        .add(new DelimitedTextReader())
        .add(new PdfReader())
        .add(new ImageReader());
    fallbacks.forEach(builder::fallback);
    return builder.build();
  }

  /**
   * OCR through {@code tesseract} on the PATH for scanned PDF pages, image files and Word files of
   * pasted scans, sharing one pool of a thread per core: a document is one of them, and any keeps
   * every core busy.
   */
  public static List<FallbackReader> ocrFallbacks() {
    PageOcr ocr = new PageOcr(new TesseractOcr(), Runtime.getRuntime().availableProcessors());
    return List.of(new PdfOcrFallback(ocr, false), new ImageOcrFallback(ocr), new WordImagesOcrFallback(ocr));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Reads a document of the given type, or fails with {@code unsupported-format}. */
  public TextDocument read(byte[] bytes, MediaType type, ReadLimits limits) throws ReadFailure {
    if (bytes.length == 0) {
      throw new ReadFailure(ErrorCode.EMPTY, "the file is empty (0 bytes)");
    }
    if (bytes.length > limits.maxBytes()) {
      throw new ReadFailure(ErrorCode.TOO_LARGE, "the input has " + bytes.length + " bytes; the limit is " + limits.maxBytes());
    }
    DocumentReader reader = readerFor(type);
    if (reader == null) {
      throw new ReadFailure(ErrorCode.UNSUPPORTED_FORMAT, "no reader for " + type
          + (type.equals(MediaType.OCTET_STREAM) ? ": the bytes are not text nor a document format Tika recognises" : ""));
    }
    String mediaType = type.getBaseType().toString();
    FallbackReader fallback = fallbacks.get(mediaType);
    TextDocument first;
    ReadFailure nothingRead = null;
    try {
      first = ReadWatchdog.run(name(reader), limits.timeout(), () -> reader.read(bytes, type, limits));
    } catch (ReadFailure e) {
      if (fallback == null || e.code() != ErrorCode.EMPTY) {
        throw e;
      }
      first = null;
      nothingRead = e;
    }
    if (fallback != null && fallback.wants(first)) {
      TextDocument primary = first;
      try {
        TextDocument completed =
            ReadWatchdog.run(name(fallback), limits.ocrTimeout(), () -> fallback.complete(bytes, primary, limits));
        if (completed != null) {
          return completed;
        }
      } catch (ReadFailure e) {
        if (primary == null) {
          throw e;
        }
        // the pages that have text are still worth a record; say what is missing
        return primary.withWarning(e.toError());
      }
    }
    if (first == null) {
      throw nothingRead;
    }
    return first;
  }

  public DocumentReader readerFor(MediaType type) {
    return byType.get(type.getBaseType().toString());
  }

  public List<String> supported() {
    List<String> types = new ArrayList<>(byType.keySet());
    types.sort(null);
    return types;
  }

  private static String name(Object reader) {
    return reader.getClass().getSimpleName();
  }

  public static final class Builder {
    private final Map<String, DocumentReader> byType = new HashMap<>();
    private final Map<String, FallbackReader> fallbacks = new HashMap<>();

    public Builder add(DocumentReader reader) {
      for (String type : reader.mediaTypes()) {
        byType.put(type, reader);
      }
      return this;
    }

    public Builder fallback(FallbackReader reader) {
      for (String type : reader.mediaTypes()) {
        fallbacks.put(type, reader);
      }
      return this;
    }

    public Readers build() {
      return new Readers(byType, fallbacks);
    }
  }
}
