package dev.jixiao.index;

import dev.jixiao.record.Report;
import dev.jixiao.record.Sha256;
import dev.jixiao.record.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Ingests files into an index: for each file, its sha256 first; an unchanged file is skipped
 * without being read further; otherwise {@code process} (the pipeline: read → extract → check)
 * makes its record, which is indexed. Commits every {@code batchSize} files and at the end, so a
 * killed ingest loses at most one batch, which the next run redoes.
 *
 * <p>Files are known by their absolute, normalised path.
 */
public final class Ingester {
  /** What happened to one file. */
  public enum Outcome { ADDED, REPLACED, UNCHANGED, ALIAS, DELETED, MISSING, FAILED_READ }

  public record Event(Path file, Outcome outcome, String status, String detail) {}

  public record Summary(int added, int replaced, int unchanged, int alias, int deleted, int missing, int commits) {}

  private final IndexUpdater updater;
  private final Function<Path, Report> process;
  private final int batchSize;

  public Ingester(IndexUpdater updater, Function<Path, Report> process, int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1");
    }
    this.updater = updater;
    this.process = process;
    this.batchSize = batchSize;
  }

  public static String key(Path file) {
    return file.toAbsolutePath().normalize().toString();
  }

  public Summary ingest(List<Path> files, Consumer<Event> events) throws IOException {
    int added = 0, replaced = 0, unchanged = 0, alias = 0, missing = 0, commits = 0, pending = 0;
    for (Path file : files) {
      String key = key(file);
      String sha;
      try {
        sha = Sha256.of(file);
      } catch (IOException e) {
        missing++;
        events.accept(new Event(file, Outcome.MISSING, null, "cannot read: " + e.getMessage()));
        continue;
      }
      if (updater.indexedSha256(key).filter(sha::equals).isPresent()) {
        unchanged++;
        events.accept(new Event(file, Outcome.UNCHANGED, null, null));
        continue;
      }
      Report record = process.apply(file);
      if (record.source().sha256() == null || !record.source().sha256().equals(sha)) {
        // the pipeline could not hash it (refused before reading) or the file changed meanwhile:
        // index what we hashed, so the key and its sha256 agree
        Source s = record.source();
        record = withSha(record, new Source(s.file(), sha, s.bytes(), s.format(), s.ocr(), s.pages(), s.charset(),
            s.language(), s.script()));
      }
      IndexUpdater.Change change = updater.put(key, record);
      Outcome outcome = switch (change) {
        case ADDED -> Outcome.ADDED;
        case REPLACED -> Outcome.REPLACED;
        case UNCHANGED -> Outcome.UNCHANGED;
        case ALIAS -> Outcome.ALIAS;
      };
      switch (outcome) {
        case ADDED -> added++;
        case REPLACED -> replaced++;
        case ALIAS -> alias++;
        default -> unchanged++;
      }
      events.accept(new Event(file, outcome, record.status().id(), null));
      if (++pending >= batchSize) {
        updater.commit();
        commits++;
        pending = 0;
      }
    }
    if (pending > 0) {
      updater.commit();
      commits++;
    }
    return new Summary(added, replaced, unchanged, alias, 0, missing, commits);
  }

  /** Removes files from the index (by the same key as ingest) and commits. */
  public Summary delete(List<Path> files, Consumer<Event> events) throws IOException {
    int deleted = 0, missing = 0;
    for (Path f : files) {
      if (updater.delete(key(f))) {
        deleted++;
        events.accept(new Event(f, Outcome.DELETED, null, null));
      } else {
        missing++;
        events.accept(new Event(f, Outcome.MISSING, null, "not in the index"));
      }
    }
    updater.commit();
    return new Summary(0, 0, 0, 0, deleted, missing, 1);
  }

  private static Report withSha(Report r, Source s) {
    return new Report(r.schema(), s, r.status(), r.errors(), r.title(), r.unit(), r.fiscalYear(), r.reportKind(),
        r.publishedDate(), r.totals(), r.score(), r.gradeDistribution(), r.projects(), r.figures(), r.findings(),
        r.text());
  }
}
