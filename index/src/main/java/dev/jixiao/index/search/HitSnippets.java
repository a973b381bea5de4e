package dev.jixiao.index.search;

import static dev.jixiao.index.Fields.NAME;
import static dev.jixiao.index.Fields.TEXT;
import static dev.jixiao.index.Fields.TEXT_START;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.SplittingBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The snippets of a page of hits: the passages of their name and text where the query's words
 * are, with the words' offsets (no markup is put into the text).
 */
final class HitSnippets {
  private static final int SNIPPET_CHARS = 120;

  private final Analyzer indexAnalyzer;

  HitSnippets(Analyzer indexAnalyzer) {
    this.indexAnalyzer = indexAnalyzer;
  }

  /**
   * Each hit's snippets, in the order of {@code page}: its name's, then at most {@code perHit}
   * of its text's. {@code docs} holds the hits' stored fields, their text among them.
   */
  List<List<SearchResult.Snippet>> snippets(IndexSearcher s, ScoreDoc[] page, Map<Integer, Document> docs,
      Query textQuery, int perHit) throws IOException {
    int[] docIds = new int[page.length];
    for (int i = 0; i < page.length; i++) {
      docIds[i] = page[i].doc;
    }
    // one field at a time, each with its own clauses only: the highlighter builds and matches
    // its query once per document and field
    Highlighter h = highlighter(s, docs);
    Object[] textMarks = h.highlight(TEXT, QueryBuilder.highlightQuery(textQuery, TEXT), docIds, perHit);
    Object[] nameMarks = h.highlight(NAME, QueryBuilder.highlightQuery(textQuery, NAME), docIds, 1);
    List<List<SearchResult.Snippet>> out = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      Document d = docs.get(page[i].doc);
      List<SearchResult.Snippet> sn = new ArrayList<>();
      // a project's text is its paragraph of the report's: offsets into the report's text
      int shift = d.getField(TEXT_START) == null ? 0 : d.getField(TEXT_START).numericValue().intValue();
      addSnippets(sn, nameMarks[i], NAME, 0);
      addSnippets(sn, textMarks[i], TEXT, shift);
      out.add(sn);
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static void addSnippets(List<SearchResult.Snippet> out, Object value, String field, int shift) {
    if (value == null) {
      return;
    }
    for (Raw r : (List<Raw>) value) {
      out.add(new SearchResult.Snippet(field, r.text, r.start + shift, r.end + shift, r.highlights));
    }
  }

  private Highlighter highlighter(IndexSearcher s, Map<Integer, Document> docs) {
    return new Highlighter(UnifiedHighlighter.builder(s, indexAnalyzer)
        .withMaxLength(Integer.MAX_VALUE - 1)
        // a line ends a passage too: a table's rows and a heading have no sentence end, and the
        // JDK's sentence rules run across line breaks (a whole table was one snippet)
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            new SplittingBreakIterator(BreakIterator.getSentenceInstance(Locale.CHINA), '\n'), SNIPPET_CHARS, 0.5f))
        .withFormatter(new RawFormatter())
        .withMaxNoHighlightPassages(0), docs);
  }

  /**
   * Exposes the object form of the highlights (a list of {@link Raw} per document), and takes the
   * field values from the documents already read for the hits instead of reading them again.
   */
  private static final class Highlighter extends UnifiedHighlighter {
    private final Map<Integer, Document> docs;

    Highlighter(UnifiedHighlighter.Builder b, Map<Integer, Document> docs) {
      super(b);
      this.docs = docs;
    }

    /** One field's highlights, in the order of {@code docIds}; all null when {@code q} is. */
    Object[] highlight(String field, Query q, int[] docIds, int max) throws IOException {
      if (q == null) {
        return new Object[docIds.length];
      }
      return highlightFieldsAsObjects(new String[] {field}, q, docIds, new int[] {max}).get(field);
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
        throws IOException {
      // as UnifiedHighlighter.loadFieldValues does it, from the documents at hand
      List<CharSequence[]> out = new ArrayList<>();
      int sumChars = 0;
      do {
        int docId = docIter.nextDoc();
        if (docId == DocIdSetIterator.NO_MORE_DOCS) {
          break;
        }
        Document d = docs.get(docId);
        if (d == null) {
          throw new IllegalStateException("doc " + docId + " was not read for the hits");
        }
        CharSequence[] values = new CharSequence[fields.length];
        for (int i = 0; i < fields.length; i++) {
          values[i] = d.get(fields[i]);
          sumChars += values[i] == null ? 0 : values[i].length();
        }
        out.add(values);
      } while (sumChars <= cacheCharsThreshold && cacheCharsThreshold != 0);
      return out;
    }
  }

  private record Raw(String text, int start, int end, List<int[]> highlights) {}

  /** Passages as offsets: no markup is put into the text. */
  private static final class RawFormatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      List<Raw> out = new ArrayList<>(passages.length);
      for (Passage p : passages) {
        int start = p.getStartOffset();
        int end = p.getEndOffset();
        // trim the line breaks and spaces a sentence break leaves at the ends
        while (start < end && Character.isWhitespace(content.charAt(start))) {
          start++;
        }
        while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
          end--;
        }
        List<int[]> hl = new ArrayList<>();
        int last = -1;
        for (int i = 0; i < p.getNumMatches(); i++) {
          int ms = Math.max(p.getMatchStarts()[i], start);
          int me = Math.min(p.getMatchEnds()[i], end);
          if (me <= ms) {
            continue;
          }
          if (ms < last) {
            // an overlapping match (a sub-word inside a word): extend the previous one
            int[] prev = hl.get(hl.size() - 1);
            prev[1] = Math.max(prev[1], me - start);
            last = Math.max(last, me);
            continue;
          }
          hl.add(new int[] {ms - start, me - start});
          last = me;
        }
        out.add(new Raw(content.substring(start, end), start, end, hl));
      }
      return out;
    }
  }
}
