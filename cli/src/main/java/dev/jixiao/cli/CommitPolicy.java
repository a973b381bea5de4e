package dev.jixiao.cli;

import java.time.Duration;

/**
 * When a bulk ingest commits: after {@code files} finished records or {@code interval} since the
 * last commit, whichever comes first (and only when something is pending). A commit is what a
 * killed run keeps, so the interval bounds the work a kill can cost; the file count bounds it when
 * files come fast. Committing every few files instead made commits and the merges of their tiny
 * segments a third of the parent's time.
 */
record CommitPolicy(int files, Duration interval) {
  CommitPolicy {
    if (files < 1 || interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("files and interval must be positive");
    }
  }

  boolean due(int pending, long nanosSinceCommit) {
    return pending > 0 && (pending >= files || nanosSinceCommit >= interval.toNanos());
  }
}
