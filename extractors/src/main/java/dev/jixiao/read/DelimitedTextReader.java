package dev.jixiao.read;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.csv.TextAndCSVParser;

/**
 * CSV and tab-separated files (a project table saved from Excel, as county sites publish them),
 * read as the table they are: each row a line of tab-separated cells recorded as a {@link Table},
 * as a spreadsheet's. The charset is established as for any text file ({@link TextDecoder}: a
 * BOM, strict UTF-8, else a detected charset that decodes every byte, GB18030 from a Chinese
 * Excel), and Tika's {@link TextAndCSVParser} parses the decoded text with Excel's quoting. The
 * delimiter is the one the type names (a comma, a tab): Tika's sniffer, which would guess it,
 * turns down tables of a few rows, and Excel writes commas in a Chinese locale. A file whose rows
 * are all single cells is text that was only named {@code .csv} (the name is what makes a text
 * file {@code text/csv}; see {@link FormatDetector}) and is read as the plain text it is.
 */
public final class DelimitedTextReader implements DocumentReader {
  static final String CSV = "text/csv";
  static final String TSV = "text/tab-separated-values";

  private final TextDecoder decoder = new TextDecoder();
  private final Parser parser = new TextAndCSVParser();

  @Override
  public Set<String> mediaTypes() {
    return Set.of(CSV, TSV);
  }

  @Override
  public TextDocument read(byte[] bytes, String mediaType, ReadLimits limits) throws ReadFailure {
    return read(decoder.decode(bytes), mediaType, limits);
  }

  @Override
  public TextDocument read(byte[] bytes, MediaType type, ReadLimits limits) throws ReadFailure {
    return read(decoder.decode(bytes, type), type.getBaseType().toString(), limits);
  }

  private TextDocument read(TextDecoder.Decoded decoded, String mediaType, ReadLimits limits) throws ReadFailure {
    // Tika gets the text as decoded here, so both agree on every character (a BOM is not a cell's)
    byte[] utf8 = decoded.text().getBytes(StandardCharsets.UTF_8);
    Metadata metadata = new Metadata();
    // Tika's parser knows tab-separated text as text/tsv, not by the registry's name for it
    metadata.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE,
        mediaType.equals(TSV) ? "text/tsv; charset=UTF-8; delimiter=tab" : "text/csv; charset=UTF-8; delimiter=comma");
    XhtmlNode root = TikaXhtml.parseWithMetadata(parser, utf8, metadata, new ParseContext(), limits).root();
    TextAssembler out = new TextAssembler(limits.maxChars());
    XhtmlText.render(root, out);
    if (out.tables().stream().flatMap(t -> t.rows().stream()).noneMatch(row -> row.cells().size() > 1)) {
      return PlainTextReader.of(decoded, limits);
    }
    return new TextDocument(out.text(), new int[0], mediaType.equals(TSV) ? "tsv" : "csv", decoded.charset(), false, List.of(),
        out.tables());
  }
}
