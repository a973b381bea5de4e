package dev.jixiao.index.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DisiPriorityQueue;
import org.apache.lucene.search.DisiWrapper;
import org.apache.lucene.search.DisjunctionDISIApproximation;
import org.apache.lucene.search.DisjunctionMaxQuery;
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
 * One word of free text whose query has sloppy phrases of its dictionary parts ({@link
 * QueryBuilder#part}): the same matches and the same scores as its {@link DisjunctionMaxQuery},
 * but when only the best hits are wanted ({@link ScoreMode#TOP_SCORES}) a document is first
 * scored with each phrase not yet verified at its highest possible score; if even that cannot
 * reach the page, the phrases' positions are not read.
 *
 * <p>Why: a common word finds tens of thousands of documents, and verifying and scoring its
 * parts' sloppy phrase on each was most of a free-text search. Lucene's block-max skipping does
 * not help here, because a sloppy phrase has no per-block score bound and documents that tie for
 * the best score are spread over the whole index. Here a hit of the page gets exactly the score
 * the disjunction gives it (the same sub-scorers, summed as {@code DisjunctionMaxScorer} sums
 * them); a document left out had an upper bound below what the page already holds.
 */
final class SplitWordQuery extends Query {
  private final DisjunctionMaxQuery dismax;

  SplitWordQuery(DisjunctionMaxQuery dismax) {
    this.dismax = dismax;
  }

  /** The disjunction it scores like. */
  DisjunctionMaxQuery dismax() {
    return dismax;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query r = dismax.rewrite(searcher);
    if (r == dismax) {
      return this;
    }
    return r instanceof DisjunctionMaxQuery d ? new SplitWordQuery(d) : r;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    if (scoreMode != ScoreMode.TOP_SCORES) {
      return dismax.createWeight(searcher, scoreMode, boost); // every hit scored (or none): no bound to use
    }
    List<Weight> subs = new ArrayList<>();
    for (Query q : dismax.getDisjuncts()) {
      // scores do not depend on the mode; COMPLETE reads plain postings, no impacts
      subs.add(searcher.createWeight(q, ScoreMode.COMPLETE, boost));
    }
    return new PrunedWeight(this, searcher, scoreMode, boost, subs);
  }

  @Override
  public void visit(QueryVisitor visitor) {
    dismax.visit(visitor);
  }

  @Override
  public String toString(String field) {
    return "split(" + dismax.toString(field) + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && dismax.equals(((SplitWordQuery) other).dismax);
  }

  @Override
  public int hashCode() {
    return classHash() ^ dismax.hashCode();
  }

  private final class PrunedWeight extends Weight {
    private final IndexSearcher searcher;
    private final ScoreMode scoreMode;
    private final float boost;
    private final List<Weight> subs;

    PrunedWeight(Query query, IndexSearcher searcher, ScoreMode scoreMode, float boost, List<Weight> subs) {
      super(query);
      this.searcher = searcher;
      this.scoreMode = scoreMode;
      this.boost = boost;
      this.subs = subs;
    }

    @Override
    public Scorer scorer(LeafReaderContext context) throws IOException {
      List<Sub> scorers = new ArrayList<>();
      for (Weight w : subs) {
        Scorer s = w.scorer(context);
        if (s != null) {
          scorers.add(new Sub(s));
        }
      }
      return scorers.isEmpty() ? null : new PrunedScorer(this, scorers, dismax.getTieBreakerMultiplier());
    }

    @Override
    public Explanation explain(LeafReaderContext context, int doc) throws IOException {
      return dismax.createWeight(searcher, scoreMode, boost).explain(context, doc);
    }

    @Override
    public Matches matches(LeafReaderContext context, int doc) throws IOException {
      return dismax.createWeight(searcher, scoreMode, boost).matches(context, doc);
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
      return false;
    }
  }

  /** A sub-scorer with what is known of its two-phase match on the current document. */
  private static final class Sub extends DisiWrapper {
    final float maxScore;
    int verifiedDoc = -1;
    boolean verified;

    Sub(Scorer scorer) throws IOException {
      super(scorer);
      scorer.advanceShallow(0);
      this.maxScore = scorer.getMaxScore(DocIdSetIterator.NO_MORE_DOCS);
    }

    /** Whether a two-phase sub matches the current document (its matches() runs once per document). */
    boolean matches(int doc) throws IOException {
      if (verifiedDoc != doc) {
        verifiedDoc = doc;
        verified = twoPhaseView.matches();
      }
      return verified;
    }
  }

  private static final class PrunedScorer extends PruningScorer {
    private final DisiPriorityQueue queue;
    private final DocIdSetIterator approximation;
    private final TwoPhaseIterator twoPhase;
    private final float tieBreakerMultiplier;
    private final float maxScore;

    PrunedScorer(Weight weight, List<Sub> subs, float tieBreakerMultiplier) {
      super(weight);
      this.tieBreakerMultiplier = tieBreakerMultiplier;
      this.queue = new DisiPriorityQueue(subs.size());
      float matchCost = 0;
      boolean twoPhases = false;
      double max = 0;
      double others = 0;
      for (Sub s : subs) {
        queue.add(s);
        if (s.twoPhaseView != null) {
          twoPhases = true;
          matchCost += s.twoPhaseView.matchCost();
        }
        if (s.maxScore >= max) {
          others += max;
          max = s.maxScore;
        } else {
          others += s.maxScore;
        }
      }
      this.maxScore = Math.nextUp((float) (max + others * tieBreakerMultiplier));
      this.approximation = new DisjunctionDISIApproximation(queue);
      float cost = matchCost;
      this.twoPhase = !twoPhases ? null : new TwoPhaseIterator(approximation) {
        @Override
        public boolean matches() throws IOException {
          int doc = approximation.docID();
          DisiWrapper top = queue.topList();
          for (DisiWrapper w = top; w != null; w = w.next) {
            if (w.twoPhaseView == null) {
              return true; // a term on the document
            }
          }
          for (DisiWrapper w = top; w != null; w = w.next) {
            if (((Sub) w).matches(doc)) {
              return true;
            }
          }
          return false;
        }

        @Override
        public float matchCost() {
          return cost;
        }
      };
    }

    @Override
    public int docID() {
      return approximation.docID();
    }

    @Override
    public DocIdSetIterator iterator() {
      return twoPhase == null ? approximation : TwoPhaseIterator.asDocIdSetIterator(twoPhase);
    }

    @Override
    public TwoPhaseIterator twoPhaseIterator() {
      return twoPhase;
    }

    @Override
    public float getMaxScore(int upTo) {
      return maxScore;
    }

    @Override
    float exactScore() throws IOException {
      return combine(queue.topList(), docID(), false);
    }

    /** A phrase not verified yet counts at its highest score. */
    @Override
    float bound() throws IOException {
      return combine(queue.topList(), docID(), true);
    }

    /**
     * As {@code DisjunctionMaxScorer.score}: the best sub-score plus the others times the tie
     * breaker. Each sum of a few floats is exact in a double, so the order of the subs does not
     * change the result, and with {@code bound} every term is at least its exact value.
     */
    private float combine(DisiWrapper top, int doc, boolean bound) throws IOException {
      float scoreMax = 0;
      double otherScoreSum = 0;
      for (DisiWrapper w = top; w != null; w = w.next) {
        Sub s = (Sub) w;
        float subScore;
        if (s.twoPhaseView == null || s.verifiedDoc == doc) {
          if (s.twoPhaseView != null && !s.verified) {
            continue;
          }
          subScore = s.scorer.score();
        } else if (bound) {
          subScore = s.maxScore;
        } else if (s.matches(doc)) {
          subScore = s.scorer.score();
        } else {
          continue;
        }
        if (subScore >= scoreMax) {
          otherScoreSum += scoreMax;
          scoreMax = subScore;
        } else {
          otherScoreSum += subScore;
        }
      }
      return (float) (scoreMax + otherScoreSum * tieBreakerMultiplier);
    }
  }
}
