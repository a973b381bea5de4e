package dev.jixiao.index.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.index.GoldRecords;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/**
 * The token-stream contract, as Lucene's BaseTokenStreamTestCase checks it: offsets within the
 * text and never going backwards, end() giving the text's length, position increments ≥ 0 (the
 * first ≥ 1), the same tokens on reuse and from many threads; and offsets true to the text.
 */
class JixiaoAnalyzerTest {
  record Tok(String term, int start, int end, int posInc) {}

  static List<Tok> tokens(Analyzer a, String text) {
    List<Tok> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("text", new StringReader(text))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int lastStart = 0;
      int lastEnd = 0;
      boolean first = true;
      while (ts.incrementToken()) {
        assertThat(off.startOffset()).as("start ≥ previous start").isGreaterThanOrEqualTo(lastStart);
        assertThat(off.endOffset()).as("end ≥ start").isGreaterThanOrEqualTo(off.startOffset());
        assertThat(off.endOffset()).as("end within text").isLessThanOrEqualTo(text.length());
        assertThat(inc.getPositionIncrement()).isGreaterThanOrEqualTo(first ? 1 : 0);
        // a token with increment 0 lies inside the word before it (a sub-word)
        if (inc.getPositionIncrement() == 0) {
          assertThat(off.endOffset()).isLessThanOrEqualTo(lastEnd);
        } else {
          lastEnd = off.endOffset();
        }
        assertThat(term.length()).isPositive();
        out.add(new Tok(term.toString(), off.startOffset(), off.endOffset(), inc.getPositionIncrement()));
        lastStart = off.startOffset();
        first = false;
      }
      ts.end();
      assertThat(off.endOffset()).as("final offset").isEqualTo(text.length());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static void assertTrueOffsets(String text, List<Tok> toks) {
    for (Tok t : toks) {
      // terms are the text's own characters, width-folded and lower-cased
      String span = text.substring(t.start(), t.end());
      assertThat(fold(span)).isEqualTo(t.term());
    }
  }

  static String fold(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(c >= '！' && c <= '～' ? (char) (c - 0xFEE0) : c);
    }
    return b.toString().toLowerCase(java.util.Locale.ROOT);
  }

  @Test
  void domainWordsStayWholeAndSubWordsShareTheirPosition() {
    List<Tok> q = tokens(JixiaoAnalyzer.forQuery(), "郑家驿镇的人居环境整治和三公经费");
    assertThat(q).extracting(Tok::term).containsExactly("郑家驿镇", "人居环境整治", "三公经费");
    List<Tok> ix = tokens(JixiaoAnalyzer.forIndex(), "人居环境整治");
    assertThat(ix).extracting(Tok::term).containsExactly("人居环境整治", "人居环境", "人居", "环境", "整治");
    assertThat(ix).extracting(Tok::posInc).containsExactly(1, 0, 0, 0, 0);
  }

  @Test
  void offsetsPointIntoTheSampleTexts() {
    for (String seed : GoldRecords.SEEDS) {
      String text = GoldRecords.record(seed).text();
      for (Analyzer a : List.of(JixiaoAnalyzer.forIndex(), JixiaoAnalyzer.forQuery())) {
        List<Tok> toks = tokens(a, text);
        assertThat(toks).hasSizeGreaterThan(500);
        assertTrueOffsets(text, toks);
      }
    }
  }

  @Test
  void fullWidthAndCaseAreFolded() {
    List<Tok> t = tokens(JixiaoAnalyzer.forQuery(), "ＰＰＰ项目２０２３年");
    assertThat(t).extracting(Tok::term).contains("ppp", "2023");
    assertTrueOffsets("ＰＰＰ项目２０２３年", t);
  }

  @Test
  void longLinesAndGarbageNeverBreakTheContract() {
    Random r = new Random(42);
    StringBuilder noBreaks = new StringBuilder();
    while (noBreaks.length() < 5000) {
      noBreaks.append("乡村振兴经费四项目全年预算为300万元根据支出进度表");
    }
    List<String> texts = new ArrayList<>(List.of("", " ", "\n\n", "。。。", "a", "😀乡村😀振兴", noBreaks.toString()));
    for (int i = 0; i < 50; i++) {
      StringBuilder s = new StringBuilder();
      int n = r.nextInt(300);
      for (int j = 0; j < n; j++) {
        int kind = r.nextInt(4);
        s.appendCodePoint(switch (kind) {
          case 0 -> 0x4E00 + r.nextInt(0x5000);
          case 1 -> 0x20 + r.nextInt(0x60);
          case 2 -> "。，、；：\n\t（）％".codePointAt(r.nextInt(10));
          default -> 0x1F600 + r.nextInt(50);
        });
      }
      texts.add(s.toString());
    }
    Analyzer a = JixiaoAnalyzer.forIndex();
    for (String t : texts) {
      List<Tok> once = tokens(a, t);
      assertTrueOffsets(t, once);
      assertThat(tokens(a, t)).as("same tokens on reuse").isEqualTo(once);
    }
  }

  /**
   * The tokenizer remembers the words of pieces it has segmented: whatever it analysed before, a
   * text gets the tokens a fresh analyzer gives it (the sample texts, then every line and every
   * span of 40–400 characters of them, as projects' text fields are spans of their report's).
   */
  @Test
  void rememberedPiecesGiveTheTokensOfAFreshAnalyzer() {
    Analyzer shared = JixiaoAnalyzer.forIndex();
    Random r = new Random(7);
    for (String seed : GoldRecords.SEEDS) {
      String text = GoldRecords.record(seed).text();
      assertThat(tokens(shared, text)).isEqualTo(tokens(JixiaoAnalyzer.forIndex(), text));
      List<String> parts = new ArrayList<>(List.of(text.split("\n")));
      for (int i = 0; i < 30; i++) {
        int start = r.nextInt(Math.max(1, text.length() - 400));
        parts.add(text.substring(start, Math.min(text.length(), start + 40 + r.nextInt(360))));
      }
      for (String part : parts) {
        assertThat(tokens(shared, part)).as(part).isEqualTo(tokens(JixiaoAnalyzer.forIndex(), part));
      }
    }
  }

  @Test
  void manyThreadsGetTheSameTokens() throws Exception {
    Analyzer a = JixiaoAnalyzer.forIndex();
    List<String> texts = GoldRecords.SEEDS.stream().map(s -> GoldRecords.record(s).text()).toList();
    List<List<Tok>> expected = texts.stream().map(t -> tokens(JixiaoAnalyzer.forIndex(), t)).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> runs = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        int k = i % texts.size();
        runs.add(pool.submit(() -> tokens(a, texts.get(k)).equals(expected.get(k))));
      }
      for (Future<Boolean> f : runs) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
