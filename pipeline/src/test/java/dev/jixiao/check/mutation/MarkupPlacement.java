package dev.jixiao.check.mutation;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Places a mutation of the text read from a web page in the page's own source: the figure's quote is the k-th of its kind in
 * the text, and where the source holds as many of them, its k-th is changed. Where the counts differ (a quote split by a tag,
 * or written with an entity) the mutation is not placed. A page not in UTF-8 is taken as GB18030, as county sites write them.
 */
final class MarkupPlacement implements MutationRun.Placement {
  private final String source;
  private final Charset charset;

  MarkupPlacement(byte[] bytes) {
    Charset cs = StandardCharsets.UTF_8;
    String decoded;
    try {
      decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      cs = Charset.forName("GB18030");
      decoded = new String(bytes, cs);
    }
    this.source = decoded;
    this.charset = cs;
  }

  @Override
  public byte[] place(Mutation m, String text) {
    String quote = m.at().quote();
    int k = count(text, quote, m.at().start());
    if (count(text, quote, text.length()) != count(source, quote, source.length())) {
      return null;
    }
    int at = -1;
    for (int i = 0; i <= k; i++) {
      at = source.indexOf(quote, at + 1);
    }
    return (source.substring(0, at) + m.replacement() + source.substring(at + quote.length())).getBytes(charset);
  }

  /** Occurrences of {@code quote} starting before {@code end}. */
  private static int count(String s, String quote, int end) {
    int n = 0;
    for (int i = s.indexOf(quote); i >= 0 && i < end; i = s.indexOf(quote, i + 1)) {
      n++;
    }
    return n;
  }
}
