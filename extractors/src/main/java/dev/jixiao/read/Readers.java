package dev.jixiao.read;

import dev.jixiao.record.ErrorCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.tika.mime.MediaType;

/**
 * Finds the reader for a media type: a lookup table, not a chain of ifs (as Tika's
 * CompositeParser). Register further formats with {@link Builder#add}.
 */
public final class Readers {
  private final Map<String, DocumentReader> byType;

  private Readers(Map<String, DocumentReader> byType) {
    this.byType = Map.copyOf(byType);
  }

  /** The readers that ship with Jixiao. */
  public static Readers standard() {
    return builder().add(new PlainTextReader()).add(new MarkdownReader()).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Reads a document of the given type, or fails with {@code unsupported-format}. */
  public TextDocument read(byte[] bytes, MediaType type, ReadLimits limits) throws ReadFailure {
    DocumentReader reader = readerFor(type);
    if (reader == null) {
      throw new ReadFailure(ErrorCode.UNSUPPORTED_FORMAT, "no reader for " + type + " (supported: " + supported() + ")");
    }
    return reader.read(bytes, type.getBaseType().toString(), limits);
  }

  public DocumentReader readerFor(MediaType type) {
    return byType.get(type.getBaseType().toString());
  }

  public List<String> supported() {
    List<String> types = new ArrayList<>(byType.keySet());
    types.sort(null);
    return types;
  }

  public static final class Builder {
    private final Map<String, DocumentReader> byType = new HashMap<>();

    public Builder add(DocumentReader reader) {
      for (String type : reader.mediaTypes()) {
        byType.put(type, reader);
      }
      return this;
    }

    public Readers build() {
      return new Readers(byType);
    }
  }
}
