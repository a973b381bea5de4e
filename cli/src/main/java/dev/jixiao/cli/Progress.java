package dev.jixiao.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * How far a batch is: on a terminal a live bar (files done/total, files per second, ETA, failures
 * so far); otherwise a plain line every few seconds. Always on stderr, never mixed into stdout.
 */
interface Progress extends AutoCloseable {
  void update(long done, int failed);

  @Override
  void close();

  static Progress none() {
    return new Progress() {
      @Override
      public void update(long done, int failed) {}

      @Override
      public void close() {}
    };
  }

  /** A live bar on the terminal's stderr. */
  static Progress bar(long total, PrintStream err) {
    ProgressBar bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(total)
        .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setUnit(" files", 1).showSpeed()
        .setUpdateIntervalMillis(500).setConsumer(new ConsoleProgressBarConsumer(err)).build();
    return new Progress() {
      @Override
      public void update(long done, int failed) {
        bar.stepTo(done);
        bar.setExtraMessage(failed == 0 ? "" : failed + " failed");
      }

      @Override
      public void close() {
        bar.close();
      }
    };
  }

  /** A line every {@code everyMillis}: done/total, files per second, ETA, failures. */
  static Progress lines(long total, PrintWriter err, long everyMillis) {
    long start = System.nanoTime();
    return new Progress() {
      long last = start;

      @Override
      public void update(long done, int failed) {
        long now = System.nanoTime();
        if ((now - last) / 1_000_000 < everyMillis) {
          return;
        }
        last = now;
        double seconds = (now - start) / 1e9;
        double rate = done / Math.max(seconds, 1e-3);
        String eta = done == 0 ? "?" : formatSeconds((total - done) / Math.max(rate, 1e-9));
        err.printf("ingest: %d/%d files (%.0f%%), %.1f files/s, ETA %s, %d failed%n", done, total,
            total == 0 ? 100.0 : 100.0 * done / total, rate, eta, failed);
        err.flush();
      }

      @Override
      public void close() {}
    };
  }

  static String formatSeconds(double s) {
    long t = Math.round(s);
    return t >= 3600 ? String.format("%dh%02dm", t / 3600, t / 60 % 60) : t >= 60 ? String.format("%dm%02ds", t / 60, t % 60) : t + "s";
  }
}
