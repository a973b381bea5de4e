package dev.jixiao.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * The end-of-batch account for a person: counts by outcome, status, format and error code,
 * findings by rule, the slowest files. Holds counters and the few slowest only, so it stays small
 * however large the batch.
 */
final class BatchSummary {
  private static final int SLOWEST = 5;
  private long parentCpuNanos;
  private long workerCpuNanos;
  private long peakRssBytes;
  private long peakHeapBytes;

  private final Map<String, Integer> outcomes = new LinkedHashMap<>();
  private final Map<String, Integer> statuses = new TreeMap<>();
  private final Map<String, Integer> formats = new TreeMap<>();
  private final Map<String, Integer> errors = new TreeMap<>();
  private final Map<String, Integer> rules = new TreeMap<>();
  private final PriorityQueue<Slow> slowest = new PriorityQueue<>(Comparator.comparingLong(Slow::nanos));
  private int inputs;
  private int failed;
  long readNanos;
  long extractNanos;
  long checkNanos;
  long indexNanos;

  private record Slow(String file, long nanos) {}

  void add(String file, String outcome, String status, String format, List<String> errorCodes, List<String> findingRules,
      long wallNanos) {
    inputs++;
    count(outcomes, outcome);
    count(statuses, status == null ? "(none)" : status);
    if ("failed".equals(status) || status == null) {
      failed++;
    }
    count(formats, format == null ? "(unknown)" : format);
    errorCodes.forEach(c -> count(errors, c));
    findingRules.forEach(r -> count(rules, r));
    if (wallNanos > 0) {
      slowest.add(new Slow(file, wallNanos));
      if (slowest.size() > SLOWEST) {
        slowest.poll();
      }
    }
  }

  int inputs() {
    return inputs;
  }

  int failed() {
    return failed;
  }

  int outcome(String name) {
    return outcomes.getOrDefault(name, 0);
  }

  Map<String, Integer> errors() {
    return errors;
  }

  Map<String, Integer> statuses() {
    return statuses;
  }

  Map<String, Integer> rules() {
    return rules;
  }

  /** CPU time of the ingesting process and of its worker processes, for the summary; 0 when unknown. */
  void cpu(long parentNanos, long workersNanos) {
    parentCpuNanos = parentNanos;
    workerCpuNanos = workersNanos;
  }

  /** This process's peak resident memory and heap, for the summary; 0 when unknown. */
  void memory(long rssBytes, long heapBytes) {
    peakRssBytes = rssBytes;
    peakHeapBytes = heapBytes;
  }

  void print(PrintWriter err, double seconds, String workers, String report) {
    err.printf("%nSummary: %d inputs in %.1f s (%.1f files/s) — %s%n", inputs, seconds, inputs / Math.max(seconds, 1e-3), workers);
    err.printf("  outcome:  %s%n", join(outcomes));
    err.printf("  status:   %s%n", join(statuses));
    err.printf("  format:   %s%n", join(formats));
    err.printf("  errors:   %s%n", errors.isEmpty() ? "none" : join(errors));
    err.printf("  findings: %s%n", rules.isEmpty() ? "none" : join(byCount(rules)));
    long staged = readNanos + extractNanos + checkNanos + indexNanos;
    if (staged > 0) {
      err.printf("  time:     read %.0f%%, extract %.0f%%, check %.0f%%, index %.0f%% (of %.1f s of stage time)%n",
          100.0 * readNanos / staged, 100.0 * extractNanos / staged, 100.0 * checkNanos / staged,
          100.0 * indexNanos / staged, staged / 1e9);
    }
    if (parentCpuNanos > 0) {
      // stage times are wall clock and include waiting for a core; CPU says what the work costs
      err.printf("  cpu:      this process %.1f s, workers %s%n", parentCpuNanos / 1e9,
          workerCpuNanos > 0 ? String.format("%.1f s", workerCpuNanos / 1e9) : "(in this process)");
    }
    if (peakRssBytes > 0 || peakHeapBytes > 0) {
      err.printf("  memory:   this process peak RSS %d MB, peak heap %d MB%n", peakRssBytes >> 20, peakHeapBytes >> 20);
    }
    if (!slowest.isEmpty()) {
      err.println("  slowest:");
      slowest.stream().sorted(Comparator.comparingLong(Slow::nanos).reversed())
          .forEach(s -> err.printf("    %7.1f s  %s%n", s.nanos() / 1e9, s.file()));
    }
    if (report != null) {
      err.printf("  outcome list: %s%n", report);
    }
    err.flush();
  }

  private static void count(Map<String, Integer> m, String key) {
    m.merge(key, 1, Integer::sum);
  }

  private static Map<String, Integer> byCount(Map<String, Integer> m) {
    Map<String, Integer> sorted = new LinkedHashMap<>();
    m.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }

  private static String join(Map<String, Integer> m) {
    StringBuilder b = new StringBuilder();
    m.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
    return b.toString();
  }
}
