package dev.jixiao.index.analysis;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * Words of Chinese text by HanLP's Viterbi segmenter with the {@link DomainDictionary}. Offsets
 * are those of the input: HanLP's normalisation is off, so every term is the input's own
 * substring at its offset. Whitespace and punctuation are dropped.
 *
 * <p>In index mode a word is followed by the dictionary words inside it, at the same position
 * (position increment 0), so {@code 人居环境整治} is also found as {@code 人居环境} or {@code 整治}
 * while phrase queries on the main words still line up.
 *
 * <p>Text is segmented in pieces of at most {@value #MAX_PIECE} characters, cut at line ends and
 * sentence punctuation, which bounds the segmenter's work per piece. Each instance owns its
 * {@link Segment} (HanLP segmenters keep configuration state): the {@code Analyzer} makes one per
 * thread and field.
 *
 * <p>A piece's words depend on the piece alone, so the last {@value #CACHED_PIECES} pieces' words
 * are remembered: a record's text is analysed again in its projects' text fields, its unit and
 * title in every document of the record, and reports share their boilerplate lines. Segmenting
 * was 40% of the indexing process's time.
 */
public final class HanLPTokenizer extends Tokenizer {
  static final int MAX_PIECE = 512;
  /** Longest input read; beyond it the text is not indexed (records cap their text well below). */
  static final int MAX_CHARS = 16 * 1024 * 1024;
  static final int CACHED_PIECES = 2048;

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);

  private final Segment segment;
  private final boolean indexMode;
  private final StringBuilder text = new StringBuilder();
  private final char[] buffer = new char[8192];
  /** Tokens of the current input: start, end, position increment, packed three ints each. */
  private int[] tokens = new int[0];
  private int count;
  private int next;
  private int finalOffset;
  /** A piece's tokens relative to its start, packed as in {@link #tokens}; least recently used first. */
  private final Map<String, int[]> pieces = new LinkedHashMap<>(CACHED_PIECES * 2, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, int[]> eldest) {
      return size() > CACHED_PIECES;
    }
  };

  public HanLPTokenizer(boolean indexMode) {
    this.indexMode = indexMode;
    this.segment = new ViterbiSegment()
        .enableCustomDictionary(DomainDictionary.standard().hanlp())
        .enableOffset(true)
        .enableIndexMode(indexMode)
        .enablePartOfSpeechTagging(false)
        .enablePlaceRecognize(false)
        .enableOrganizationRecognize(false)
        .enableNameRecognize(false);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    text.setLength(0);
    for (int n; (n = input.read(buffer)) > 0 && text.length() < MAX_CHARS; ) {
      text.append(buffer, 0, Math.min(n, MAX_CHARS - text.length()));
    }
    count = 0;
    next = 0;
    segmentAll();
  }

  private void segmentAll() {
    int len = text.length();
    int start = 0;
    while (start < len) {
      int end = pieceEnd(start, len);
      if (hasWordChar(text, start, end)) {
        addPiece(start, end);
      }
      start = end;
    }
  }

  private int pieceEnd(int start, int len) {
    int limit = Math.min(len, start + MAX_PIECE);
    for (int i = start; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '。' || c == '；' || c == '！' || c == '？') {
        return i + 1;
      }
    }
    if (limit == len) {
      return len;
    }
    // no sentence end within the limit: cut after the last comma or space, else hard
    for (int i = limit - 1; i > start + MAX_PIECE / 2; i--) {
      char c = text.charAt(i);
      if (c == '，' || c == ',' || c == ' ' || c == '、' || c == '\t') {
        return i + 1;
      }
    }
    return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
  }

  private static boolean hasWordChar(CharSequence s, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private void addPiece(int start, int end) {
    String piece = text.substring(start, end);
    int[] words = pieces.get(piece);
    if (words == null) {
      words = words(piece);
      pieces.put(piece, words);
    }
    for (int i = 0; i < words.length; i += 3) {
      push(start + words[i], start + words[i + 1], words[i + 2]);
    }
  }

  /** The piece's tokens, offsets relative to it: start, end, position increment. */
  private int[] words(String piece) {
    List<Term> terms = segment.seg(piece);
    List<int[]> spans = new ArrayList<>(terms.size());
    for (Term t : terms) {
      int s = t.offset;
      int e = s + t.word.length();
      if (t.offset < 0 || e > piece.length() || !hasWordChar(piece, s, e)) {
        continue;
      }
      spans.add(new int[] {s, e});
    }
    // index mode lists a word, then the words inside it: order by start, longer first
    spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
    int[] out = new int[spans.size() * 3];
    int n = 0;
    int mainEnd = -1;
    int lastStart = -1;
    int lastEnd = -1;
    for (int[] sp : spans) {
      if (sp[0] == lastStart && sp[1] == lastEnd) {
        continue; // the same span twice
      }
      boolean inside = indexMode && sp[1] <= mainEnd;
      if (!inside) {
        mainEnd = sp[1];
      }
      out[n++] = sp[0];
      out[n++] = sp[1];
      out[n++] = inside ? 0 : 1;
      lastStart = sp[0];
      lastEnd = sp[1];
    }
    return Arrays.copyOf(out, n);
  }

  private void push(int start, int end, int posInc) {
    if (count * 3 + 3 > tokens.length) {
      tokens = Arrays.copyOf(tokens, Math.max(64, tokens.length * 2));
    }
    tokens[count * 3] = start;
    tokens[count * 3 + 1] = end;
    tokens[count * 3 + 2] = posInc;
    count++;
  }

  @Override
  public boolean incrementToken() {
    if (next >= count) {
      return false;
    }
    clearAttributes();
    int s = tokens[next * 3];
    int e = tokens[next * 3 + 1];
    int inc = tokens[next * 3 + 2];
    next++;
    termAtt.setEmpty().append(text, s, e);
    offsetAtt.setOffset(correctOffset(s), correctOffset(e));
    posIncAtt.setPositionIncrement(inc);
    posLenAtt.setPositionLength(1);
    return true;
  }

  @Override
  public void end() throws IOException {
    super.end();
    finalOffset = correctOffset(text.length());
    offsetAtt.setOffset(finalOffset, finalOffset);
  }

  @Override
  public void close() throws IOException {
    super.close();
    text.setLength(0);
    if (tokens.length > 1 << 16) {
      tokens = new int[0];
    }
    count = 0;
  }
}
