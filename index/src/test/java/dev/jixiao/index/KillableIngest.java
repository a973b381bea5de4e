package dev.jixiao.index;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Child process of {@link CrashSafetyTest}: a slow ingest, to be killed part-way. */
public final class KillableIngest {
  public static void main(String[] args) throws Exception {
    Path index = Path.of(args[0]);
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of(args[1]))) {
      files = s.sorted().toList();
    }
    try (IndexUpdater u = IndexUpdater.open(index)) {
      Ingester ingester = new Ingester(u, f -> {
        try {
          Thread.sleep(15);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return TextRecords.of(f);
      }, 5);
      ingester.ingest(files, e -> {
        System.out.println(e.outcome() + " " + e.file().getFileName());
        System.out.flush();
      });
    }
    System.out.println("DONE");
  }
}
