package dev.jixiao.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The pictures of a Word document in the order its text shows them. Tika's XHTML names each where
 * it stands ({@code <img src="embedded:image1.png">}) and hands each picture's bytes to the
 * context's embedded-document extractor, after the body; the names put the bytes in order.
 */
final class WordImages {
  private WordImages() {}

  static List<byte[]> of(Parser parser, byte[] bytes, ReadLimits limits) throws ReadFailure {
    Map<String, byte[]> pictures = new LinkedHashMap<>();
    List<String> order = new ArrayList<>();
    ParseContext context = new ParseContext();
    context.set(EmbeddedDocumentExtractor.class, new EmbeddedDocumentExtractor() {
      @Override
      public boolean shouldParseEmbedded(Metadata metadata) {
        return true;
      }

      @Override
      public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) throws IOException {
        String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
        if (name != null) {
          pictures.put(name, stream.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes())));
        }
      }
    });
    DefaultHandler images = new DefaultHandler() {
      @Override
      public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String src = attributes.getValue("src");
        if ("img".equals(localName) && src != null && src.startsWith("embedded:")) {
          order.add(src.substring("embedded:".length()));
        }
      }
    };
    TikaXhtml.run(parser, bytes, images, context);
    List<byte[]> inOrder = new ArrayList<>();
    for (String name : order) {
      byte[] picture = pictures.remove(name);
      if (picture != null) {
        inOrder.add(picture);
      }
    }
    return inOrder;
  }
}
