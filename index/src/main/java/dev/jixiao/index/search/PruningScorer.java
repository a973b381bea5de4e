package dev.jixiao.index.search;

import java.io.IOException;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * A scorer that spares the expensive part of its exact score (verifying phrases) for documents
 * that could still reach the page: once the collector says what score a hit now needs, a
 * document is first scored with its unverified parts at their highest, and when even that
 * {@link #bound()} falls short it is returned as the score (the collector drops it, as it would
 * the exact one). Block bounds are not offered: a sloppy phrase has none.
 */
abstract class PruningScorer extends Scorer {
  private float minCompetitive;

  PruningScorer(Weight weight) {
    super(weight);
  }

  /** The exact score of the current document. */
  abstract float exactScore() throws IOException;

  /** A score the current document's exact score does not exceed, cheaper to compute. */
  abstract float bound() throws IOException;

  @Override
  public final float score() throws IOException {
    if (minCompetitive > 0) {
      float bound = bound();
      if (bound < minCompetitive) {
        return bound;
      }
    }
    return exactScore();
  }

  @Override
  public final void setMinCompetitiveScore(float minScore) {
    minCompetitive = minScore;
  }

  @Override
  public int advanceShallow(int target) {
    return DocIdSetIterator.NO_MORE_DOCS;
  }
}
