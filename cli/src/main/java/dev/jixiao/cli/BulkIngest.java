package dev.jixiao.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jixiao.index.IndexUpdater;
import dev.jixiao.index.IndexWarmUp;
import dev.jixiao.index.IndexedFiles;
import dev.jixiao.pipeline.batch.BatchRunner;
import dev.jixiao.pipeline.batch.Done;
import dev.jixiao.pipeline.batch.InputRef;
import dev.jixiao.record.ErrorCode;
import dev.jixiao.record.Finding;
import dev.jixiao.record.RecordError;
import dev.jixiao.record.Report;
import dev.jixiao.record.Source;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The parent's side of a bulk ingest: the one writer of the index. Inputs the index had committed
 * with the same sha256 when the run started are skipped (that is how a killed run resumes); every
 * finished record is indexed as it arrives and committed as the {@link CommitPolicy} says, so a
 * kill loses at most the uncommitted ones, which the next run redoes (put is keyed by path: nothing
 * is indexed twice). Every input, skipped or not, gets its line in the outcome list and the summary.
 *
 * <p>A file whose committed record failed with {@code timeout} or {@code crash} is unchanged too,
 * unless the run retries them ({@code --retry-failed}): those two codes say more about the limits
 * and the machine at the time than about the file, so a rerun with more time or memory may read it.
 */
final class BulkIngest implements BatchRunner.Listener {
  private final IndexUpdater updater;
  private final IndexedFiles committed;
  private final CommitPolicy commits;
  private final boolean retryFailed;
  private final OutcomeList list;
  private final BatchSummary summary;
  private final PrintWriter lines;
  private final Progress progress;
  private final java.util.Set<String> keysIndexedBefore = new java.util.HashSet<>();
  private final java.util.Set<String> reportsThisRun = new java.util.HashSet<>();
  private final java.util.Set<String> keysRetried = new java.util.HashSet<>();
  private int pending;
  private boolean warm;
  private long lastCommit = System.nanoTime();
  private long done;

  BulkIngest(IndexUpdater updater, IndexedFiles committed, CommitPolicy commits, boolean retryFailed, OutcomeList list,
      BatchSummary summary, PrintWriter lines, Progress progress) {
    this.updater = updater;
    this.committed = committed;
    this.commits = commits;
    this.retryFailed = retryFailed;
    this.list = list;
    this.summary = summary;
    this.lines = lines;
    this.progress = progress;
  }

  @Override
  public boolean wanted(InputRef input, String sha256) throws IOException {
    Optional<IndexedFiles.Entry> indexed = committed.get(input.key());
    if (indexed.isEmpty() || !sha256.equals(indexed.get().sha256())) {
      if (indexed.isPresent()) {
        keysIndexedBefore.add(input.key()); // changed: replaced through the searching put
      }
      return true;
    }
    JsonNode record = committed.record(indexed.get().reportId()).orElse(null);
    String status = record == null ? null : record.path("status").asText(null);
    String format = record == null ? null : record.path("source").path("format").asText(null);
    List<String> codes = new ArrayList<>();
    List<String> rules = new ArrayList<>();
    String message = null;
    if (record != null) {
      record.path("errors").forEach(e -> codes.add(e.path("code").asText()));
      record.path("findings").forEach(f -> rules.add(f.path("rule").asText()));
      message = record.path("errors").path(0).path("message").asText(null);
    }
    if (retryFailed && "failed".equals(status) && (codes.contains(ErrorCode.TIMEOUT.id()) || codes.contains(Done.CRASH))) {
      keysRetried.add(input.key());
      return true;
    }
    finish(input.key(), sha256, "unchanged", status, format, codes, rules, message, indexed.get().reportId(), 0);
    return false;
  }

  @Override
  public void done(Done d) throws IOException {
    Report r = d.record();
    String key = d.job().input().key();
    String sha = d.job().sha256();
    List<String> codes = r.errors().stream().map(RecordError::code).toList();
    String message = r.errors().isEmpty() ? null : r.errors().get(0).message();
    List<String> rules = r.findings().stream().map(Finding::rule).toList();
    summary.readNanos += d.readNanos();
    summary.extractNanos += d.extractNanos();
    summary.checkNanos += d.checkNanos();
    if (sha == null) {
      // not even hashed (missing, a zip bomb, a name leaving its archive): listed, not indexed
      finish(key, null, "not-indexed", r.status().id(), r.source().format(), codes, rules, message, null, d.wallNanos());
      return;
    }
    Source s = r.source();
    if (!sha.equals(s.sha256()) || !key.equals(s.file())) {
      // the worker read other bytes (the file changed meanwhile) or could not hash: index what we hashed
      r = withSource(r, new Source(key, sha, s.bytes() > 0 ? s.bytes() : Math.max(0, d.job().bytes()), s.format(), s.ocr(),
          s.pages(), s.charset(), s.language(), s.script()));
    }
    long t0 = System.nanoTime();
    String id = sha.substring(0, 16);
    boolean retried = keysRetried.remove(key);
    IndexUpdater.Change change = retried ? updater.replace(key, r)
        : keysIndexedBefore.remove(key) ? updater.put(key, r)
        : updater.putNew(key, r, r == d.record() ? d.recordJson() : null, reportsThisRun.contains(id) || committed.hasReport(id));
    reportsThisRun.add(id);
    pending++;
    commitIfDue();
    summary.indexNanos += System.nanoTime() - t0;
    String outcome = retried ? "retried" : change == IndexUpdater.Change.ALIAS ? "alias" : change.name().toLowerCase(Locale.ROOT);
    finish(key, sha, outcome, r.status().id(), r.source().format(), codes, rules, message, sha.substring(0, 16), d.wallNanos());
  }

  /** Loads the index's analysis while the workers start, once: the first records would pay for it otherwise. */
  @Override
  public void idle() throws IOException {
    if (!warm) {
      warm = true;
      IndexWarmUp.run(updater.analyzer());
    }
  }

  @Override
  public void tick() {
    progress.update(done, summary.failed());
    try {
      long t0 = System.nanoTime();
      commitIfDue(); // slow files (OCR) still commit on time
      summary.indexNanos += System.nanoTime() - t0;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void commitIfDue() throws IOException {
    if (commits.due(pending, System.nanoTime() - lastCommit)) {
      commit();
    }
  }

  /** Commits what is pending. */
  void commit() throws IOException {
    updater.commit();
    pending = 0;
    lastCommit = System.nanoTime();
  }

  private void finish(String key, String sha, String outcome, String status, String format, List<String> codes,
      List<String> rules, String message, String recordId, long wallNanos) throws IOException {
    done++;
    summary.add(key, outcome, status, format, codes, rules, wallNanos);
    if (list != null) {
      list.add(key, sha, status, outcome, codes.isEmpty() ? null : codes.get(0), message, recordId, format, wallNanos / 1_000_000);
    }
    if (lines != null) {
      String label = outcome.equals("not-indexed") ? "missing" : outcome;
      String detail = codes.isEmpty() || !"failed".equals(status) && !outcome.equals("not-indexed") ? ""
          : "  (" + codes.get(0) + (message == null ? "" : ": " + message) + ")";
      lines.printf("%-9s %-8s %s%s%n", label, status == null ? "" : status, key, detail);
      lines.flush();
    }
    progress.update(done, summary.failed());
  }

  private static Report withSource(Report r, Source s) {
    return new Report(r.schema(), s, r.status(), r.errors(), r.title(), r.unit(), r.fiscalYear(), r.reportKind(),
        r.publishedDate(), r.totals(), r.score(), r.gradeDistribution(), r.projects(), r.figures(), r.findings(), r.text());
  }
}
