package dev.jixiao.index.search;

import dev.jixiao.index.Fields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Turns a {@link ParsedQuery} into Lucene queries. Free text: every word of a part must occur
 * (in the text, the project name or title, or the unit's names), scored by BM25 with names
 * boosted; a quoted part is a phrase. Keyword filters: values of one field are alternatives,
 * fields combine with AND. Ranges: points on the figure fields. Only report and project
 * documents are ever found.
 */
public final class QueryBuilder {
  static final float NAME_BOOST = 3f;
  static final float META_BOOST = 2f;

  /** How far apart the parts of a split word may be (结余资金 in 结余了部分资金). */
  static final int SPLIT_SLOP = 3;

  private final Analyzer analyzer;
  private final Analyzer splitter;

  public QueryBuilder(Analyzer queryAnalyzer) {
    this(queryAnalyzer, null);
  }

  /**
   * With {@code splitter} (the index-time analyzer, which emits the dictionary words inside a
   * word), a query word also matches its parts written near each other: 三公经费 finds “三公”经费,
   * 预算执行率 finds 预算支出执行率.
   */
  public QueryBuilder(Analyzer queryAnalyzer, Analyzer splitter) {
    this.analyzer = queryAnalyzer;
    this.splitter = splitter;
  }

  /** The free-text part alone (what the highlighter marks); null when there is none. */
  public Query textQuery(ParsedQuery q) {
    List<Query> required = new ArrayList<>();
    List<Query> excluded = new ArrayList<>();
    for (ParsedQuery.TextPart part : q.text()) {
      Query pq = part(part);
      if (pq != null) {
        (part.negated() ? excluded : required).add(pq);
      }
    }
    if (required.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    // all parts must occur; scored as their sum (SumQuery: as a conjunction, with bounds)
    b.add(required.size() == 1 ? required.get(0) : new SumQuery(required), Occur.MUST);
    for (Query x : excluded) {
      b.add(x, Occur.MUST_NOT);
    }
    return b.build();
  }

  /**
   * What the highlighter needs to mark {@code field} ({@link Fields#TEXT} or {@link Fields#NAME})
   * in a hit of {@code textQuery} ({@link #textQuery}): that field's clauses of it, each optional,
   * the excluded words left out; null when none is left. For a document that matches {@code
   * textQuery} it matches the same words and phrases in that field (a text query's matches are
   * the union of its clauses' matches), but the highlighter, which builds and runs its query
   * once per document and field, does not build and run the other fields' clauses. Made from the
   * query itself, so the text is not analysed again.
   */
  public static Query highlightQuery(Query textQuery, String field) {
    if (textQuery instanceof BooleanQuery b) {
      BooleanQuery.Builder out = new BooleanQuery.Builder();
      int clauses = 0;
      for (BooleanClause c : b.clauses()) {
        if (c.getOccur() == Occur.MUST_NOT) {
          continue; // a hit has none of them
        }
        Query sub = highlightQuery(c.getQuery(), field);
        if (sub != null) {
          out.add(sub, Occur.SHOULD);
          clauses++;
        }
      }
      return clauses == 0 ? null : out.build();
    }
    if (textQuery instanceof SumQuery sum) {
      return highlightQuery(sum.conjunction(), field);
    }
    if (textQuery instanceof SplitWordQuery sw) {
      return highlightQuery(sw.dismax(), field);
    }
    if (textQuery instanceof DisjunctionMaxQuery d) {
      List<Query> kept = new ArrayList<>();
      for (Query q : d.getDisjuncts()) {
        if (field.equals(fieldOf(q))) {
          kept.add(q);
        }
      }
      return kept.isEmpty() ? null : new DisjunctionMaxQuery(kept, d.getTieBreakerMultiplier());
    }
    return field.equals(fieldOf(textQuery)) ? textQuery : null;
  }

  /** The field of a term or phrase query (boosted or not) as {@link #part} builds them. */
  private static String fieldOf(Query q) {
    if (q instanceof BoostQuery b) {
      return fieldOf(b.getQuery());
    }
    if (q instanceof TermQuery t) {
      return t.getTerm().field();
    }
    if (q instanceof PhraseQuery p) {
      return p.getField();
    }
    throw new IllegalArgumentException("not a free-text clause: " + q);
  }

  /** The whole query; {@code skipFilterOn} leaves out the filters of one field (drill sideways). */
  public Query build(ParsedQuery q, String skipFilterOn) {
    return build(q, skipFilterOn, textQuery(q));
  }

  /** The whole query with its free-text part already built ({@link #textQuery}). */
  public Query build(ParsedQuery q, String skipFilterOn, Query text) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    base(b, q, text);
    List<String> rules = q.filters().get(Fields.RULE);
    List<String> severities = q.filters().get(Fields.SEVERITY);
    boolean paired = rules != null && severities != null;
    for (Map.Entry<String, List<String>> e : q.filters().entrySet()) {
      String f = e.getKey();
      if (f.equals(skipFilterOn) || paired && (f.equals(Fields.RULE) || f.equals(Fields.SEVERITY))) {
        continue;
      }
      b.add(filter(f, e.getValue()), Occur.FILTER);
    }
    if (paired && !Fields.RULE.equals(skipFilterOn)) {
      b.add(rulesWithSeverity(rules, severities), Occur.FILTER);
    } else if (paired) {
      b.add(terms(Fields.SEVERITY, severities), Occur.FILTER);
    }
    rest(b, q);
    return b.build();
  }

  /**
   * The query split for drill sideways: {@code base} holds all but the filters on facet
   * dimensions ({@link Fields#FACETS}); {@code dims} has one filter per such dimension, in the
   * order of the query. {@code base} with every filter of {@code dims} finds what {@link
   * #build(ParsedQuery, String, Query)} finds with {@code skipFilterOn} null; without the filter
   * of one dimension, what it finds with that dimension skipped.
   */
  public DrillDown drillDown(ParsedQuery q, Query text) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    base(b, q, text);
    Map<String, Query> dims = new LinkedHashMap<>();
    List<String> rules = q.filters().get(Fields.RULE);
    List<String> severities = q.filters().get(Fields.SEVERITY);
    boolean paired = rules != null && severities != null;
    for (Map.Entry<String, List<String>> e : q.filters().entrySet()) {
      String f = e.getKey();
      if (paired && f.equals(Fields.RULE)) {
        // one finding with that rule and that severity; without the rule, the severity alone
        dims.put(f, rulesWithSeverity(rules, severities));
      } else if (Fields.FACETS.contains(f)) {
        dims.put(f, filter(f, e.getValue()));
      } else {
        b.add(filter(f, e.getValue()), Occur.FILTER);
      }
    }
    rest(b, q);
    return new DrillDown(b.build(), dims);
  }

  /** {@link #drillDown}'s result: the base query and a filter per drilled facet dimension. */
  public record DrillDown(Query base, Map<String, Query> dims) {}

  /** The free text (or every document less the excluded words), and the type if needed. */
  private void base(BooleanQuery.Builder b, ParsedQuery q, Query text) {
    if (text != null) {
      b.add(text, Occur.MUST);
    } else {
      b.add(new MatchAllDocsQuery(), Occur.MUST);
      for (ParsedQuery.TextPart part : q.text()) {
        Query pq = part(part);
        if (pq != null) {
          b.add(pq, Occur.MUST_NOT);
        }
      }
    }
    if (!q.filters().containsKey(Fields.TYPE) && text == null) {
      // free text only matches reports and projects (file documents have no text fields): the
      // filter would only cost a check per candidate
      b.add(terms(Fields.TYPE, List.of(Fields.TYPE_REPORT, Fields.TYPE_PROJECT)), Occur.FILTER);
    }
  }

  /** The excluded values and the ranges. */
  private void rest(BooleanQuery.Builder b, ParsedQuery q) {
    for (Map.Entry<String, List<String>> e : q.excluded().entrySet()) {
      b.add(filter(e.getKey(), e.getValue()), Occur.MUST_NOT);
    }
    for (ParsedQuery.Range r : q.ranges()) {
      b.add(range(r), Occur.FILTER);
    }
  }

  private static Query rulesWithSeverity(List<String> rules, List<String> severities) {
    List<String> pairs = new ArrayList<>();
    for (String r : rules) {
      for (String s : severities) {
        pairs.add(r + "/" + s);
      }
    }
    return terms(Fields.RULE_SEVERITY, pairs);
  }

  private static Query filter(String field, List<String> values) {
    if (field.equals(Fields.YEAR)) {
      int[] years = values.stream().mapToInt(Integer::parseInt).toArray();
      return IntPoint.newSetQuery(Fields.YEAR, years);
    }
    return terms(field, values);
  }

  private static Query terms(String field, List<String> values) {
    if (values.size() == 1) {
      return new TermQuery(new Term(field, values.get(0)));
    }
    List<BytesRef> refs = values.stream().map(BytesRef::new).toList();
    return new TermInSetQuery(field, refs);
  }

  static Query range(ParsedQuery.Range r) {
    if (r.field().equals(Fields.YEAR)) {
      int lo = r.min() == null ? Integer.MIN_VALUE : (int) Math.ceil(r.min()) + (r.minInclusive() || r.min() != Math.floor(r.min()) ? 0 : 1);
      int hi = r.max() == null ? Integer.MAX_VALUE : (int) Math.floor(r.max()) - (r.maxInclusive() || r.max() != Math.floor(r.max()) ? 0 : 1);
      return lo > hi ? new MatchNoDocsQuery() : IntPoint.newRangeQuery(Fields.YEAR, lo, hi);
    }
    double lo = r.min() == null ? Double.NEGATIVE_INFINITY : r.minInclusive() ? r.min() : Math.nextUp(r.min());
    double hi = r.max() == null ? Double.POSITIVE_INFINITY : r.maxInclusive() ? r.max() : Math.nextDown(r.max());
    return lo > hi ? new MatchNoDocsQuery() : DoublePoint.newRangeQuery(r.field(), lo, hi);
  }

  /** One free-text part over the text, name and unit fields; null when it has no words. */
  Query part(ParsedQuery.TextPart part) {
    List<List<String>> positions = analyze(part.text());
    if (positions.isEmpty()) {
      return null;
    }
    if (part.phrase() && positions.size() > 1) {
      List<Query> perField = new ArrayList<>();
      perField.add(phrase(Fields.TEXT, positions));
      perField.add(new BoostQuery(phrase(Fields.NAME, positions), NAME_BOOST));
      perField.add(new BoostQuery(phrase(Fields.META, positions), META_BOOST));
      return new DisjunctionMaxQuery(perField, 0.1f);
    }
    List<Query> all = new ArrayList<>();
    for (List<String> words : positions) {
      String w = words.get(0);
      List<Query> perField = new ArrayList<>(List.of(
          new TermQuery(new Term(Fields.TEXT, w)),
          new BoostQuery(new TermQuery(new Term(Fields.NAME, w)), NAME_BOOST),
          new BoostQuery(new TermQuery(new Term(Fields.META, w)), META_BOOST)));
      List<String> parts = split(w);
      if (parts.size() > 1) {
        for (String f : List.of(Fields.TEXT, Fields.NAME)) {
          PhraseQuery.Builder pq = new PhraseQuery.Builder().setSlop(SPLIT_SLOP);
          for (int i = 0; i < parts.size(); i++) {
            pq.add(new Term(f, parts.get(i)), i);
          }
          perField.add(new BoostQuery(pq.build(), 0.5f));
        }
        // scored alike, but the phrases are only verified where a document may reach the page
        all.add(new SplitWordQuery(new DisjunctionMaxQuery(perField, 0.1f)));
        continue;
      }
      all.add(new DisjunctionMaxQuery(perField, 0.1f));
    }
    // every word must occur: one word alone, or their sum (SumQuery: as a conjunction, with bounds)
    return all.size() == 1 ? all.get(0) : new SumQuery(all);
  }

  /** The word as consecutive dictionary words (longest first), or just the word when it has none. */
  List<String> split(String word) {
    if (splitter == null || word.length() < 3) {
      return List.of(word);
    }
    List<int[]> spans = new ArrayList<>();
    List<String> terms = new ArrayList<>();
    try (TokenStream ts = splitter.tokenStream(Fields.TEXT, word)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      org.apache.lucene.analysis.tokenattributes.OffsetAttribute off =
          ts.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (off.endOffset() - off.startOffset() < word.length()) {
          spans.add(new int[] {off.startOffset(), off.endOffset()});
          terms.add(term.toString());
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> cover = new ArrayList<>();
    int at = 0;
    while (at < word.length()) {
      int best = -1;
      for (int i = 0; i < spans.size(); i++) {
        if (spans.get(i)[0] == at && (best < 0 || spans.get(i)[1] > spans.get(best)[1])) {
          best = i;
        }
      }
      if (best < 0) {
        return List.of(word);
      }
      cover.add(terms.get(best));
      at = spans.get(best)[1];
    }
    return cover;
  }

  private static Query phrase(String field, List<List<String>> positions) {
    PhraseQuery.Builder p = new PhraseQuery.Builder();
    for (int i = 0; i < positions.size(); i++) {
      p.add(new Term(field, positions.get(i).get(0)), i);
    }
    return p.build();
  }

  /** The query analyzer's words, by position (a position can hold several). */
  List<List<String>> analyze(String text) {
    List<List<String>> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(Fields.TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (inc.getPositionIncrement() > 0 || out.isEmpty()) {
          out.add(new ArrayList<>());
        }
        out.get(out.size() - 1).add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
