package dev.jixiao.read;

import dev.jixiao.record.ErrorCode;
import java.util.List;
import java.util.Set;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;

/**
 * Excel workbooks through Tika's POI-based parsers ({@code .xlsx} with {@link OOXMLParser},
 * {@code .xls} with {@link OfficeParser}). Each sheet becomes its name on a line and a
 * {@link Table} of its rows. Tika formats numeric cells with their own number format (POI's
 * {@code DataFormatter}), which is what keeps {@code 41.60} from becoming {@code 41.6}: the
 * figure as written, with its precision, is what the checks need.
 */
public final class SpreadsheetReader implements DocumentReader {
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String XLS = "application/vnd.ms-excel";

  private final Parser ooxml = new OOXMLParser();
  private final Parser ole2 = new OfficeParser();

  @Override
  public Set<String> mediaTypes() {
    return Set.of(XLSX, XLS, "application/vnd.ms-excel.sheet.macroenabled.12");
  }

  @Override
  public TextDocument read(byte[] bytes, String mediaType, ReadLimits limits) throws ReadFailure {
    boolean xls = mediaType.equals(XLS);
    XhtmlNode root = TikaXhtml.parse(xls ? ole2 : ooxml, bytes, new ParseContext(), limits);
    TextAssembler out = new TextAssembler(limits.maxChars());
    XhtmlText.render(root, out);
    if (out.tables().isEmpty()) {
      throw new ReadFailure(ErrorCode.EMPTY, "the workbook has no cells with content");
    }
    return new TextDocument(out.text(), new int[0], xls ? "xls" : "xlsx", null, false, List.of(), out.tables());
  }
}
