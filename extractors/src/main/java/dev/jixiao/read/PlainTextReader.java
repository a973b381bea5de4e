package dev.jixiao.read;

import dev.jixiao.record.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.tika.mime.MediaType;

/**
 * Plain text in any charset {@link TextDecoder} can establish. Pipe tables in it (text saved from a
 * markdown viewer or a converter) are tables, as in markdown, and so are rows of tab-separated cells (a Word table saved
 * as text).
 */
public final class PlainTextReader implements DocumentReader {
  private final TextDecoder decoder = new TextDecoder();

  @Override
  public Set<String> mediaTypes() {
    return Set.of("text/plain");
  }

  @Override
  public TextDocument read(byte[] bytes, String mediaType, ReadLimits limits) throws ReadFailure {
    return of(decoder.decode(bytes), limits);
  }

  @Override
  public TextDocument read(byte[] bytes, MediaType type, ReadLimits limits) throws ReadFailure {
    return of(decoder.decode(bytes, type), limits);
  }

  /** Text already decoded, as a plain-text document. */
  static TextDocument of(TextDecoder.Decoded decoded, ReadLimits limits) throws ReadFailure {
    String text = LetterSpacing.close(LineEndings.toLf(decoded.text()));
    if (text.length() > limits.maxChars()) {
      throw new ReadFailure(ErrorCode.TOO_LARGE, "text of " + text.length() + " characters exceeds the limit of " + limits.maxChars());
    }
    if (text.isBlank()) {
      throw new ReadFailure(ErrorCode.EMPTY, "the file holds only white space");
    }
    String paged = PagedText.withPageBreaks(text);
    if (PagedText.isPaged(paged)) {
      return PagedText.read(paged, "txt", decoded.charset());
    }
    String unwrapped = HardWraps.unwrap(text);
    List<Table> tables = new ArrayList<>(PipeTables.of(unwrapped));
    tables.addAll(TabTables.of(unwrapped));
    tables.addAll(SpaceTables.of(unwrapped));
    return TextDocument.plain(unwrapped, "txt", decoded.charset(), tables);
  }
}
