package dev.jixiao.index.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConjunctionUtils;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * Free-text words (or parts) that must all occur, scored as their sum: the same matches and
 * scores as a {@link BooleanQuery} of {@code MUST} clauses, but when only the best hits are wanted
 * ({@link ScoreMode#TOP_SCORES}) a document is first scored with each {@link SplitWordQuery}'s
 * upper bound (its phrases unverified) and dropped if that sum cannot reach the page. Lucene's
 * conjunction hands each clause the threshold less the others' largest possible scores, which
 * with sloppy phrases is nothing, so without this a query of two words verified every phrase.
 */
final class SumQuery extends Query {
  private final List<Query> clauses;

  SumQuery(List<Query> clauses) {
    if (clauses.size() < 2) {
      throw new IllegalArgumentException("a sum of " + clauses.size() + " clauses");
    }
    this.clauses = List.copyOf(clauses);
  }

  List<Query> clauses() {
    return clauses;
  }

  /** The plain conjunction it scores like. */
  BooleanQuery conjunction() {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Query q : clauses) {
      b.add(q, Occur.MUST);
    }
    return b.build();
  }

  /**
   * As {@link BooleanQuery} rewrites the same conjunction (clauses rewritten, a clause given twice
   * merged into one with twice the boost, one clause left alone), kept a sum while it has two
   * clauses or more.
   */
  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    BooleanQuery conjunction = conjunction();
    Query r = conjunction.rewrite(searcher);
    if (r == conjunction) {
      return this;
    }
    if (r instanceof BooleanQuery b && b.clauses().size() >= 2
        && b.clauses().stream().allMatch(c -> c.getOccur() == Occur.MUST)) {
      return new SumQuery(b.clauses().stream().map(BooleanClause::getQuery).toList());
    }
    return r;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    if (scoreMode != ScoreMode.TOP_SCORES) {
      return conjunction().createWeight(searcher, scoreMode, boost);
    }
    List<Weight> subs = new ArrayList<>();
    for (Query q : clauses) {
      // the clauses that can bound their score per document keep that ability
      float b = boost;
      Query inner = q;
      while (inner instanceof BoostQuery bq) {
        b *= bq.getBoost();
        inner = bq.getQuery();
      }
      subs.add(inner instanceof SplitWordQuery || inner instanceof SumQuery
          ? inner.createWeight(searcher, ScoreMode.TOP_SCORES, b)
          : searcher.createWeight(q, ScoreMode.COMPLETE, boost));
    }
    return new SumWeight(searcher, scoreMode, boost, subs);
  }

  @Override
  public void visit(QueryVisitor visitor) {
    QueryVisitor v = visitor.getSubVisitor(Occur.MUST, this);
    for (Query q : clauses) {
      q.visit(v);
    }
  }

  @Override
  public String toString(String field) {
    StringBuilder s = new StringBuilder("sum(");
    for (Query q : clauses) {
      s.append(s.length() > 4 ? " +" : "+").append(q.toString(field));
    }
    return s.append(')').toString();
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && clauses.equals(((SumQuery) other).clauses);
  }

  @Override
  public int hashCode() {
    return classHash() ^ clauses.hashCode();
  }

  private final class SumWeight extends Weight {
    private final IndexSearcher searcher;
    private final ScoreMode scoreMode;
    private final float boost;
    private final List<Weight> subs;

    SumWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost, List<Weight> subs) {
      super(SumQuery.this);
      this.searcher = searcher;
      this.scoreMode = scoreMode;
      this.boost = boost;
      this.subs = subs;
    }

    @Override
    public Scorer scorer(LeafReaderContext context) throws IOException {
      List<Scorer> scorers = new ArrayList<>();
      for (Weight w : subs) {
        Scorer s = w.scorer(context);
        if (s == null) {
          return null; // a word not in this segment: nothing matches
        }
        scorers.add(s);
      }
      return new SumScorer(this, scorers);
    }

    @Override
    public Explanation explain(LeafReaderContext context, int doc) throws IOException {
      return searcher.createWeight(conjunction(), scoreMode, boost).explain(context, doc);
    }

    @Override
    public Matches matches(LeafReaderContext context, int doc) throws IOException {
      return searcher.createWeight(conjunction(), scoreMode, boost).matches(context, doc);
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
      return false;
    }
  }

  private static final class SumScorer extends PruningScorer {
    private final Scorer[] scorers;
    private final DocIdSetIterator iterator;
    private final TwoPhaseIterator twoPhase;

    SumScorer(Weight weight, List<Scorer> scorers) {
      super(weight);
      this.scorers = scorers.toArray(new Scorer[0]);
      this.iterator = ConjunctionUtils.intersectScorers(scorers);
      this.twoPhase = TwoPhaseIterator.unwrap(iterator);
    }

    @Override
    public int docID() {
      return iterator.docID();
    }

    @Override
    public DocIdSetIterator iterator() {
      return iterator;
    }

    @Override
    public TwoPhaseIterator twoPhaseIterator() {
      return twoPhase;
    }

    @Override
    public float getMaxScore(int upTo) {
      return Float.MAX_VALUE;
    }

    @Override
    float exactScore() throws IOException {
      // as Lucene's conjunctions sum: a few floats add up exactly in a double, in any order
      double sum = 0;
      for (Scorer s : scorers) {
        sum += s.score();
      }
      return (float) sum;
    }

    @Override
    float bound() throws IOException {
      double sum = 0;
      for (Scorer s : scorers) {
        sum += s instanceof PruningScorer p ? p.bound() : s.score();
      }
      return (float) sum;
    }
  }
}
