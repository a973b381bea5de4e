package dev.jixiao.index.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;

/**
 * Chinese analysis for report text: HanLP words with the fiscal/project domain dictionary.
 *
 * <p>Two modes, as Solr's index and query analyzers: {@link #forIndex()} adds the dictionary
 * words inside each word at the same position; {@link #forQuery()} keeps each query word whole.
 * Offsets point into the field's text as given (for the report's text field, into
 * {@code Report.text()}).
 */
public final class JixiaoAnalyzer extends Analyzer {
  /** Function words that carry nothing for search (single characters the segmenter keeps alone). */
  public static final CharArraySet STOP_WORDS = CharArraySet.unmodifiableSet(new CharArraySet(java.util.List.of(
      "的", "了", "和", "与", "及", "等", "在", "是", "为", "对", "将", "把", "被", "由", "从", "其",
      "之", "也", "而", "并", "或", "于", "以", "中", "上", "下", "个", "有", "该", "这", "那", "我"), false));

  private final boolean indexMode;

  public JixiaoAnalyzer(boolean indexMode) {
    this.indexMode = indexMode;
  }

  public static JixiaoAnalyzer forIndex() {
    return new JixiaoAnalyzer(true);
  }

  public static JixiaoAnalyzer forQuery() {
    return new JixiaoAnalyzer(false);
  }

  public boolean indexMode() {
    return indexMode;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    HanLPTokenizer source = new HanLPTokenizer(indexMode);
    TokenStream chain = new CJKWidthFilter(source); // full-width Ａ１ → A1, before case folding
    chain = new LowerCaseFilter(chain);
    chain = new StopFilter(chain, STOP_WORDS); // last: it must see the folded forms
    return new TokenStreamComponents(source, chain);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(new CJKWidthFilter(in));
  }
}
