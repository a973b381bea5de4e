package dev.jixiao.read;

import dev.jixiao.record.ErrorCode;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;

/** A word-processor document through a Tika parser's XHTML: one paragraph a line, tables as tab-separated rows. */
final class XhtmlDocuments {
  private XhtmlDocuments() {}

  static TextDocument read(Parser parser, byte[] bytes, ParseContext context, ReadLimits limits, String format) throws ReadFailure {
    XhtmlNode root = TikaXhtml.parse(parser, bytes, context, limits);
    TextAssembler out = new TextAssembler(limits.maxChars());
    XhtmlText.render(root, out);
    String text = out.text();
    if (text.isBlank()) {
      throw new ReadFailure(ErrorCode.EMPTY, "the document has no text");
    }
    return TextDocument.plain(text, format, null, out.tables());
  }
}
