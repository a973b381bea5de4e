package dev.jixiao.read;

import dev.jixiao.record.ErrorCode;
import java.util.List;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.IdentityHtmlMapper;
import org.apache.tika.parser.html.JSoupParser;

/**
 * Government web pages through Tika's HTML parser (jsoup; it also settles the page's charset from
 * the meta tag or the bytes). Tika's default mapping drops {@code <article>}, {@code <nav>} and the
 * id and class attributes, which are exactly what tells the report from the site around it, so the
 * identity mapping is used and {@link ArticleSelector} keeps the article. What the page hides
 * (a print-only copy, Word's hidden TOC page numbers) is left out, unless the article is nothing
 * but hidden text: a page that shows its text by script still has it read.
 */
public final class HtmlReader implements DocumentReader {
  private final JSoupParser parser = new JSoupParser();

  @Override
  public Set<String> mediaTypes() {
    return Set.of("text/html", "application/xhtml+xml");
  }

  @Override
  public TextDocument read(byte[] bytes, String mediaType, ReadLimits limits) throws ReadFailure {
    ParseContext context = new ParseContext();
    context.set(HtmlMapper.class, IdentityHtmlMapper.INSTANCE);
    TikaXhtml.Parsed parsed = TikaXhtml.parseWithMetadata(parser, bytes, context, limits);
    TextAssembler out = new TextAssembler(limits.maxChars());
    XhtmlText.renderPage(ArticleSelector.select(parsed.root().shown()), out);
    if (out.text().isBlank()) {
      out = new TextAssembler(limits.maxChars());
      XhtmlText.renderPage(ArticleSelector.select(parsed.root()), out);
    }
    String text = out.text();
    if (text.isBlank()) {
      throw new ReadFailure(ErrorCode.EMPTY, "the page has no article text");
    }
    String charset = parsed.metadata().get(Metadata.CONTENT_ENCODING);
    return new TextDocument(text, new int[0], "html", charset, false, List.of(), out.tables());
  }
}
